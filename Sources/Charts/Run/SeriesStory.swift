/// What a series does over the iterations, in numbers a sentence can state.
struct SeriesStory: Sendable {
    /// The iteration of the first value.
    let firstIteration: Int
    /// The first value.
    let start: Double
    /// The last finite value.
    let end: Double
    /// The iteration of the last value.
    let lastIteration: Int
    /// The last iteration whose value differs from the one before, if any.
    let lastChange: Int?
    /// The first iteration whose value is NaN or infinite, if any.
    let firstNonFinite: Int?
    /// The smallest and largest finite values.
    let minimum: Double, maximum: Double
    /// The smallest and largest finite values of the second half, when it turns back and forth
    /// (more than twice); nil for a series that settles or moves one way.
    let oscillation: (low: Double, high: Double)?

    /// Reads `values`, value i belonging to iteration `firstIteration + i`.
    ///
    /// - Complexity: O(n).
    init(_ values: [Double], firstIteration: Int) {
        self.firstIteration = firstIteration
        lastIteration = firstIteration + max(values.count - 1, 0)
        start = values.first ?? .nan
        var end = Double.nan
        var lastChange: Int?
        var firstNonFinite: Int?
        var low = Double.infinity
        var high = -Double.infinity
        var tail = (low: Double.infinity, high: -Double.infinity, turns: 0, rising: Bool?.none)
        let half = values.count / 2
        for (i, value) in values.enumerated() {
            if i >= half && value.isFinite {
                tail.low = min(tail.low, value)
                tail.high = max(tail.high, value)
                let previous = values[max(i - 1, 0)]
                if previous.isFinite && previous != value {
                    let rising = value > previous
                    if let before = tail.rising, before != rising { tail.turns += 1 }
                    tail.rising = rising
                }
            }
            if value.isFinite {
                end = value
                low = min(low, value)
                high = max(high, value)
            } else if firstNonFinite == nil {
                firstNonFinite = firstIteration + i
            }
            // Bitwise, so that NaN after NaN is no change and -0 after 0 is one.
            if i > 0 && value.bitPattern != values[i - 1].bitPattern { lastChange = firstIteration + i }
        }
        self.end = end
        self.lastChange = lastChange
        self.firstNonFinite = firstNonFinite
        minimum = low
        maximum = high
        oscillation = tail.turns > 2 ? (tail.low, tail.high) : nil
    }

    /// A clause such as "falls from 1 to −0.075 by iteration 25, then stays flat to iteration 1000".
    var clause: String {
        let first = ProseNumber.count(firstIteration)
        let last = ProseNumber.count(lastIteration)
        guard start.isFinite else { return "is not finite from iteration \(first) on" }
        let (from, to) = ProseNumber.pair(start, end)
        if let broken = firstNonFinite.map(ProseNumber.count) {
            if end.bitPattern == start.bitPattern {
                return "is \(from) until it became non-finite at iteration \(broken)"
            }
            return "goes from \(from) to \(to), then became non-finite at iteration \(broken)"
        }
        guard lastIteration > firstIteration else { return "is \(from) in the only iteration, \(first)" }
        guard let lastChange else { return "stays at \(from) over iterations \(first)–\(last)" }
        let verb = end < start ? "falls" : (end > start ? "rises" : "moves and returns")
        let motion = end == start ? "\(verb) to \(from)" : "\(verb) from \(from) to \(to)"
        if let swing = oscillation {
            let (low, high) = ProseNumber.pair(swing.low, swing.high)
            return "\(motion), swinging between \(low) and \(high) to the end (iteration \(last))"
        }
        if lastChange < lastIteration {
            return "\(motion) by iteration \(ProseNumber.count(lastChange)), then stays flat to iteration \(last)"
        }
        return "\(motion) over iterations \(first)–\(last)"
    }
}
