import Site

/// A sink that only counts bytes: the cost of producing an export without the cost of writing it.
final class NullSink: ByteSink {
    /// How many bytes were written.
    private(set) var count = 0

    func write(_ bytes: UnsafeRawBufferPointer) throws(OutputError) { count += bytes.count }
}
