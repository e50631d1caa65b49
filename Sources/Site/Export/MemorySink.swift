/// A `ByteSink` that collects everything in memory: for tests and for pages assembled whole.
public final class MemorySink: ByteSink {
    /// Everything written so far, in order.
    public private(set) var bytes: [UInt8] = []

    /// An empty sink.
    public init() {}

    /// Appends `bytes`; never fails.
    public func write(_ bytes: UnsafeRawBufferPointer) throws(OutputError) {
        self.bytes.append(contentsOf: bytes)
    }

    /// The bytes as UTF-8 text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}
