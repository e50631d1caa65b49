import Formats

/// Draws a `LineChart`: title, legend, grid, axes with nice ticks, markers and the series,
/// each series reduced per pixel column first (`ColumnReducer`).
///
/// When the chart asks for a zoom, the plot is split in two panels sharing the y axis: the
/// whole run on the left and its first iterations, enlarged, on the right.
struct LineChartRenderer {
    /// What to draw.
    let chart: LineChart
    /// The font.
    let typeface: Typeface
    /// The scans of the series, when the caller has made them already (`RunChart`): their range
    /// and runs of equal values spare the drawing two readings of every series.
    var scans: [SeriesScan]?

    init(chart: LineChart, typeface: Typeface, scans: [SeriesScan]? = nil) {
        self.chart = chart
        self.typeface = typeface
        self.scans = scans
    }

    /// The chart as a truecolor image of cssWidth×cssHeight × `ChartTheme.scale` pixels.
    ///
    /// - Complexity: O(total number of values) to scan and reduce, O(width) to draw.
    func render() throws(ChartError) -> GDImage {
        try draw().image
    }

    /// The chart and where its panels and values were drawn.
    func draw() throws(ChartError) -> LineChartDrawing {
        let width = chart.cssWidth * ChartTheme.scale
        let height = chart.cssHeight * ChartTheme.scale
        let image = try GDImage(width: width, height: height, background: ChartTheme.background)
        let range = scans.map { DataRange($0) } ?? DataRange(chart.series)
        let padding = ChartTheme.padding

        let layout = try ChartLayout(width: width, height: height, legend: legendEntries(range), typeface: typeface)
        let yScale = self.yScale(range, plotHeight: layout.plotBottom - layout.plotTop)
        let whole = try layout.plot(for: yScale, typeface: typeface)
        let panels = try self.panels(in: whole, range: range)
        let data = whole.inset(by: ChartTheme.plotInset)
        let yMap = AxisMap(lower: yScale.lower, upper: yScale.upper, start: data.maxY, end: data.minY)

        var frames: [PlotFrame] = []
        for (index, panel) in panels.enumerated() {
            let frame = PlotFrame(
                plot: panel.plot, xScale: panel.xScale, xMap: panel.xMap, yScale: yScale, yMap: yMap,
                typeface: typeface, labelsY: index == 0)
            frame.drawGrid(on: image)
            drawMarkerLines(on: image, panel: panel)
            drawReferenceLines(on: image, panel: panel, yMap: yMap)
            frame.drawAxes(on: image)
            drawSeries(on: image, panel: panel, yMap: yMap)
            frames.append(frame)
        }
        for (frame, panel) in zip(frames, panels) {
            try frame.drawLabels(on: image)
            try frame.drawXTitle(on: image, panel.xTitle, baseline: layout.xTitleBaseline)
            try drawMarkerLabels(on: image, panel: panel)
        }
        try image.drawVerticalText(
            chart.yTitle, ChartTheme.axisTitle, typeface, baselineX: padding + ChartTheme.axisTitle.capHeight,
            centerY: whole.center.y)
        try image.drawText(chart.title, ChartTheme.title, typeface, x: padding, baseline: layout.titleBaseline)
        try layout.legend.draw(on: image, typeface: typeface)
        if range.minimum == nil && range.longest > 0 {
            try image.drawText(
                "No finite values to plot", ChartTheme.note, typeface, x: whole.center.x, baseline: whole.center.y,
                align: .center)
        }
        return LineChartDrawing(image: image, panels: panels, yMap: yMap)
    }

    /// The y scale for the data, with as many ticks as fit the height.
    private func yScale(_ range: DataRange, plotHeight: Double) -> NiceScale {
        let room = (plotHeight - 2 * ChartTheme.plotInset) / (ChartTheme.tickLabel.lineHeight * 2.2)
        var (low, high) = (range.minimum ?? 0, range.maximum ?? 1)
        if chart.includesZeroY { (low, high) = (min(low, 0), max(high, 0)) }
        for line in chart.referenceLines where line.y.isFinite { (low, high) = (min(low, line.y), max(high, line.y)) }
        return NiceScale(
            lower: low, upper: high, maximumTicks: Int(room) + 1, integer: chart.integerY, loose: true,
            nonNegative: chart.nonNegativeY)
    }

