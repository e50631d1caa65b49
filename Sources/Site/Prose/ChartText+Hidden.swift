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
        text += lines.map { "\($0.name) " + $0.facts.clause }.joined(separator: "; ")
        if lines.isEmpty { text += "one line per layer" }
        text += ". A gradient of exactly 0 (log₁₀ 0 = −∞) is marked as not finite."
        return text + outcome
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
