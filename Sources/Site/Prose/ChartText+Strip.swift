import Charts
import Formats
import Training

// The alt text and data note of strip.png.
extension ChartText {
    var stripText: String {
        guard let facts = chart.facts.strip else { return "z of every sample before and after training." }
        let m = Display.count(facts.sampleCount)
        let samples =
            facts.drawnSamples == facts.sampleCount
            ? (facts.sampleCount == 1 ? "the only sample" : "each of the \(m) samples")
            : "\(Display.count(facts.drawnSamples)) of the \(m) samples (evenly spread)"
        let level = Display.compact(facts.level)
        let t = Display.compact(log.settings.threshold)
        let threshold = facts.level == 0 ? "z = 0 (s = \(t))" : "z = ln(T/(1−T)) = \(level) (s = \(t))"
        let features = Display.count(facts.featureCount, "feature")
        var text =
            "With \(features), no boundary can be drawn in the plane: instead z = Wᵀ·x + b of \(samples) of "
            + "\(log.dataset.name), across, one strip per label, before training and after, with the threshold "
            + "\(threshold) dashed and the misclassified samples ringed."
        text += " Before training, with the initial W and b: " + passClause(facts.before, m: m) + "."
        let after: String
        if let diverged = log.divergedAt {
            after = "When training stopped, W or b non-finite after iteration \(Display.count(diverged))"
        } else {
            after = "After iteration \(Display.count(facts.after.iteration))"
        }
        text += " \(after): " + passClause(facts.after, m: m) + "."
        return text
    }

    var stripDataNote: String {
        let logged = log.loggedSampleCount
        let columns = logged <= 4 ? Display.list((1...logged).map { "z\($0)" }) : "z1 … z\(logged)"
        return "z before training in columns \(columns) of \(firstCSV) (iteration 1); after training from the "
            + "final W and b in the last row of \(lastCSV) and the samples in the data table"
    }

    /// "z is 1 for label 1 and between −0.5 and 0.2 for label 0; 4 of 8 misclassified".
    private func passClause(_ pass: StripFacts.Pass, m: String) -> String {
        func span(_ range: ClosedRange<Double>) -> String {
            let (low, high) = Display.compactPair(range.lowerBound, range.upperBound)
            return low == high ? low : "between \(low) and \(high)"
        }
        var parts: [String] = []
        if let one = pass.label1 { parts.append("\(span(one)) for label 1") }
        if let zero = pass.label0 { parts.append("\(span(zero)) for label 0") }
        var text = parts.isEmpty ? "no z is finite" : "z is " + Display.list(parts)
        if pass.nonFinite > 0 {
            text += " (\(Display.count(pass.nonFinite, "sample")) with a z that is not finite, marked at the edge)"
        }
        text +=
            pass.misclassified == 0
            ? "; none misclassified" : "; \(Display.count(pass.misclassified)) of \(m) misclassified"
        return text
    }
}
