/// Which pairs of runs the comparison lists: every pair of a small comparison, and in a larger
/// one the pairs that differ in a single setting (neighbours in a grid), which say what that
/// setting alone changed.
enum RunPairs {
    /// Up to this many runs, every pair is listed (66 pairs).
    static let everyPairUpTo = 12
    /// The most pairs listed.
    static let listedLimit = 1_000

    /// The pairs to list, in order of their first run, then their second, and how many pairs of
    /// that kind there are in all (more than listed when over `listedLimit`).
    static func listed(_ runs: [ComparedRun]) -> (pairs: [RunPair], total: Int, everyPair: Bool) {
        let everyPair = runs.count <= everyPairUpTo
        var pairs: [RunPair] = []
        var total = 0
        for i in runs.indices {
            for j in runs.indices where j > i {
                guard everyPair || differsInOneSetting(runs[i], runs[j]) else { continue }
                total += 1
                if pairs.count < listedLimit { pairs.append(RunPair(runs, i, j)) }
            }
        }
        return (pairs, total, everyPair)
    }

    /// The pairs on the same data that differ in exactly one setting, with that setting's name,
    /// at most `limit` of them.
    static func neighbours(_ runs: [ComparedRun], limit: Int) -> (pairs: [RunPair], total: Int) {
        var pairs: [RunPair] = []
        var total = 0
        for i in runs.indices {
            for j in runs.indices where j > i && differsInOneSetting(runs[i], runs[j]) {
                guard runs[i].dataset == runs[j].dataset else { continue }
                total += 1
                if pairs.count < limit { pairs.append(RunPair(runs, i, j)) }
            }
        }
        return (pairs, total)
    }

    /// Whether `a` and `b` differ in exactly one shown setting.
    static func differsInOneSetting(_ a: ComparedRun, _ b: ComparedRun) -> Bool {
        var count = 0
        for setting in a.settings where b.setting(setting.key)?.text != setting.text {
            count += 1
            if count > 1 { return false }
        }
        return count == 1
    }
}
