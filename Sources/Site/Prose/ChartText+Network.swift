import Charts
import Formats
import Training

// The alt text of the network diagrams.
extension ChartText {
    var final: Bool { chart.kind == .networkFinal }
    /// The iteration whose parameters the diagram shows.
    private var iteration: Int { final ? log.count : 0 }
    private var weights: [Double] { log.weights(after: iteration) }

    /// "with its initial parameters, before training", "after 1,000 iterations" or when it stopped.
    var diagramMoment: String {
        if !final { return "with its initial parameters, before training" }
        if let diverged = log.divergedAt {
            return "when training stopped, after \(Display.count(diverged, "iteration"))"
        }
        return "after \(Display.count(log.count, "iteration"))"
    }

    var networkText: String {
        let when = diagramMoment
        let names = log.dataset.featureNames
        let inputs =
            names.count <= 4 ? Display.list(names) : "\(names[0]) … \(names[names.count - 1]) (\(names.count) inputs)"
        let threshold = Display.compact(log.settings.threshold)
        return "The network \(when): the inputs \(inputs) feed one sigmoid neuron through \(links), with bias "
            + "\(parameter("b", log.bias(iteration))). It computes z = Wᵀ·x + b and s = σ(z), and predicts 1 when "
            + "s ≥ \(threshold). Links are as wide as the weight is large, blue when positive and orange when negative."
    }

    /// The weights in words: each when there are few, their range when there are many; those
    /// that are not finite are named together.
    private var links: String {
        let finite = weights.indices.filter { weights[$0].isFinite }
        let broken = weights.indices.filter { !weights[$0].isFinite }
        var parts: [String] = []
        if log.featureCount <= 4 {
            parts += finite.map { "w\($0 + 1) = \(Display.compact(weights[$0]))" }
        } else if let low = finite.map({ weights[$0] }).min(), let high = finite.map({ weights[$0] }).max() {
            let (from, to) = Display.compactPair(low, high)
            parts.append(
                from == to
                    ? "\(finite.count) weights, all equal to \(from)" : "\(finite.count) weights from \(from) to \(to)")
        }
        if !broken.isEmpty {
            let names = broken.count <= 4 ? Display.list(broken.map { "w\($0 + 1)" }) : "\(broken.count) weights"
            parts.append("\(names), which became non-finite at iteration \(Display.count(log.divergedAt ?? iteration))")
        }
        return Display.list(parts)
    }

    /// "b = 1", or "b, which became non-finite at iteration 3".
    private func parameter(_ name: String, _ value: Double) -> String {
        guard !value.isFinite else { return "\(name) = \(Display.compact(value))" }
        return "\(name), which became non-finite at iteration \(Display.count(log.divergedAt ?? iteration))"
    }
}
