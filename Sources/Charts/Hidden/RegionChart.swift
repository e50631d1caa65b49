import Formats
import Foundation
import Training

/// region.png: the output s of a network with hidden layers over the input plane, shaded from
/// white (s = 0) to blue (s = 1) with the final parameters, and the contour s = T of the start, a
/// few iterations and the end. Two features only.
struct RegionChart {
    let log: TrainingLog
    let typeface: Typeface

    /// The shading and the contours are computed on a grid of cells at least this many drawn
    /// pixels wide; wider for large networks, so that a chart costs at most `evaluationBudget`
    /// multiplications per drawn iteration.
    static let smallestCell = 4
    static let evaluationBudget = 20_000_000.0
    static let shade = RGB(0x0072B2)

    /// The shading of s: white at 0 to a mid blue at 1; white where s is not finite.
    static func colour(_ s: Double) -> RGB {
        s.isFinite ? ChartTheme.background.mixed(with: shade, 0.65 * s) : ChartTheme.background
    }

    /// The iterations whose contour is drawn: the start, a few between, the end.
    var iterations: [Int] {
        let n = log.count
        var chosen = [0, max(1, n / 100), max(1, n / 10)]
        if let allRight = log.summary.allRightFrom { chosen.append(allRight) }
        chosen.append(n)
        return Array(Set(chosen.filter { $0 <= n })).sorted()
    }

    func rendered() throws(ChartError) -> RenderedChart? {
        guard log.featureCount == 2, log.hasHiddenLayers else { return nil }
        let width = BoundaryCharts.stillWidth * ChartTheme.scale
        let maximumHeight = BoundaryCharts.stillMaximumHeight * ChartTheme.scale
        let padding = ChartTheme.padding
        let titleBaseline = padding + ChartTheme.title.capHeight
        let top = titleBaseline + 56
        // A diverged run's last parameters have no contour: leave them out rather than name them.
        let shown = iterations.filter { NetworkSnapshot(log, after: $0).isFinite }
        var entries: [Legend.Entry] = [
            .init(swatch: .circle(BoundaryPlot.positiveColour), label: "label 1"),
            .init(swatch: .square(BoundaryPlot.negativeColour), label: "label 0"),
            .init(swatch: .ring(ChartTheme.ink), label: "misclassified at the end"),
            .init(swatch: .area(Self.shade.mixed(with: ChartTheme.background, 0.35)), label: "s near 1 at the end"),
        ]
        let styles = shown.indices.map { index -> (colour: RGB, thickness: Double) in
            if index == shown.count - 1 { return (RGB(0x000000), 6) }
            let lightness = 0.7 - 0.4 * Double(index) / Double(max(shown.count - 2, 1))
            return (RGB(0xD55E00).mixed(with: ChartTheme.background, lightness), 4)
        }
        for (k, style) in zip(shown, styles) {
            let label = "s = \(Display.short(log.settings.threshold)), iteration \(Display.count(k))"
            entries.append(.init(swatch: .line(style.colour, thickness: Int(style.thickness)), label: label))
        }
        let legendWidth = try Legend.width(of: entries, typeface: typeface)
        let plot = try BoundaryPlot(
            log: log, typeface: typeface, zoom: 2, width: width, maximumHeight: maximumHeight, top: top,
            rightMargin: legendWidth + 56 + padding)
        let image = try GDImage(width: width, height: plot.height, background: ChartTheme.background)
        try image.drawText(
            "Output s over the input plane, and where s = T", ChartTheme.title, typeface, x: padding,
            baseline: titleBaseline)
        let field = RegionField(
            plot: plot, parameters: RegionField.parameterCount(NetworkSnapshot(log, after: 0)),
            budget: Self.evaluationBudget, smallest: Self.smallestCell)
        let final = field.values(NetworkSnapshot(log, after: log.count), plot: plot)
        field.shade(final, on: image, colour: Self.colour)
        try plot.drawFrame(on: image)
        let threshold = log.settings.threshold
        for (k, style) in zip(shown, styles) {
            let snapshot = NetworkSnapshot(log, after: k)
            guard snapshot.isFinite else { continue }
            let values = k == log.count ? final : field.values(snapshot, plot: plot)
            var layer = StrokeLayer(clip: plot.plot, image: image)
            field.contour(values, level: threshold, thickness: style.thickness, on: &layer)
            layer.composite(onto: image, style.colour)
        }
        let predictions = log.finalPass.predictions
        plot.drawSamples(on: image) { Double(predictions[$0]) != log.dataset.labels[$0] }
        let legend = try Legend(
            entries, left: plot.plot.maxX + 56, top: plot.plot.minY, right: Double(image.width) - padding,
            typeface: typeface, onePerRow: true)
        try legend.draw(on: image, typeface: typeface)
        return RenderedChart(
            kind: .region, title: "Decision region of the network",
            facts: ChartFacts(iterations: shown), cssWidth: BoundaryCharts.stillWidth,
            cssHeight: plot.height / ChartTheme.scale,
            smallestTextPixels: image.smallestTextCSSPixels(cssWidth: BoundaryCharts.stillWidth),
            bytes: try TruecolorPNG.encode(image))
    }
}
