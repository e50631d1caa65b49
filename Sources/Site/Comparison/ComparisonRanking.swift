import Formats
import Training

/// How the runs are ranked to mark the best one, stated on the page in `criterion`: earliest to
/// have every prediction right for good; then, for runs that never got there, the highest final
/// accuracy; ties by the lower cross-entropy of the last iteration, then by the runs' order. A
/// run that diverged ranks after every run that did not.
public enum ComparisonRanking {
    /// The criterion in words, as the page states it.
    public static let criterion =
        "the run that had every prediction right earliest, for good (its first iteration from which every "
        + "prediction stays right); among runs that never got there, the highest final accuracy; ties go to "
        + "the lower cross-entropy of the last iteration, then to the run listed first. A run whose parameters "
        + "became non-finite ranks after all others"

    /// The indices of `runs`, best first.
    public static func order(_ runs: [ComparedRun]) -> [Int] {
        runs.indices.sorted { precedes(runs[$0], $0, runs[$1], $1) }
    }

    /// The best run's index; nil when there are no runs or every run diverged.
    public static func best(_ runs: [ComparedRun]) -> Int? {
        guard let first = order(runs).first, runs[first].summary.divergedAt == nil else { return nil }
        return first
    }

    private static func precedes(_ a: ComparedRun, _ i: Int, _ b: ComparedRun, _ j: Int) -> Bool {
        let (da, db) = (a.summary.divergedAt != nil, b.summary.divergedAt != nil)
        if da != db { return !da }
        switch (a.summary.allRightFrom, b.summary.allRightFrom) {
        case (let x?, let y?) where x != y: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default: break
        }
        let (accA, accB) = (a.summary.accuracy ?? -1, b.summary.accuracy ?? -1)
        if accA != accB { return accA > accB }
        let (lossA, lossB) = (a.lastBCE.isNaN ? .infinity : a.lastBCE, b.lastBCE.isNaN ? .infinity : b.lastBCE)
        if lossA != lossB { return lossA < lossB }
        return i < j
    }
}
