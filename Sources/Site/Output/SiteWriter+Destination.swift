// The generator writes through `SiteDestination`; a `SiteWriter` is the real one.
extension SiteWriter: SiteDestination {
    @discardableResult
    public func file(_ path: String, _ produce: (any ByteSink) throws -> Void) throws -> Int {
        let writer = try openFile(path)
        let counted = CountingSink(writer)
        try produce(counted)
        try writer.close()
        return counted.count
    }
}

/// Passes bytes through to another sink and counts them.
final class CountingSink: ByteSink {
    private let target: any ByteSink
    /// How many bytes have passed.
    private(set) var count = 0

    init(_ target: any ByteSink) { self.target = target }

    func write(_ bytes: UnsafeRawBufferPointer) throws(OutputError) {
        count += bytes.count
        try target.write(bytes)
    }
}
