import Formats
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

    /// The chart with its facts.
    func rendered() throws(ChartError) -> RenderedChart? {
        let image = try render()
        return RenderedChart(
            kind: final ? .networkFinal : .networkInitial,
            title: final ? "The network after training" : "The network before training",
            cssWidth: Self.cssSize.width, cssHeight: Self.cssSize.height,
            smallestTextPixels: image.smallestTextCSSPixels(cssWidth: Self.cssSize.width),
            bytes: try image.palettePNG(inks: Self.inks, filterUp: false))
    }
}
