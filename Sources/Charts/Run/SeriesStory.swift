/// What a series does over the iterations, in numbers a sentence can state: its ends, its
/// extremes when they lie beyond the ends, its sign changes, where it settles or breaks.
struct SeriesStory: Sendable {
    /// A value and the iteration where it is first reached.
    struct Extreme: Sendable, Equatable {
        let value: Double
        let iteration: Int
    }

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
    /// The smallest and largest finite values, each where first reached.
    let minimum: Extreme, maximum: Extreme
    /// The iterations whose value has the other sign than the last non-zero value before it.
    let signChanges: [Int]
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
        var low = Extreme(value: .infinity, iteration: firstIteration)
        var high = Extreme(value: -.infinity, iteration: firstIteration)
        var signChanges: [Int] = []
        var lastSign: FloatingPointSign?
        var tail = (low: Double.infinity, high: -Double.infinity, turns: 0, rising: Bool?.none)
        let half = values.count / 2
        for (i, value) in values.enumerated() {
            let iteration = firstIteration + i
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
                if value < low.value { low = Extreme(value: value, iteration: iteration) }
                if value > high.value { high = Extreme(value: value, iteration: iteration) }
                if value != 0 {
                    if let lastSign, lastSign != value.sign { signChanges.append(iteration) }
                    lastSign = value.sign
                }
            } else if firstNonFinite == nil {
                firstNonFinite = iteration
            }
            // Bitwise, so that NaN after NaN is no change and -0 after 0 is one.
            if i > 0 && value.bitPattern != values[i - 1].bitPattern { lastChange = iteration }
        }
        self.end = end
        self.lastChange = lastChange
        self.firstNonFinite = firstNonFinite
        self.signChanges = signChanges
        minimum = low
        maximum = high
        oscillation = tail.turns > 2 ? (tail.low, tail.high) : nil
    }

    /// A clause such as "falls from 0.2 to its minimum −0.125 at iteration 20 and rises to 0.05 by
    /// iteration 25 (changing sign at iterations 14 and 23), then stays flat to iteration 1000".
    var clause: String {
        let first = ProseNumber.count(firstIteration)
        let last = ProseNumber.count(lastIteration)
        guard start.isFinite else { return "is not finite from iteration \(first) on" }
        if let broken = firstNonFinite.map(ProseNumber.count) {
            if end.bitPattern == start.bitPattern {
                return "is \(ProseNumber.text(start)) until it became non-finite at iteration \(broken)"
            }
            return "\(motion(by: ""))\(signText), then became non-finite at iteration \(broken)"
        }
        guard lastIteration > firstIteration else {
            return "is \(ProseNumber.text(start)) in the only iteration, \(first)"
        }
        guard let lastChange else { return "stays at \(ProseNumber.text(start)) over iterations \(first)–\(last)" }
        if let swing = oscillation {
            let (low, high) = ProseNumber.pair(swing.low, swing.high)
            return "\(motion(by: ""))\(signText), swinging between \(low) and \(high) to the end (iteration \(last))"
        }
        if lastChange < lastIteration {
            return "\(motion(by: " by iteration \(ProseNumber.count(lastChange))"))\(signText), "
                + "then stays flat to iteration \(last)"
        }
        return "\(motion(by: ""))\(signText) over iterations \(first)–\(last)"
    }

    /// From the start to the end, through an extreme that lies beyond both ends; `by` follows the
    /// end value (" by iteration 25").
    private func motion(by: String) -> String {
        let (from, to) = ProseNumber.pair(start, end)
        let dips = beyond(minimum.value, min(start, end)), peaks = beyond(maximum.value, max(start, end))
        switch (dips, peaks) {
        case (false, false):
            if end == start { return "moves and returns to \(from)\(by)" }
            return "\(end < start ? "falls" : "rises") from \(from) to \(to)\(by)"
        case (true, false):
            return "falls from \(from) to its minimum \(extreme(minimum)) and rises to \(to)\(by)"
        case (false, true):
            return "rises from \(from) to its maximum \(extreme(maximum)) and falls to \(to)\(by)"
        case (true, true):
            let (earlier, later) =
                minimum.iteration < maximum.iteration
                ? ("its minimum \(extreme(minimum))", "its maximum \(extreme(maximum))")
                : ("its maximum \(extreme(maximum))", "its minimum \(extreme(minimum))")
            return "goes from \(from) to \(earlier) and \(later), ending at \(to)\(by)"
        }
    }

    /// " (changing sign at iteration 14)", or nothing for a series that keeps its sign.
    private var signText: String {
        guard let firstChange = signChanges.first, let lastChange = signChanges.last else { return "" }
        if signChanges.count == 1 { return " (changing sign at iteration \(ProseNumber.count(firstChange)))" }
        if signChanges.count <= 4 {
            return " (changing sign at iterations \(ProseNumber.list(signChanges.map(ProseNumber.count))))"
        }
        return " (changing sign \(ProseNumber.counted(signChanges.count, "time")), first at iteration "
            + "\(ProseNumber.count(firstChange)) and last at \(ProseNumber.count(lastChange)))"
    }

    /// "−0.125 at iteration 20".
    private func extreme(_ point: Extreme) -> String {
        "\(ProseNumber.text(point.value)) at iteration \(ProseNumber.count(point.iteration))"
    }

    /// Whether `value` lies beyond `bound` by enough to read differently.
    private func beyond(_ value: Double, _ bound: Double) -> Bool {
        value != bound && ProseNumber.text(value) != ProseNumber.text(bound)
    }
}
