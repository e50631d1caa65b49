/// A `ByteSink` that keeps what it is given as the pieces it came in: an export rendered in
/// memory on one thread and written out on another. Unlike one growing array, it never copies
/// what it holds, and its pieces (an `ExportBuffer`'s 64 KiB) are small enough for the allocator
/// to reuse from one export to the next instead of mapping fresh pages for each.
final class ChunkedSink: ByteSink {
    /// The bytes, in order, as they were written.
    private(set) var chunks: [[UInt8]] = []

    /// Keeps a copy of `bytes`; never fails.
    func write(_ bytes: UnsafeRawBufferPointer) throws(OutputError) {
        chunks.append(Array(bytes))
    }
}
