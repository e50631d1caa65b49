/// Where the generator puts the files of a site, one at a time and in a stable order.
public protocol SiteDestination {
    /// Writes the file at `path` (relative to the site root, "/"-separated) with the bytes
    /// `produce` writes to the sink, and returns how many bytes that was.
    @discardableResult
    func file(_ path: String, _ produce: (any ByteSink) throws -> Void) throws -> Int
}

extension SiteDestination {
    /// Writes a file whose bytes are already in memory.
    @discardableResult
    public func file(_ path: String, bytes: [UInt8]) throws -> Int {
        try file(path) { try $0.write(bytes) }
    }
}
