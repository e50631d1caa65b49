import Formats
import Foundation
import Training

// The drawing of strip.png: title and legend, then a panel per pass, each with a strip per label.
extension StripChart {
    /// The height of one strip, in drawn pixels.
    static let stripHeight = 120.0

    /// Both panels, stacked.
    func draw(_ panels: [Panel]) throws(ChartError) -> GDImage {
        let width = Self.cssWidth * ChartTheme.scale
        let padding = ChartTheme.padding
        let titleBaseline = padding + ChartTheme.title.capHeight
        let legend = try Legend(
            legendEntries(panels), left: padding, top: titleBaseline + ChartTheme.title.descent + 18,
            right: Double(width) - padding, typeface: typeface)
        let labelWidth = max(
            try GDImage.textWidth("label 1", ChartTheme.tickLabel, typeface),
            try GDImage.textWidth("label 0", ChartTheme.tickLabel, typeface))
        let left = padding + labelWidth + 10 + ChartTheme.tickLength
        let right = Double(width) - padding - 24
        // Per panel: heading, the threshold's label, the strips, ticks, the x title.
        let panelHeight =
            ChartTheme.axisTitle.lineHeight + ChartTheme.note.lineHeight + 12 + 2 * Self.stripHeight
            + ChartTheme.tickLength + 6 + ChartTheme.tickLabel.lineHeight + 10 + ChartTheme.axisTitle.lineHeight + 24
        var top = titleBaseline + ChartTheme.title.descent + 18 + legend.height + 24
        let height = Int(((top + 2 * panelHeight + padding) / 2).rounded(.up)) * 2
        let image = try GDImage(width: width, height: height, background: ChartTheme.background)
        try image.drawText(
            "z of every sample, before and after training", ChartTheme.title, typeface, x: padding,
            baseline: titleBaseline)
        try legend.draw(on: image, typeface: typeface)
        for panel in panels {
            try drawPanel(panel, on: image, left: left, right: right, top: top)
            top += panelHeight
        }
        return image
    }

    /// "Before training (W and b of the settings): 3 of 8 misclassified".
    func heading(_ panel: Panel) -> String {
        let m = log.dataset.sampleCount
        let wrong = m - panel.pass.correctCount(log.dataset.labels)
        let when: String
        if panel.iteration == 0 {
            when = "Before training (the initial W and b)"
        } else if let diverged = log.divergedAt {
            when = "When training stopped (W or b non-finite after iteration \(Display.count(diverged)))"
        } else {
            when = "After training (W and b after iteration \(Display.count(panel.iteration)))"
        }
        return "\(when): \(Display.count(wrong)) of \(Display.count(m)) misclassified"
    }

    /// One panel: strips for label 1 (top) and label 0, the samples at their z, the threshold.
    func drawPanel(_ panel: Panel, on image: GDImage, left: Double, right: Double, top: Double) throws(ChartError) {
        let headingBaseline = top + ChartTheme.axisTitle.capHeight
        try image.drawText(heading(panel), ChartTheme.axisTitle, typeface, x: left, baseline: headingBaseline)
        let plotTop = (headingBaseline + ChartTheme.axisTitle.descent + ChartTheme.note.lineHeight + 12).rounded()
        let plot = Rect(minX: left, minY: plotTop, maxX: right, maxY: plotTop + 2 * Self.stripHeight)
        let level = BoundaryLine.level(threshold: log.settings.threshold)
        let drawn = Array(BoundaryPlot.drawnSampleIndices(of: log.dataset.sampleCount))
        let finite = drawn.map { panel.pass.z[$0] }.filter(\.isFinite)
        let scale = NiceScale(
            lower: min(finite.min() ?? level, level), upper: max(finite.max() ?? level, level), maximumTicks: 8,
            loose: false)
        let data = plot.inset(by: ChartTheme.plotInset)
        let xMap = AxisMap(lower: scale.lower, upper: scale.upper, start: data.minX, end: data.maxX)
        let rows = NiceScale(lower: 0, upper: 1, maximumTicks: 2, integer: true, loose: false)
        let yMap = AxisMap(lower: -0.5, upper: 1.5, start: plot.maxY, end: plot.minY)
        // The strips' labels stand in for y ticks; a light line divides them.
        let frame = PlotFrame(
            plot: plot, xScale: scale, xMap: xMap, yScale: rows, yMap: yMap, typeface: typeface, labelsY: false)
        image.line(
            Point(plot.minX, plot.center.y.rounded()), Point(plot.maxX, plot.center.y.rounded()), ChartTheme.grid,
            thickness: 2)
        frame.drawAxes(on: image)
        try frame.drawLabels(on: image)
        for (label, row) in [("label 1", 1.0), ("label 0", 0.0)] {
            try image.drawText(
                label, ChartTheme.tickLabel, typeface, x: plot.minX - ChartTheme.tickLength - 8,
                baseline: yMap.pixel(row) + ChartTheme.tickLabel.capHeight / 2, align: .right)
        }
        // The threshold's z, dashed, labelled above the strips.
        let x = xMap.pixel(level).rounded()
        image.dashedLine(
            Point(x, plot.minY), Point(x, plot.maxY), ChartTheme.annotation, thickness: 2, dash: 10, gap: 8)
        let note = thresholdLabel(level)
        let noteWidth = try GDImage.textWidth(note, ChartTheme.note, typeface)
        let fitsRight = x + 8 + noteWidth <= plot.maxX
        try image.drawText(
            note, ChartTheme.note, typeface, x: fitsRight ? x + 8 : x - 8, baseline: plot.minY - 8,
            align: fitsRight ? .left : .right)
        drawSamples(panel, drawn, on: image, plot: plot, xMap: xMap, yMap: yMap)
        try image.drawText(
            "z = Wᵀ·x + b", ChartTheme.axisTitle, typeface, x: plot.center.x,
            baseline: plot.maxY + ChartTheme.tickLength + 6 + ChartTheme.tickLabel.lineHeight + 10
                + ChartTheme.axisTitle.capHeight, align: .center)
    }

