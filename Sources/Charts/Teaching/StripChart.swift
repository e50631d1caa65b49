import Formats
import Foundation
import Training

/// strip.png, for datasets of other than two features, where no boundary can be drawn in the
/// plane: z of every sample (x = z) in one strip per label, before training and after, with the
/// threshold's z as a vertical line and the misclassified samples ringed. z is Training's own
/// forward pass, so the points are the run's numbers.
struct StripChart {
    /// The run.
    let log: TrainingLog
    /// The font.
    let typeface: Typeface

    /// The display width.
    static let cssWidth = 800

    /// One panel's pass: the parameters' z of every sample and its prediction.
    struct Panel {
        let pass: ForwardPass
        let iteration: Int
    }

    /// Before training (iteration 1's forward pass) and after (the final parameters).
    var panels: [Panel] {
        let first = ForwardPass(log.dataset, settings: log.settings, weights: log.weights(after: 0), bias: log.bias(0))
        return [Panel(pass: first, iteration: 0), Panel(pass: log.finalPass, iteration: log.count)]
    }

    /// A vertical offset in −1…1 for sample `i`, the same in every run (SplitMix64 of i).
    static func jitter(_ i: Int) -> Double {
        var z = UInt64(truncatingIfNeeded: i) &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Double(z >> 11) / Double(1 << 53) * 2 - 1
    }

    /// The facts of one pass, over all samples.
    func passFacts(_ panel: Panel) -> StripFacts.Pass {
        var ranges: [Double: ClosedRange<Double>] = [:]
        var nonFinite = 0
        for (z, label) in zip(panel.pass.z, log.dataset.labels) {
            guard z.isFinite else {
                nonFinite += 1
                continue
            }
            let known = ranges[label]
            ranges[label] = min(known?.lowerBound ?? z, z)...max(known?.upperBound ?? z, z)
        }
        return StripFacts.Pass(
            iteration: panel.iteration, label1: ranges[1], label0: ranges[0], nonFinite: nonFinite,
            misclassified: log.dataset.sampleCount - panel.pass.correctCount(log.dataset.labels))
    }

    /// strip.png with its facts; nil for two features, where boundary.png shows the samples in the plane.
    func rendered() throws(ChartError) -> RenderedChart? {
        guard log.featureCount != 2 else { return nil }
        let panels = panels
        let image = try draw(panels)
        let facts = StripFacts(
            before: passFacts(panels[0]), after: passFacts(panels[1]),
            level: BoundaryLine.level(threshold: log.settings.threshold),
            drawnSamples: Array(BoundaryPlot.drawnSampleIndices(of: log.dataset.sampleCount)).count,
            sampleCount: log.dataset.sampleCount, featureCount: log.featureCount)
        return RenderedChart(
            kind: .strip, title: "z of every sample, before and after training", facts: ChartFacts(strip: facts),
            cssWidth: Self.cssWidth, cssHeight: image.height / ChartTheme.scale,
            smallestTextPixels: image.smallestTextCSSPixels(cssWidth: Self.cssWidth),
            bytes: try image.palettePNG(
                inks: ChartTheme.frameInks + [BoundaryPlot.positiveColour, BoundaryPlot.negativeColour], filterUp: false
            ))
    }
}
