import Foundation
import Training

/// network-initial.png and network-final.png: the inputs, the links labelled with their
/// weights (width ∝ |w|, colour by sign), the bias and the sigmoid output neuron.
struct NetworkDiagram {
    /// The run.
    let log: TrainingLog
    /// Whether to draw the final parameters rather than the initial ones.
    let final: Bool
    /// The font.
    let typeface: Typeface

    /// The display size.
    static let cssSize = (width: 800, height: 420)
    /// With more inputs than this, the middle ones are summarised as "⋮ n more".
    static let listedInputs = 8

    /// The colours of the diagram, for the palette of its PNG.
    static let inks =
        ChartTheme.frameInks + [positiveColour, negativeColour, zeroColour, nodeFill, labelBorder, RGB(0x000000)]

    /// The iteration whose parameters are drawn.
    var iteration: Int { final ? log.count : 0 }
    /// W drawn.
    var weights: [Double] { log.weights(after: iteration) }
    /// b drawn.
    var bias: Double { log.bias(iteration) }

    /// The largest finite |w| or |b| of the initial and final parameters, so that both
    /// diagrams use one scale of link widths.
    var largestMagnitude: Double {
        let values = log.weights(after: 0) + log.weights(after: log.count) + [log.bias(0), log.bias(log.count)]
        let largest = values.filter(\.isFinite).map(abs).max() ?? 0
        return largest > 0 ? largest : 1
    }

    /// The inputs drawn, by feature index; nil stands for the summary of the hidden ones.
    var shownInputs: [Int?] {
        let n = log.featureCount
        guard n > Self.listedInputs else { return Array(0..<n) }
        return Array(0..<(Self.listedInputs - 2)) + [nil, n - 1]
    }

    /// The chart with its texts.
    func rendered() throws(ChartError) -> RenderedChart? {
        let image = try render()
        let title = final ? "The network after training" : "The network before training"
        let note =
            final
            ? "W and b in the last row of data/history.csv (columns \(weightAndBiasColumns))"
            : "the initial W and b of the settings"
        return RenderedChart(
            fileName: final ? "network-final.png" : "network-initial.png", title: title, altText: altText,
            dataNote: note, cssWidth: Self.cssSize.width, cssHeight: Self.cssSize.height,
            smallestTextPixels: image.smallestTextCSSPixels(cssWidth: Self.cssSize.width),
            bytes: try image.palettePNG(inks: Self.inks))
    }

    /// "w1, w2 and b" or "w1 … w10 and b".
    var weightAndBiasColumns: String {
        log.featureCount <= 4
            ? ProseNumber.list((1...log.featureCount).map { "w\($0)" } + ["b"]) : "w1 … w\(log.featureCount) and b"
    }

    /// Alt text.
    var altText: String {
        let when: String
        if !final {
            when = "with its initial parameters, before training"
        } else if let diverged = log.divergedAt {
            when = "when training stopped, after \(ProseNumber.counted(diverged, "iteration"))"
        } else {
            when = "after \(ProseNumber.counted(log.count, "iteration"))"
        }
        let names = log.dataset.featureNames
        let inputs =
            names.count <= 4
            ? ProseNumber.list(names) : "\(names[0]) … \(names[names.count - 1]) (\(names.count) inputs)"
        let threshold = ProseNumber.text(log.settings.threshold)
        return "The network \(when): the inputs \(inputs) feed one sigmoid neuron through \(links), with bias "
            + "\(parameter("b", bias)). It computes z = Wᵀ·x + b and s = σ(z), and predicts 1 when s ≥ \(threshold). "
            + "Links are as wide as the weight is large, blue when positive and orange when negative."
    }

    /// The weights in words: each when there are few, their range when there are many; those
    /// that are not finite are named together.
    var links: String {
        let finite = weights.indices.filter { weights[$0].isFinite }
        let broken = weights.indices.filter { !weights[$0].isFinite }
        var parts: [String] = []
        if log.featureCount <= 4 {
            parts += finite.map { "w\($0 + 1) = \(ProseNumber.text(weights[$0]))" }
        } else if let low = finite.map({ weights[$0] }).min(), let high = finite.map({ weights[$0] }).max() {
            let (from, to) = ProseNumber.pair(low, high)
            parts.append(
                from == to
                    ? "\(finite.count) weights, all equal to \(from)" : "\(finite.count) weights from \(from) to \(to)")
        }
        if !broken.isEmpty {
            let names = broken.count <= 4 ? ProseNumber.list(broken.map { "w\($0 + 1)" }) : "\(broken.count) weights"
            parts.append(
                "\(names), which became non-finite at iteration \(ProseNumber.count(log.divergedAt ?? iteration))")
        }
        return ProseNumber.list(parts)
    }

    /// "b = 1", or "b, which became non-finite at iteration 3".
    func parameter(_ name: String, _ value: Double) -> String {
        guard !value.isFinite else { return "\(name) = \(ProseNumber.text(value))" }
        return "\(name), which became non-finite at iteration \(ProseNumber.count(log.divergedAt ?? iteration))"
    }
}
