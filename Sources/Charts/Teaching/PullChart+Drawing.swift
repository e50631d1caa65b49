import Formats
import Foundation
import Training

// The drawing of pull.png, back to front: frame, boundaries, arrows, samples; the legend right.
extension PullChart {
    /// The image, its plot and its facts.
    ///
    /// - Precondition: the dataset has two features.
    func draw() throws(ChartError) -> (GDImage, BoundaryPlot, PullFacts) {
        let width = Self.cssWidth * ChartTheme.scale
        let padding = ChartTheme.padding
        let titleBaseline = padding + ChartTheme.title.capHeight
        let top = titleBaseline + 56
        let pass = firstPass
        let pulls = pulls(pass)
        let before = (log.weights(after: 0), log.bias(0))
        let after = (log.weights(after: 1), log.bias(1))
        let wrong = (0..<log.dataset.sampleCount).map { Double(pass.predictions[$0]) != log.dataset.labels[$0] }

        // Lay out once to know the span the arrows are scaled to, then size the plot to the legend.
        let guess = try BoundaryPlot(
            log: log, typeface: typeface, zoom: 2, width: width, maximumHeight: 1200, top: top, rightMargin: 700)
        let longest = pulls.filter(Self.hasArrow).map { hypot($0.weightStep.0, $0.weightStep.1) }.max() ?? 0
        let scale = Self.scale(longest: longest, halfSpan: guess.xRange.upperBound / 2 - guess.xRange.lowerBound / 2)
        let shown = (
            before: guess.showsBoundary(weights: before.0, bias: before.1),
            after: guess.showsBoundary(weights: after.0, bias: after.1)
        )
        let entries = legendEntries(pulls, scale: scale, shown: shown, anyWrong: wrong.contains(true))
        let legendWidth = try Legend.width(of: entries, typeface: typeface)
        let plot = try BoundaryPlot(
            log: log, typeface: typeface, zoom: 2, width: width, maximumHeight: 1200, top: top,
            rightMargin: legendWidth + 56 + padding)
        let image = try GDImage(width: width, height: plot.height, background: ChartTheme.background)
        try image.drawText(
            "Each sample's pull in iteration 1", ChartTheme.title, typeface, x: padding, baseline: titleBaseline)
        plot.drawRegion(on: image, weights: before.0, bias: before.1)
        try plot.drawFrame(on: image)
        let drawnBefore = plot.drawBoundary(
            on: image, weights: before.0, bias: before.1, colour: Self.beforeColour, thickness: 4, dashed: true)
        let drawnAfter = plot.drawBoundary(
            on: image, weights: after.0, bias: after.1, colour: RGB(0x000000), thickness: 6, dashed: false)
        if let scale { drawArrows(pulls, scale: scale, on: image, plot: plot) }
        plot.drawSamples(on: image) { wrong[$0] }
        let legend = try Legend(
            entries, left: plot.plot.maxX + 56, top: plot.plot.minY, right: Double(image.width) - padding,
            typeface: typeface, onePerRow: true)
        try legend.draw(on: image, typeface: typeface)
        let facts = PullFacts(
            shares: pulls.prefix(PullFacts.listedShares).map { pull in
                PullFacts.Share(
                    sample: pull.sample + 1, x: log.dataset.sample(pull.sample), label: log.dataset.labels[pull.sample],
                    e: pull.e, weightStep: [pull.weightStep.0, pull.weightStep.1], biasStep: pull.biasStep)
            },
            drawnSamples: pulls.count, sampleCount: log.dataset.sampleCount,
            arrows: scale == nil ? 0 : pulls.count(where: Self.hasArrow), pullingNothing: pulls.count { $0.e == 0 },
            onlyBias: pulls.count { $0.e != 0 && $0.weightStep == (0, 0) },
            nonFiniteShares: pulls.count { !$0.weightStep.0.isFinite || !$0.weightStep.1.isFinite },
            scale: scale, learningRate: log.settings.learningRate, weightsBefore: before.0, biasBefore: before.1,
            weightsAfter: after.0, biasAfter: after.1, boundaryBeforeShown: drawnBefore,
            boundaryAfterShown: drawnAfter)
        return (image, plot, facts)
    }

