import Formats
import Training

/// units.png: each unit of the first hidden layer as its own line in the input plane, where its
/// activation σ(w₁x₁ + w₂x₂ + b) is ½, with an arrow toward the side where it is above ½, over
/// the samples; the initial lines dashed. Two features only: deeper units read the activations
/// of the layer below, not the inputs, so they have no line here.
struct UnitsChart {
    let log: TrainingLog
    let typeface: Typeface

    /// With more units than this, every line is drawn thin and only these first ones are labelled.
    static let labelledUnits = 8

    /// The facts of the final lines.
    func facts(plot: BoundaryPlot?) -> UnitsFacts {
        let k = log.count
        let layer = log.hiddenLayout.layers[0]
        let listed = min(log.dataset.sampleCount, UnitsFacts.listedSamples)
        let features = log.dataset.features
        let units = (0..<layer.units).map { u -> UnitsFacts.Unit in
            let w1 = log.hiddenWeight(k, layer: 1, 0, u), w2 = log.hiddenWeight(k, layer: 1, 1, u)
            let b = log.hiddenBias(k, layer: 1, u)
            let hasLine = w1.isFinite && w2.isFinite && b.isFinite && (w1 != 0 || w2 != 0)
            let inView = plot.map { segment(w1, w2, b, $0) != nil } ?? false
            let above = (0..<listed).filter { i in
                let z = w1 * features[0][i] + w2 * features[1][i] + b
                return !z.isNaN && z >= 0
            }
            return UnitsFacts.Unit(
                number: u + 1, w1: w1, w2: w2, b: b, hasLine: hasLine, inView: inView, above: above,
                initialDrawn: layer.units <= Self.labelledUnits)
        }
        return UnitsFacts(
            units: units, labelled: min(layer.units, Self.labelledUnits),
            deeperLayers: log.hiddenLayout.layers.dropFirst().map(\.units), samplesListed: listed, iteration: k)
    }

    /// The part of the line w₁x₁ + w₂x₂ + b = 0 inside the plot, in data space.
    func segment(_ w1: Double, _ w2: Double, _ b: Double, _ plot: BoundaryPlot)
        -> (start: (Double, Double), end: (Double, Double))?
    {
        BoundaryLine.segment(weights: [w1, w2], bias: b, level: 0, x: plot.xRange, y: plot.yRange)
    }

    /// The colour of unit `u` (from 0).
    static func colour(_ u: Int) -> RGB { ChartTheme.seriesColour(u) }

    /// The chart; nil without two features or hidden layers.
    func rendered() throws(ChartError) -> RenderedChart? {
        guard log.featureCount == 2, log.hasHiddenLayers else { return nil }
        let (plot, entries) = try layout()
        let width = BoundaryCharts.stillWidth * ChartTheme.scale
        let padding = ChartTheme.padding
        let titleBaseline = padding + ChartTheme.title.capHeight
        let units = log.hiddenLayout.layers[0].units
        let many = units > Self.labelledUnits
        let image = try GDImage(width: width, height: plot.height, background: ChartTheme.background)
        try image.drawText(
            "Each unit of hidden layer 1: its line where a = ½", ChartTheme.title, typeface, x: padding,
            baseline: titleBaseline)
        try image.drawText(
            "a = σ(w₁x₁ + w₂x₂ + b) after iteration \(Display.count(log.count))", ChartTheme.note, typeface,
            x: padding, baseline: titleBaseline + ChartTheme.note.lineHeight + 10)
        try plot.drawFrame(on: image)
        let facts = facts(plot: plot)
        if !many {
            for u in 0..<units {
                let w1 = log.hiddenWeight(0, layer: 1, 0, u), w2 = log.hiddenWeight(0, layer: 1, 1, u)
                drawLine(
                    w1, w2, log.hiddenBias(0, layer: 1, u), plot, on: image,
                    Self.colour(u).mixed(
                        with: ChartTheme.background, 0.55), thickness: 3, dashed: true)
            }
        }
        // Unlabelled units first, so that the labelled ones are drawn over them.
        for unit in facts.units.reversed() {
            let u = unit.number - 1
            let labelled = u < Self.labelledUnits
            let colour = labelled ? Self.colour(u) : ChartTheme.mutedInk.mixed(with: ChartTheme.background, 0.3)
            guard
                let ends = drawLine(
                    unit.w1, unit.w2, unit.b, plot, on: image, colour, thickness: labelled ? (many ? 3 : 5) : 2,
                    dashed: false)
            else { continue }
            guard labelled else { continue }
            try drawArrow(unit, ends, plot, on: image, colour)
        }
        plot.drawSamples(on: image) { _ in false }
        let legend = try Legend(
            entries, left: plot.plot.maxX + 56, top: plot.plot.minY, right: Double(image.width) - padding,
            typeface: typeface, onePerRow: true)
        try legend.draw(on: image, typeface: typeface)
        let inks =
            ChartTheme.frameInks + [BoundaryPlot.positiveColour, BoundaryPlot.negativeColour]
            + (0..<min(units, ChartTheme.palette.count)).flatMap {
                [Self.colour($0), Self.colour($0).mixed(with: ChartTheme.background, 0.55)]
            } + [ChartTheme.mutedInk.mixed(with: ChartTheme.background, 0.3)]
        return RenderedChart(
            kind: .units, title: "The hidden units' lines in the input plane", facts: ChartFacts(units: facts),
            cssWidth: BoundaryCharts.stillWidth, cssHeight: plot.height / ChartTheme.scale,
            smallestTextPixels: image.smallestTextCSSPixels(cssWidth: BoundaryCharts.stillWidth),
            bytes: try image.palettePNG(inks: inks, filterUp: false))
    }

