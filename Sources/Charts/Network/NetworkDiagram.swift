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
            ? "W and b in the last row of data/history.csv (columns \(weightColumns) and b)"
            : "the initial W and b of the settings"
        return RenderedChart(
            fileName: final ? "network-final.png" : "network-initial.png", title: title, altText: altText,
            dataNote: note, cssWidth: Self.cssSize.width, cssHeight: Self.cssSize.height,
            bytes: try image.palettePNG(inks: Self.inks))
    }

    /// "w1 and w2" or "w1 … w10".
    var weightColumns: String {
        log.featureCount <= 4 ? ProseNumber.list((1...log.featureCount).map { "w\($0)" }) : "w1 … w\(log.featureCount)"
    }

    /// Alt text.
    var altText: String {
        let when =
            final
            ? "after \(ProseNumber.count(log.count)) iterations" : "with its initial parameters, before training"
        let names = log.dataset.featureNames
        let inputs =
            names.count <= 4
            ? ProseNumber.list(names) : "\(names[0]) … \(names[names.count - 1]) (\(names.count) inputs)"
        let links: String
        if log.featureCount <= 4 {
            links = ProseNumber.list(weights.indices.map { "w\($0 + 1) = \(value(weights[$0]))" })
        } else {
            let finite = weights.filter(\.isFinite)
            links =
                finite.isEmpty
                ? "weights that are not finite"
                : "\(log.featureCount) weights from \(value(finite.min() ?? 0)) to \(value(finite.max() ?? 0))"
        }
        let threshold = ProseNumber.text(log.settings.threshold)
        return "The network \(when): the inputs \(inputs) feed one sigmoid neuron through \(links), with bias "
            + "b = \(value(bias)). It computes z = W·x + b and s = σ(z), and predicts 1 when s ≥ \(threshold). "
            + "Links are as wide as the weight is large, blue when positive and orange when negative."
    }

    /// A parameter in prose; a non-finite one says when it became so.
    func value(_ parameter: Double) -> String {
        guard !parameter.isFinite else { return ProseNumber.text(parameter) }
        return "a value that became non-finite at iteration \(ProseNumber.count(log.divergedAt ?? iteration))"
    }
}
