import Charts
import Formats

// A series's facts as a clause of an alt text.
extension SeriesFacts {
    /// A clause such as "falls from 0.2 to its minimum −0.125 at iteration 20 and rises to 0.05 by
    /// iteration 25 (changing sign at iterations 14 and 23), then stays flat to iteration 1000".
    var clause: String {
        let first = Display.count(firstIteration)
        let last = Display.count(lastIteration)
        guard start.isFinite else { return "is not finite from iteration \(first) on" }
        if let broken = firstNonFinite.map { Display.count($0) } {
            if end.bitPattern == start.bitPattern {
                return "is \(Display.compact(start)) until it became non-finite at iteration \(broken)"
            }
            return "\(motion(by: ""))\(signText), then became non-finite at iteration \(broken)"
        }
        guard lastIteration > firstIteration else {
            return "is \(Display.compact(start)) in the only iteration, \(first)"
        }
        guard let lastChange else { return "stays at \(Display.compact(start)) over iterations \(first)–\(last)" }
        if let swing = oscillation {
            let (low, high) = Display.compactPair(swing.low, swing.high)
            return "\(motion(by: ""))\(signText), swinging between \(low) and \(high) to the end (iteration \(last))"
        }
        if lastChange < lastIteration {
            return "\(motion(by: " by iteration \(Display.count(lastChange))"))\(signText), "
                + "then stays flat to iteration \(last)"
        }
        return "\(motion(by: ""))\(signText) over iterations \(first)–\(last)"
    }

    /// From the start to the end, through an extreme that lies beyond both ends; `by` follows the
    /// end value (" by iteration 25").
    private func motion(by: String) -> String {
        let (from, to) = Display.compactPair(start, end)
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
        if signChanges.count == 1 { return " (changing sign at iteration \(Display.count(firstChange)))" }
        if signChanges.count <= 4 {
            return " (changing sign at iterations \(Display.list(signChanges.map { Display.count($0) })))"
        }
        return " (changing sign \(Display.count(signChanges.count, "time")), first at iteration "
            + "\(Display.count(firstChange)) and last at \(Display.count(lastChange)))"
    }

    /// "−0.125 at iteration 20".
    private func extreme(_ point: Extreme) -> String {
        "\(Display.compact(point.value)) at iteration \(Display.count(point.iteration))"
    }

    /// Whether `value` lies beyond `bound` by enough to read differently.
    private func beyond(_ value: Double, _ bound: Double) -> Bool {
        value != bound && Display.compact(value) != Display.compact(bound)
    }
}