    /// One panel over the whole x range, or two when the chart zooms into its beginning.
    private func panels(in whole: Rect, range: DataRange) throws(ChartError) -> [ChartPanel] {
        // An axis of iterations starts at 0 even when the data starts at 1.
        let first = min(chart.firstX, 0)
        let last = chart.firstX + max(range.longest - 1, 0)
        guard let zoom = chart.zoomUpTo, zoom > first, zoom < last else {
            return [try ChartPanel(plot: whole, firstX: first, lastX: last, xTitle: chart.xTitle, typeface: typeface)]
        }
        let gap = 72.0
        let split = whole.minX + (whole.width - gap) * 0.6
        var left = whole
        left.maxX = split
        var right = whole
        right.minX = split + gap
        let allTitle = "\(chart.xTitle) (all \(Display.count(last)))"
        let zoomTitle = "\(chart.xTitle) \(first)–\(Display.count(zoom)), enlarged"
        return [
            try ChartPanel(plot: left, firstX: first, lastX: last, xTitle: allTitle, typeface: typeface),
            try ChartPanel(plot: right, firstX: first, lastX: zoom, xTitle: zoomTitle, typeface: typeface),
        ]
    }

    private func drawSeries(on image: GDImage, panel: ChartPanel, yMap: AxisMap) {
        var marks: Set<Int> = []
        let grid = ColumnGrid(firstX: chart.firstX, map: panel.xMap)
        let painter = SeriesPainter(
            image: image, clip: panel.plot.inset(by: 2), grid: grid, yMap: yMap, steps: chart.steps)
        let shown = chart.series.map { panel.indices(count: $0.values.count, seriesFirstX: chart.firstX) }
        let points = ColumnReducer.reduce(
            chart.series.map(\.values), ranges: shown, runs: scans?.map(\.runs) ?? [], on: grid)
        for (line, reduced) in zip(chart.series, points) {
            painter.draw(reduced, of: line, nonFiniteColumns: &marks)
        }
        let y = panel.plot.minY + NonFiniteMark.radius + 6
        NonFiniteMark.draw(on: image, at: marks.sorted().map { Point(Double($0), y) })
    }

    private func legendEntries(_ range: DataRange) -> [Legend.Entry] {
        var entries: [Legend.Entry] = []
        if chart.groupsLegendByName {
            var named: Set<String> = []
            for line in chart.series where named.insert(line.name).inserted {
                entries.append(.init(swatch: .line(line.colour, thickness: line.thickness), label: line.name))
            }
        } else if let summary = chart.legendSummary, let first = chart.series.first {
            entries.append(.init(swatch: .line(first.colour, thickness: first.thickness), label: summary))
        } else if chart.series.count > 1 || range.hasNonFinite {
            entries += chart.series.map { .init(swatch: .line($0.colour, thickness: $0.thickness), label: $0.name) }
        }
        entries += chart.referenceLines.map {
            .init(swatch: .dashedLine(ChartTheme.annotation, thickness: ChartTheme.axisThickness), label: $0.label)
        }
        if range.hasNonFinite { entries.append(.init(swatch: .nonFiniteMark, label: "value not finite (NaN or ±∞)")) }
        return entries
    }

    private func drawMarkerLines(on image: GDImage, panel: ChartPanel) {
        for marker in chart.markers where panel.shows(marker.x) {
            let x = panel.xMap.pixel(Double(marker.x)).rounded()
            let (top, bottom) = (Point(x, panel.plot.minY), Point(x, panel.plot.maxY))
            if marker.dashed {
                image.dashedLine(top, bottom, ChartTheme.annotation, thickness: 2, dash: 10, gap: 8)
            } else {
                image.line(top, bottom, ChartTheme.annotation, thickness: 3)
            }
        }
    }

    private func drawReferenceLines(on image: GDImage, panel: ChartPanel, yMap: AxisMap) {
        for line in chart.referenceLines where line.y.isFinite {
            let y = yMap.pixel(line.y).rounded()
            image.dashedLine(
                Point(panel.plot.minX, y), Point(panel.plot.maxX, y), ChartTheme.annotation,
                thickness: ChartTheme.axisThickness, dash: 10, gap: 8)
        }
    }

    private func drawMarkerLabels(on image: GDImage, panel: ChartPanel) throws(ChartError) {
        let style = ChartTheme.note
        for marker in chart.markers where panel.shows(marker.x) {
            let x = panel.xMap.pixel(Double(marker.x)).rounded()
            let width = try GDImage.textWidth(marker.label, style, typeface)
            let fitsRight = x + 8 + width <= panel.plot.maxX
            try image.drawText(
                marker.label, style, typeface, x: fitsRight ? x + 8 : x - 8,
                baseline: panel.plot.minY - style.descent - 4, align: fitsRight ? .left : .right)
        }
    }
}