    /// The plot (below the title and its note, left of the legend) and the legend's entries.
    func layout() throws(ChartError) -> (plot: BoundaryPlot, entries: [Legend.Entry]) {
        let width = BoundaryCharts.stillWidth * ChartTheme.scale
        let padding = ChartTheme.padding
        let titleBaseline = padding + ChartTheme.title.capHeight
        let units = log.hiddenLayout.layers[0].units
        let many = units > Self.labelledUnits
        var entries: [Legend.Entry] = [
            .init(swatch: .circle(BoundaryPlot.positiveColour), label: "label 1"),
            .init(swatch: .square(BoundaryPlot.negativeColour), label: "label 0"),
        ]
        for u in 0..<min(units, Self.labelledUnits) {
            entries.append(.init(swatch: .line(Self.colour(u), thickness: many ? 3 : 5), label: "unit \(u + 1)"))
        }
        if many {
            entries.append(.init(swatch: .line(ChartTheme.mutedInk, thickness: 2), label: "units 9–\(units), thin"))
        } else {
            entries.append(.init(swatch: .dashedLine(ChartTheme.mutedInk, thickness: 3), label: "initial line"))
        }
        entries.append(.init(swatch: .none, label: "arrow: side where a > ½"))
        let legendWidth = try Legend.width(of: entries, typeface: typeface)
        let top = titleBaseline + ChartTheme.note.lineHeight + 40
        let plot = try BoundaryPlot(
            log: log, typeface: typeface, zoom: 2, width: width,
            maximumHeight: BoundaryCharts.stillMaximumHeight * ChartTheme.scale, top: top,
            rightMargin: legendWidth + 56 + padding)
        return (plot, entries)
    }

    /// Draws the line of w₁, w₂, b clipped to the plot; its ends in pixels, nil when it has none in view.
    @discardableResult
    private func drawLine(
        _ w1: Double, _ w2: Double, _ b: Double, _ plot: BoundaryPlot, on image: GDImage, _ colour: RGB,
        thickness: Double, dashed: Bool
    ) -> (Point, Point)? {
        guard let segment = segment(w1, w2, b, plot) else { return nil }
        let (a, e) = (plot.pixel(segment.start), plot.pixel(segment.end))
        var layer = StrokeLayer(clip: plot.plot, image: image)
        if dashed {
            let (dx, dy) = (e.x - a.x, e.y - a.y)
            let length = (dx * dx + dy * dy).squareRoot()
            var start = 0.0
            while start < length {
                let end = min(start + 16, length)
                layer.stroke(
                    Point(a.x + dx * start / length, a.y + dy * start / length),
                    Point(a.x + dx * end / length, a.y + dy * end / length), thickness: thickness)
                start = end + 12
            }
        } else {
            layer.stroke(a, e, thickness: thickness)
        }
        layer.composite(onto: image, colour)
        return (a, e)
    }

    /// An arrow from the middle of the unit's line toward the side where a > ½, labelled with the
    /// unit's number. The plot is to scale, so (w₁, −w₂) in pixels is the normal pointing there.
    private func drawArrow(
        _ unit: UnitsFacts.Unit, _ ends: (Point, Point), _ plot: BoundaryPlot, on image: GDImage, _ colour: RGB
    ) throws(ChartError) {
        // Divided by the larger first, so that weights near the largest double do not overflow.
        let scale = max(abs(unit.w1), abs(unit.w2))
        let (nx, ny) = (unit.w1 / scale, -unit.w2 / scale)
        let norm = (nx * nx + ny * ny).squareRoot()
        guard norm > 0, norm.isFinite else { return }
        let (ux, uy) = (nx / norm, ny / norm)
        // Along the line at a place of its own for each unit, so that crossing lines keep their labels apart.
        let t = 0.3 + 0.4 * Double((unit.number - 1) % 4) / 3
        let start = Point(ends.0.x + (ends.1.x - ends.0.x) * t, ends.0.y + (ends.1.y - ends.0.y) * t)
        let tip = Point(start.x + ux * 56, start.y + uy * 56)
        var layer = StrokeLayer(clip: plot.plot, image: image)
        layer.stroke(start, Point(start.x + ux * 40, start.y + uy * 40), thickness: 5)
        layer.composite(onto: image, colour)
        let side = Point(-uy, ux)
        let head = [
            tip, Point(tip.x - ux * 20 + side.x * 12, tip.y - uy * 20 + side.y * 12),
            Point(tip.x - ux * 20 - side.x * 12, tip.y - uy * 20 - side.y * 12),
        ]
        if head.allSatisfy({ plot.plot.contains($0) }) { image.fillPolygon(head, colour) }
        let label = Point(tip.x + ux * 26, tip.y + uy * 26)
        guard plot.plot.contains(label) else { return }
        let style = TextStyle(size: ChartTheme.legend.size, bold: true, colour: colour)
        try image.drawText(
            "\(unit.number)", style, typeface, x: label.x, baseline: label.y + style.capHeight / 2, align: .center)
    }
}
