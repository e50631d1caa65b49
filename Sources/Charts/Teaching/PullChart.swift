import Formats
import Foundation
import Training

/// pull.png, for datasets of two features: the samples as in boundary.png, the boundary before
/// iteration 1 (dashed) and after it, and at each sample an arrow for its share of the weight
/// step, −α·e⁽ⁱ⁾·x⁽ⁱ⁾/m. W lives in the plane of x, so the boundary's normal moves by the sum of
/// the arrows; a sample with e = 0 pulls nothing, and one at the origin moves b alone.
struct PullChart {
    /// The run.
    let log: TrainingLog
    /// The font.
    let typeface: Typeface

    /// The display width; the height follows the square plot.
    static let cssWidth = 800
    /// The arrows' colour (bluish green: neither label's colour).
    static let arrowColour = ChartTheme.palette[2]
    /// The boundary before the step.
    static let beforeColour = RGB(0x000000).mixed(with: ChartTheme.background, 0.55)

    /// One drawn sample's share of the step.
    struct Pull {
        let sample: Int
        let e: Double
        let weightStep: (Double, Double)
        let biasStep: Double
    }

    /// Iteration 1's forward pass over every sample (the log keeps e of the first 64 only).
    var firstPass: ForwardPass {
        ForwardPass(log.dataset, settings: log.settings, weights: log.weights(after: 0), bias: log.bias(0))
    }

    /// The share of each drawn sample: −α·e·x/m of W, −α·e/m of b.
    func pulls(_ pass: ForwardPass) -> [Pull] {
        let data = log.dataset, alpha = log.settings.learningRate, m = Double(data.sampleCount)
        return BoundaryPlot.drawnSampleIndices(of: data.sampleCount).map { i in
            let e = pass.e[i]
            return Pull(
                sample: i, e: e,
                weightStep: (-alpha * (e * data.features[0][i] / m), -alpha * (e * data.features[1][i] / m)),
                biasStep: -alpha * (e / m))
        }
    }

    /// Whether a pull is drawn as an arrow: e ≠ 0, finite, of some length.
    static func hasArrow(_ pull: Pull) -> Bool {
        pull.weightStep.0.isFinite && pull.weightStep.1.isFinite && (pull.weightStep.0 != 0 || pull.weightStep.1 != 0)
    }

    /// The factor that makes the longest arrow about a quarter of the plot's span (`halfSpan` is
    /// half of it, finite for ranges near the largest double): the largest of 1, 2, 2.5 and 5 × 10ᵏ
    /// not above span / 4 / longest; nil when there is nothing to scale.
    static func scale(longest: Double, halfSpan: Double) -> Double? {
        let raw = halfSpan / 2 / longest
        guard longest > 0, raw.isFinite, raw > 0 else { return nil }
        var unit = pow(10, floor(log10(raw)))
        guard unit.isFinite, unit > 0 else { return nil }
        if unit > raw { unit /= 10 }
        return [5, 2.5, 2, 1].map { $0 * unit }.first { $0 <= raw } ?? unit
    }

    /// pull.png with its facts; nil without two features.
    func rendered() throws(ChartError) -> RenderedChart? {
        guard log.featureCount == 2 else { return nil }
        let (image, plot, facts) = try draw()
        let inks =
            ChartTheme.frameInks + [
                BoundaryPlot.positiveColour, BoundaryPlot.negativeColour, Self.arrowColour, Self.beforeColour,
                RGB(0x000000), BoundaryPlot.positiveRegionColour,
            ]
        return RenderedChart(
            kind: .pull, title: "Each sample's pull in iteration 1", facts: ChartFacts(pull: facts),
            cssWidth: Self.cssWidth, cssHeight: plot.height / ChartTheme.scale,
            smallestTextPixels: image.smallestTextCSSPixels(cssWidth: Self.cssWidth),
            bytes: try image.palettePNG(inks: inks, filterUp: false))
    }
}
