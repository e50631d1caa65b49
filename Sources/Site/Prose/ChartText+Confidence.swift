import Charts
import Formats
import Training

// The alt text and data note of confidence.png.
extension ChartText {
    var confidenceText: String {
        guard let facts = chart.facts.confidence else {
            return "The sigmoid output s of each sample over the iterations."
        }
        let t = Display.compact(facts.threshold)
        let when =
            facts.lastIteration == 1
            ? "in the only iteration run" : "over iterations 1–\(Display.count(facts.lastIteration))"
        var text =
            "s = σ(z) of \(confidenceSamples(facts)) \(when), one line per sample, blue for label 1 and orange for "
            + "label 0, with the threshold T = \(t) dashed across."
        text += confidenceEnd(facts)
        if let from = facts.allOnTheirSideFrom {
            let who = facts.drawnSamples == 1 ? "the sample sits" : "every sample drawn sits"
            text +=
                from == 1
                ? " In every iteration \(who) on its label's side of T."
                : " From iteration \(Display.count(from)) on, \(who) on its label's side of T."
        } else {
            text += " In the last iteration some sample still sits on the wrong side of T."
        }
        if let diverged = log.divergedAt {
            text += " W or b became non-finite at iteration \(Display.count(diverged)), where training stopped."
        }
        return text
    }

    var confidenceDataNote: String {
        let logged = log.loggedSampleCount
        let columns = logged <= 4 ? Display.list((1...logged).map { "s\($0)" }) : "s1 … s\(logged)"
        return "columns \(columns) of \(csvFiles)"
    }

    /// "each of the 4 samples", "the first 64 of the 1,000 samples (the log keeps 64)".
    private func confidenceSamples(_ facts: ConfidenceFacts) -> String {
        let m = facts.sampleCount
        if facts.drawnSamples == m { return m == 1 ? "the only sample" : "each of the \(Display.count(m)) samples" }
        if facts.drawnSamples == facts.loggedSamples {
            return "the first \(Display.count(facts.drawnSamples)) of the \(Display.count(m)) samples "
                + "(the log keeps \(Display.count(facts.loggedSamples)))"
        }
        return "\(Display.count(facts.drawnSamples)) of the \(Display.count(facts.loggedSamples)) samples the log "
            + "keeps (of \(Display.count(m))), evenly spread"
    }

    /// " In the last iteration s is 0.506 for label 1 and between 0.481 and 0.494 for label 0,
    /// so every s lies between 0.481 and 0.506."
    private func confidenceEnd(_ facts: ConfidenceFacts) -> String {
        func span(_ range: ClosedRange<Double>) -> String {
            let (low, high) = Display.compactPair(range.lowerBound, range.upperBound)
            return low == high ? low : "between \(low) and \(high)"
        }
        var parts: [String] = []
        if let one = facts.finalLabel1 { parts.append("\(span(one)) for label 1") }
        if let zero = facts.finalLabel0 { parts.append("\(span(zero)) for label 0") }
        var text = ""
        if !parts.isEmpty {
            text = " In the last iteration s is " + Display.list(parts)
            if let one = facts.finalLabel1, let zero = facts.finalLabel0 {
                let low = min(one.lowerBound, zero.lowerBound), high = max(one.upperBound, zero.upperBound)
                let (a, b) = Display.compactPair(low, high)
                text += a == b ? ", so every s is \(a)" : ", so every s lies between \(a) and \(b)"
            }
            text += "."
        }
        if facts.nonFiniteAtEnd > 0 {
            text +=
                " \(Display.count(facts.nonFiniteAtEnd, "sample has", plural: "samples have")) no finite s in the "
                + "last iteration."
        }
        return text
    }
}
