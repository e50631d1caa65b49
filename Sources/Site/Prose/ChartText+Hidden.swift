import Charts
import Formats
import Training

// What the page says about the charts of a network with hidden layers.
extension ChartText {
    var gradientsText: String {
        let lines = chart.facts.lines
        let layers = log.hiddenLayout.layers.count + 1
        var text =
            "The size of each layer's gradient, log₁₀ of the root mean square of its dW, per iteration, for "
            + "\(Display.count(layers, "layer")): "
        text += lines.map(gradientClause).joined(separator: "; ")
        if lines.isEmpty { text += "one line per layer" }
        text += "."
        if let zeroLine = chart.facts.zeroLine {
            text +=
                " A gradient of exactly 0 has no logarithm (log₁₀ 0 = −∞): it is drawn on the dashed line at "
                + "\(Display.short(zeroLine)), below every other value."
        }
        return text + outcome
    }

    /// "layer 1 goes from … , then is exactly 0 from iteration 868 on".
    private func gradientClause(_ line: ChartFacts.Line) -> String {
        let total = log.count
        if line.exactZeros >= total { return "\(line.name) is exactly 0 in every iteration" }
        var text = "\(line.name) "
        if line.facts.firstIteration > 1 {
            text += "is exactly 0 until iteration \(Display.count(line.facts.firstIteration - 1)), then "
        }
        let facts = line.facts
        text +=
            facts.lastIteration == facts.firstIteration && total > 1
            ? "is \(Display.compact(facts.start)) in iteration \(Display.count(facts.firstIteration))" : facts.clause
        let earlier = line.exactZeros - (line.zeroFrom.map { total - $0 + 1 } ?? 0) - (line.facts.firstIteration - 1)
        if earlier > 0 { text += " (exactly 0 in \(Display.count(earlier, "iteration")) between)" }
        if let zeroFrom = line.zeroFrom { text += ", then is exactly 0 from iteration \(Display.count(zeroFrom)) on" }
        return text
    }

    var layerWeightsText: String {
        let count = chart.facts.lineCount
        var text = "\(Display.count(count, "weight")) of the network over iterations 0–\(Display.count(log.count)), "
        text += "one colour per layer"
        if let low = chart.facts.minimum, let high = chart.facts.maximum {
            text += "; they stay between \(Display.compact(low)) and \(Display.compact(high))"
        }
        if log.hiddenLayout.layers.contains(where: { $0.inputs * $0.units > 64 }) {
            text += " (the first 64 weights of each layer are drawn)"
        }
        return text + "." + outcome
    }

    var regionText: String {
        let iterations = chart.facts.iterations.map { Display.count($0) }
        let wrong = log.divergedAt == nil ? log.summary.sampleCount - log.summary.finalCorrect : nil
        var text =
            "The network's output s over the plane of the two inputs with the final parameters, shaded from white "
            + "(s = 0) to blue (s = 1), with the samples; the line where s equals the threshold "
            + "\(Display.short(log.settings.threshold)) is drawn for iteration\(iterations.count == 1 ? "" : "s") "
            + "\(Display.list(iterations)). "
        if let wrong {
            text +=
                wrong == 0
                ? "At the end every sample lies on its label's side."
                : "At the end \(wrong) of \(Display.count(log.summary.sampleCount, "sample")) "
                    + (wrong == 1 ? "lies" : "lie") + " on the wrong side (ringed)."
        }
        return text
    }
}
