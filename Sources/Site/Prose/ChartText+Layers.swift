import Charts
import Formats
import Training

// The alt text of the diagram of a network with hidden layers.
extension ChartText {
    var layeredNetworkText: String {
        guard let facts = chart.facts.network else { return "The network's layers and links." }
        let when = diagramMoment
        let names = log.dataset.featureNames
        let inputs =
            names.count <= 4 ? Display.list(names) : "\(names[0]) … \(names[names.count - 1])"
        let hidden = facts.sizes.dropFirst().dropLast().enumerated().map {
            "hidden layer \($0.offset + 1) of \(Display.count($0.element, "unit"))"
        }
        var text =
            "The network \(when): \(Display.count(facts.sizes[0], "input")) (\(inputs)), \(Display.list(hidden)) "
            + "and the sigmoid output, a column each, every unit linked to every unit of the next column and to a "
            + "bias node b. Links are as wide as |w| or |b|"
            + (facts.scale.map { " (the widest stands for \(Display.compact($0)))" } ?? "")
            + ", blue when positive, orange when negative, grey dashes when 0 or not finite."
        if let w = facts.strongest, w.value != 0 {
            text +=
                " The largest weight in size is \(Display.compact(w.value)), from \(source(w)) into \(target(w, facts))."
        }
        for summary in facts.summaries {
            let name = summary.layer == 0 ? "The inputs" : "Hidden layer \(summary.layer)"
            let what = summary.layer == 0 ? "inputs" : "units"
            text +=
                " \(name) (\(Display.count(summary.units))) \(summary.layer == 0 ? "are" : "is") summarised: "
                + "\(what) 1 to \(summary.drawn) are drawn, the other \(Display.count(summary.units - summary.drawn)) "
                + "as one node “+\(summary.units - summary.drawn)” whose grey links are as wide as the mean |w| of "
                + "the links they stand for."
        }
        if final && facts.comparedWeights > 0 {
            text +=
                facts.signChanges == 0
                ? " No weight changed sign during training."
                : " \(Display.count(facts.signChanges)) of \(Display.count(facts.comparedWeights, "weight")) "
                    + "changed sign during training."
        }
        if facts.nonFinite > 0 {
            text +=
                " \(Display.count(facts.nonFinite)) of the \(Display.count(facts.parameterCount)) weights and biases "
                + "\(facts.nonFinite == 1 ? "is" : "are") not finite."
        }
        return text
    }

    /// "x1" or "unit 2 of hidden layer 1".
    private func source(_ w: LayeredNetworkFacts.Weight) -> String {
        w.layer == 1 ? log.dataset.featureNames[w.from] : "unit \(w.from + 1) of hidden layer \(w.layer - 1)"
    }

    /// "unit 2 of hidden layer 1" or "the output".
    private func target(_ w: LayeredNetworkFacts.Weight, _ facts: LayeredNetworkFacts) -> String {
        w.layer == facts.sizes.count - 1 ? "the output" : "unit \(w.to + 1) of hidden layer \(w.layer)"
    }
}
