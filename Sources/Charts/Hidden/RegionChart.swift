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
        let shown = iterations
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
        let image = try GDImage(width: width, height: plot.height)
        image.fill(ChartTheme.background)
        try image.drawText(
            "Output s over the input plane, and where s = T", ChartTheme.title, typeface, x: padding,
            baseline: titleBaseline)
        let x0 = Pixel.index(plot.plot.minX, .up), x1 = Pixel.index(plot.plot.maxX, .down)
        let y0 = Pixel.index(plot.plot.minY, .up), y1 = Pixel.index(plot.plot.maxY, .down)
        let weights = NetworkSnapshot(log, after: 0).layers.reduce(0) { $0 + $1.inputs * $1.units + $1.units }
        let allowed = max(100, Self.evaluationBudget / Double(weights))
        let area = Double(max(1, x1 - x0)) * Double(max(1, y1 - y0))
        let cell = max(Self.smallestCell, Int((area / allowed).squareRoot().rounded(.up)))
        let columns = max(1, (x1 - x0) / cell + 1), rows = max(1, (y1 - y0) / cell + 1)
        func grid(_ snapshot: NetworkSnapshot) -> [Double] {
            var values = [Double](repeating: .nan, count: (columns + 1) * (rows + 1))
            for r in 0...rows {
                let x2 = plot.yMap.value(at: Double(y0 + r * cell))
                for c in 0...columns {
                    let x1v = plot.xMap.value(at: Double(x0 + c * cell))
                    values[r * (columns + 1) + c] = snapshot.output(at: [x1v, x2])
                }
            }
            return values
        }
        let final = grid(NetworkSnapshot(log, after: log.count))
        image.fillField(columns: x0..<(x1 + 1), rows: y0..<(y1 + 1)) { y, xs, row in
            let r = min(rows, (y - y0) / cell)
            for x in xs {
                let s = final[r * (columns + 1) + min(columns, (x - x0) / cell)]
                let colour =
                    s.isFinite ? ChartTheme.background.mixed(with: Self.shade, 0.65 * s) : ChartTheme.background
                row[x] = colour.truecolor()
            }
        }
        try plot.drawFrame(on: image)
        let threshold = log.settings.threshold
        for (k, style) in zip(shown, styles) {
            let snapshot = NetworkSnapshot(log, after: k)
            guard snapshot.isFinite else { continue }
            let values = k == log.count ? final : grid(snapshot)
            var layer = StrokeLayer(clip: plot.plot, image: image)
            for r in 0..<rows {
                for c in 0..<columns {
                    let corners = [
                        (Double(c), Double(r), values[r * (columns + 1) + c] - threshold),
                        (Double(c + 1), Double(r), values[r * (columns + 1) + c + 1] - threshold),
                        (Double(c + 1), Double(r + 1), values[(r + 1) * (columns + 1) + c + 1] - threshold),
                        (Double(c), Double(r + 1), values[(r + 1) * (columns + 1) + c] - threshold),
                    ]
                    // Marching squares: the points where s − T changes sign along the cell's edges.
                    var crossings: [Point] = []
                    for e in 0..<4 {
                        let a = corners[e], b = corners[(e + 1) % 4]
                        guard a.2.isFinite, b.2.isFinite, (a.2 >= 0) != (b.2 >= 0) else { continue }
                        let t = a.2 / (a.2 - b.2)
                        crossings.append(
                            Point(
                                Double(x0) + (a.0 + t * (b.0 - a.0)) * Double(cell),
                                Double(y0) + (a.1 + t * (b.1 - a.1)) * Double(cell)))
                    }
                    if crossings.count >= 2 { layer.stroke(crossings[0], crossings[1], thickness: style.thickness) }
                    if crossings.count == 4 { layer.stroke(crossings[2], crossings[3], thickness: style.thickness) }
                }
            }
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
            bytes: try image.png())
    }
}
