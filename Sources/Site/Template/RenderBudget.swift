import Synchronization

/// How much a library's templates may render: per page and for the whole run, in bytes of
/// output and in steps (nodes visited), so a template that multiplies itself ends quickly with
/// an error instead of filling the memory and the disk.
///
/// The built-in pages stay far below: the largest (the walkthrough of a dataset of 1,000
/// features) renders a few MB in a few hundred thousand steps.
final class RenderBudget: Sendable {
    /// The most one page may render, in bytes.
    static let pageBytes = 64 << 20
    /// The most steps one page may take.
    static let pageSteps = 10_000_000
    /// The most all pages of a run may render together, in bytes (the history pages' rows are
    /// written by nnreport, not rendered, and do not count).
    static let totalBytes = 1 << 30
    /// The most steps all pages of a run may take together.
    static let totalSteps = 200_000_000

    private let spentBytes = Atomic<Int>(0)
    private let spentSteps = Atomic<Int>(0)

    /// What the next page may still spend: the page limits, or less when the run's are nearly used.
    var allowance: (bytes: Int, steps: Int) {
        (
            min(Self.pageBytes, Self.totalBytes - spentBytes.load(ordering: .relaxed)),
            min(Self.pageSteps, Self.totalSteps - spentSteps.load(ordering: .relaxed))
        )
    }

    /// Records what a page spent.
    func spend(bytes: Int, steps: Int) {
        spentBytes.add(bytes, ordering: .relaxed)
        spentSteps.add(steps, ordering: .relaxed)
    }
}
