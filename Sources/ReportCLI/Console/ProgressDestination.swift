import Site

/// A site destination that passes each file on, advances the progress by one file and keeps
/// each file's size (for the host limits checked once the site is written).
struct ProgressDestination<Inner: SiteDestination>: SiteDestination {
    let inner: Inner
    let progress: Progress
    /// How many files the site will have.
    let expected: Int
    private let tally = Tally()

    init(_ inner: Inner, progress: Progress, expected: Int) {
        self.inner = inner
        self.progress = progress
        self.expected = expected
    }

    func file(_ path: String, _ produce: (any ByteSink) throws -> Void) throws -> Int {
        let count = try inner.file(path, produce)
        tally.sizes[path] = count
        progress.advance(to: Double(tally.sizes.count) / Double(max(expected, 1)))
        return count
    }

    /// The size of each file written, by site path.
    var sizes: [String: Int] { tally.sizes }

    /// The files written so far; the generator writes from one thread.
    private final class Tally {
        var sizes: [String: Int] = [:]
    }
}