    /// An arrow from each sample along K times its share of the weight step.
    func drawArrows(_ pulls: [Pull], scale: Double, on image: GDImage, plot: BoundaryPlot) {
        let features = log.dataset.features
        var layer = StrokeLayer(clip: plot.plot, image: image)
        let many = pulls.count > 50
        let (shaft, head) = many ? (3.0, 12.0) : (5.0, 22.0)
        var heads: [[Point]] = []
        for pull in pulls where Self.hasArrow(pull) {
            let x = (features[0][pull.sample], features[1][pull.sample])
            let from = plot.pixel(x)
            // Scaled in data units, then measured in pixels: the plot is to scale.
            let to = plot.pixel((x.0 + scale * pull.weightStep.0, x.1 + scale * pull.weightStep.1))
            let (dx, dy) = (to.x - from.x, to.y - from.y)
            let length = (dx * dx + dy * dy).squareRoot()
            guard length.isFinite, length >= 1 else { continue }
            let size = min(head, length * 0.6)
            let (ux, uy) = (dx / length, dy / length)
            let base = Point(to.x - ux * size, to.y - uy * size)
            layer.stroke(from, base, thickness: shaft)
            heads.append([
                to, Point(base.x - uy * size * 0.45, base.y + ux * size * 0.45),
                Point(base.x + uy * size * 0.45, base.y - ux * size * 0.45),
            ])
        }
        layer.composite(onto: image, Self.arrowColour)
        for triangle in heads where triangle.allSatisfy({ plot.plot.contains($0) }) {
            image.fillPolygon(triangle, Self.arrowColour)
        }
    }

    /// The legend: samples, boundaries, what the arrows are, who pulls nothing or b alone.
    func legendEntries(
        _ pulls: [Pull], scale: Double?, shown: (before: Bool, after: Bool), anyWrong: Bool
    ) -> [Legend.Entry] {
        func outside(_ drawn: Bool) -> String { drawn ? "" : ": outside the view" }
        var entries: [Legend.Entry] = [
            .init(swatch: .circle(BoundaryPlot.positiveColour), label: "label 1"),
            .init(swatch: .square(BoundaryPlot.negativeColour), label: "label 0"),
        ]
        if anyWrong { entries.append(.init(swatch: .ring(ChartTheme.ink), label: "misclassified in iteration 1")) }
        entries.append(.init(swatch: .area(BoundaryPlot.positiveRegionColour), label: "predicted 1 in iteration 1"))
        entries.append(
            .init(
                swatch: .dashedLine(Self.beforeColour, thickness: 4), label: "boundary before" + outside(shown.before)))
        entries.append(
            .init(swatch: .line(RGB(0x000000), thickness: 6), label: "after iteration 1" + outside(shown.after)))
        if let scale {
            entries.append(
                .init(
                    swatch: .line(Self.arrowColour, thickness: 5),
                    label: "arrow: share of −α·dW, ×\(Display.compact(scale))"))
        }
        let thresholded = log.settings.rule == .thresholded
        if pulls.contains(where: { $0.e == 0 }) {
            entries.append(
                .init(
                    swatch: .none,
                    label: thresholded ? "no arrow: right (e = 0), pulls nothing" : "no arrow: e = 0, pulls nothing"))
        }
        let huge = pulls.count { !$0.weightStep.0.isFinite || !$0.weightStep.1.isFinite }
        if huge > 0 {
            entries.append(
                .init(
                    swatch: .none,
                    label: "no arrow: \(huge == 1 ? "a share" : "\(Display.count(huge)) shares") too large for a number"
                ))
        }
        let origin = pulls.filter { $0.e != 0 && $0.weightStep == (0, 0) }
        if let first = origin.first {
            entries.append(
                .init(
                    swatch: .none,
                    label: origin.count == 1
                        ? "at (0, 0): moves only b, by \(Display.compact(first.biasStep))"
                        : "\(Display.count(origin.count)) samples at (0, 0) move only b"))
        }
        let step = log.weights(after: 1).indices.map { log.weight(1, $0) - log.weight(0, $0) }
        if step.allSatisfy(\.isFinite) {
            entries.append(
                .init(
                    swatch: .none,
                    label: "W moves by their sum, [\(step.map { Display.compact($0) }.joined(separator: ", "))]"))
        }
        let m = log.dataset.sampleCount
        if m > BoundaryPlot.drawnSamples {
            entries.append(
                .init(swatch: .none, label: "\(Display.count(pulls.count)) of \(Display.count(m)) samples shown"))
        }
        return entries
    }
}
