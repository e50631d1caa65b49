import Site

/// A site destination that passes each file on and advances the progress by one file.
struct ProgressDestination<Inner: SiteDestination>: SiteDestination {
    let inner: Inner
    let progress: Progress
    /// How many files the site will have.
    let expected: Int
    private let counter = Counter()

    init(_ inner: Inner, progress: Progress, expected: Int) {
        self.inner = inner
        self.progress = progress
        self.expected = expected
    }

    func file(_ path: String, _ produce: (any ByteSink) throws -> Void) throws -> Int {
        let count = try inner.file(path, produce)
        counter.value += 1
        progress.advance(to: Double(counter.value) / Double(max(expected, 1)))
        return count
    }

    /// The files written so far; the generator writes from one thread.
    private final class Counter {
        var value = 0
    }
}