    /// "threshold: z = 0 (s = 0.5)", "threshold: z = ln(T/(1−T)) = 0.847 (s = 0.7)".
    func thresholdLabel(_ level: Double) -> String {
        let t = Display.compact(log.settings.threshold)
        return level == 0
            ? "threshold: z = 0 (s = \(t))" : "threshold: z = ln(T/(1−T)) = \(Display.compact(level)) (s = \(t))"
    }

    /// Circles for label 1, squares for label 0, at their z with a fixed jitter; rings for the
    /// misclassified; a non-finite z marked at the edge (−∞ left, +∞ and NaN right).
    func drawSamples(
        _ panel: Panel, _ drawn: [Int], on image: GDImage, plot: Rect, xMap: AxisMap, yMap: AxisMap
    ) {
        var circles = StrokeLayer(clip: plot, image: image)
        var rings = StrokeLayer(clip: plot, image: image)
        var squares: [Point] = []
        var marks: [Point] = []
        let labels = log.dataset.labels
        let spread = Self.stripHeight * 0.32
        // Many samples: smaller marks, thinner rings, so that the crowd keeps its shape.
        let many = drawn.count > 200
        let diameter = many ? 12.0 : 20, half = many ? 5.0 : 7
        let ring = many ? (radius: 10.0, width: 2.0) : (radius: 17.0, width: 3.5)
        let edge = (left: plot.minX + NonFiniteMark.radius + 4, right: plot.maxX - NonFiniteMark.radius - 4)
        for i in drawn {
            let z = panel.pass.z[i]
            let row = labels[i] == 1 ? 1.0 : 0.0
            let y = (yMap.pixel(row) + Self.jitter(i) * spread).rounded()
            guard z.isFinite else {
                marks.append(Point(z == -.infinity ? edge.left : edge.right, y))
                continue
            }
            let center = Point(xMap.pixel(z), y)
            if row == 1 {
                circles.stroke(center, center, thickness: diameter)
            } else {
                squares.append(center)
            }
            if Double(panel.pass.predictions[i]) != labels[i] {
                rings.polyline(Legend.ring(center, radius: ring.radius), thickness: ring.width)
            }
        }
        circles.composite(onto: image, BoundaryPlot.positiveColour)
        for center in squares where plot.contains(center) {
            image.fillRectangle(
                x0: Pixel.index(center.x - half), y0: Pixel.index(center.y - half), x1: Pixel.index(center.x + half),
                y1: Pixel.index(center.y + half), BoundaryPlot.negativeColour)
        }
        rings.composite(onto: image, ChartTheme.ink)
        NonFiniteMark.draw(on: image, at: marks)
    }

    /// The legend: the labels' marks, the ring, the threshold, and what is left out.
    func legendEntries(_ panels: [Panel]) -> [Legend.Entry] {
        var entries: [Legend.Entry] = [
            .init(swatch: .circle(BoundaryPlot.positiveColour), label: "label 1"),
            .init(swatch: .square(BoundaryPlot.negativeColour), label: "label 0"),
            .init(swatch: .ring(ChartTheme.ink), label: "misclassified"),
            .init(swatch: .dashedMarker, label: "threshold"),
        ]
        let drawn = Array(BoundaryPlot.drawnSampleIndices(of: log.dataset.sampleCount))
        if panels.contains(where: { panel in drawn.contains { !panel.pass.z[$0].isFinite } }) {
            entries.append(.init(swatch: .nonFiniteMark, label: "z not finite, at the edge"))
        }
        let m = log.dataset.sampleCount
        if drawn.count < m {
            entries.append(
                .init(swatch: .none, label: "\(Display.count(drawn.count)) of \(Display.count(m)) samples shown"))
        }
        return entries
    }
}
