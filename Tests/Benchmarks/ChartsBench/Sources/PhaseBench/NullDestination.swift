import Site

/// A site destination that produces every file into a `NullSink`: the site's cost without its I/O.
struct NullDestination: SiteDestination {
    @discardableResult
    func file(_ path: String, _ produce: (any ByteSink) throws -> Void) throws -> Int {
        let sink = NullSink()
        try produce(sink)
        return sink.count
    }
}
