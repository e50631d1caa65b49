import Site

/// A site kept in memory: path → bytes, in the order written.
final class MemoryDestination: SiteDestination {
    private(set) var files: [String: [UInt8]] = [:]
    private(set) var order: [String] = []

    @discardableResult
    func file(_ path: String, _ produce: (any ByteSink) throws -> Void) throws -> Int {
        let sink = MemorySink()
        try produce(sink)
        files[path] = sink.bytes
        order.append(path)
        return sink.bytes.count
    }

    /// The text of the file at `path`, or "" when there is none.
    func text(_ path: String) -> String {
        files[path].map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// The HTML pages.
    var pages: [String] { order.filter { $0.hasSuffix(".html") } }
}
