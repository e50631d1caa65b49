import CGD
import Formats
import Foundation
import Training

// boundary.gif: one frame for iteration 0 and for each iteration whose update moved the
// boundary (at most `maximumFrames`, evenly spread), drawn at 1× to keep the GIF small.
extension BoundaryCharts {
    /// The most frames the animation has.
    static let maximumFrames = 120
    /// The display width of boundary.gif (drawn at 1×: a GIF frame costs per pixel).
    static let animationWidth = 480

    /// The iterations shown: 0, then those whose update changed W or b, evenly thinned to at
    /// most `maximumFrames` (the first and last change always stay); and how many changed.
    ///
    /// - Complexity: O(maximumFrames) when few updates changed the parameters, otherwise one
    ///   more pass over the log, O(count × n).
    var animationIterations: (frames: [Int], changes: Int) {
        let changes = facts.parameterChangeCount
        let slots = Self.maximumFrames - 1
        guard changes > slots else { return ([0] + facts.leadingParameterChanges.prefix(changes), changes) }
        // Ranks of the changes to keep, evenly spread from the first (0) to the last.
        // Ascending and distinct, since changes − 1 ≥ slots − 1.
        let ranks = (0..<slots).map { $0 * (changes - 1) / (slots - 1) }
        var frames = [0]
        var rank = 0
        RunFacts.forEachParameterChange(in: log) { k in
            if frames.count - 1 < ranks.count && ranks[frames.count - 1] == rank { frames.append(k) }
            rank += 1
        }
        return (frames, changes)
    }

    /// boundary.gif; nil without two features.
    func animation() throws(ChartError) -> RenderedChart? {
        guard log.featureCount == 2 else { return nil }
        let (iterations, changes) = animationIterations
        var frames = try BoundaryAnimationFrames(self, width: Self.animationWidth)
        let size = (width: frames.plain.width, height: frames.plain.height)
        var quantizer = PaletteQuantizer(background: ChartTheme.background, inks: animationInks, levels: 24)
        var gif: GIFAnimation?
        let delay = min(max(600 / max(iterations.count, 1), 8), 50)
        var before: (image: GDImage, indices: IndexedImage)?
        for (index, k) in iterations.enumerated() {
            let frame = try frames.next(k)
            let palette = quantizer.convert(frame, since: before)
            before = (frame, palette)
            if gif == nil { gif = try GIFAnimation(palette: palette) }
            let last = index == iterations.count - 1
            try gif?.add(palette, delay: index == 0 ? 120 : (last ? 300 : delay))
        }
        guard var gif else { return nil }
        return RenderedChart(
            kind: .animation, title: "The decision boundary moving during training",
            facts: ChartFacts(iterations: iterations, parameterChanges: changes), cssWidth: size.width,
            cssHeight: size.height,
            smallestTextPixels: frames.images.reduce(frames.plain.smallestTextCSSPixels(cssWidth: size.width)) {
                Swift.min($0, $1.smallestTextCSSPixels(cssWidth: size.width))
            },
            bytes: try gif.finish())
    }

    /// Whether each sample is misclassified by W and b (z ≥ ln(T/(1−T)) predicts 1).
    func misclassified(weights: [Double], bias: Double) -> [Bool] {
        let features = log.dataset.features
        let level = BoundaryLine.level(threshold: log.settings.threshold)
        return log.dataset.labels.indices.map { i in
            let z = weights[0] * features[0][i] + weights[1] * features[1][i] + bias
            guard z.isFinite else { return true }
            return (z >= level ? 1.0 : 0.0) != log.dataset.labels[i]
        }
    }

    /// "After iteration 12: 3 of 4 misclassified".
    func frameHeading(_ k: Int, wrong: Int) -> String {
        let when = k == 0 ? "Iteration 0 (initial)" : "After iteration \(Display.count(k))"
        return "\(when): \(Display.count(wrong)) of \(Display.count(log.dataset.sampleCount)) misclassified"
    }

    /// "W = [0.4, 0.2], b = 1", and a note when the boundary is not in view, as long as fits `width`.
    func frameCaption(weights: [Double], bias: Double, drawn: Bool, style: TextStyle, width: Double)
        throws(ChartError) -> String
    {
        let parameters =
            "W = [\(weights.map { Display.compact($0) }.joined(separator: ", "))], b = \(Display.compact(bias))"
        guard !drawn else { return parameters }
        for note in [" · boundary outside the view", " · not in view", ""] {
            let caption = parameters + note
            if try GDImage.textWidth(caption, style, typeface) <= width { return caption }
        }
        return parameters
    }

    /// The legend of the animation.
    var animationLegend: [Legend.Entry] {
        [
            .init(swatch: .circle(BoundaryPlot.positiveColour), label: "label 1"),
            .init(swatch: .square(BoundaryPlot.negativeColour), label: "label 0"),
            .init(swatch: .ring(ChartTheme.ink), label: "misclassified"),
            .init(swatch: .line(RGB(0x000000), thickness: 6), label: "boundary"),
            .init(swatch: .dashedLine(lineStyle(0, of: 2).colour, thickness: 4), label: "initial"),
            .init(swatch: .area(BoundaryPlot.positiveRegionColour), label: "predicted 1"),
        ]
    }

    /// Every colour the frames are drawn with, for the shared palette.
    var animationInks: [RGB] {
        [
            RGB(0x000000), ChartTheme.ink, ChartTheme.mutedInk, ChartTheme.grid, BoundaryPlot.positiveColour,
            BoundaryPlot.negativeColour, lineStyle(0, of: 2).colour, BoundaryPlot.positiveRegionColour,
        ]
    }
}
