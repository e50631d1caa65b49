/// Draws a `TraceChart` in the run charts' style: title, legend, grid, axes with nice ticks, the
/// band, then each line.
struct TraceChartRenderer {
    let chart: TraceChart
    let typeface: Typeface

    /// The chart as an image of cssWidth×cssHeight × `ChartTheme.scale` pixels.
    ///
    /// - Complexity: O(points of all lines) to draw.
    func render() throws(ChartError) -> GDImage {
        let width = chart.cssWidth * ChartTheme.scale
        let height = chart.cssHeight * ChartTheme.scale
        let image = try GDImage(width: width, height: height, background: ChartTheme.background)
        let padding = ChartTheme.padding
        let layout = try ChartLayout(width: width, height: height, legend: chart.legend, typeface: typeface)
        let yScale = Self.yScale(chart, plotHeight: layout.plotBottom - layout.plotTop)
        let whole = try layout.plot(for: yScale, typeface: typeface)
        let panel = try ChartPanel(
            plot: whole, firstX: 0, lastX: max(chart.lastX, 1), xTitle: chart.xTitle, typeface: typeface)
        let data = whole.inset(by: ChartTheme.plotInset)
        let yMap = AxisMap(lower: yScale.lower, upper: yScale.upper, start: data.maxY, end: data.minY)
        let frame = PlotFrame(
            plot: whole, xScale: panel.xScale, xMap: panel.xMap, yScale: yScale, yMap: yMap, typeface: typeface)
        let painter = TracePainter(
            image: image, clip: whole.inset(by: 2), xMap: panel.xMap, yMap: yMap, steps: chart.quantity.steps)

        frame.drawGrid(on: image)
        chart.band?.fill(with: painter, colour: ComparisonPalette.band)
        frame.drawAxes(on: image)
        var marks: Set<Int> = []
        for line in chart.lines {
            for x in painter.draw(line.series, colour: line.colour, thickness: line.thickness) {
                marks.insert(Pixel.index(x))
            }
        }
        NonFiniteMark.draw(
            on: image, at: marks.sorted().map { Point(Double($0), whole.minY + NonFiniteMark.radius + 6) })
        try frame.drawLabels(on: image)
        try frame.drawXTitle(on: image, panel.xTitle, baseline: layout.xTitleBaseline)
        try image.drawVerticalText(
            chart.yTitle, ChartTheme.axisTitle, typeface, baselineX: padding + ChartTheme.axisTitle.capHeight,
            centerY: whole.center.y)
        try image.drawText(chart.title, ChartTheme.title, typeface, x: padding, baseline: layout.titleBaseline)
        try layout.legend.draw(on: image, typeface: typeface)
        if chart.minimum == nil {
            try image.drawText(
                "No finite values to plot", ChartTheme.note, typeface, x: whole.center.x, baseline: whole.center.y,
                align: .center)
        }
        return image
    }

    /// The y scale for the chart's values, with as many ticks as fit `plotHeight`.
    static func yScale(_ chart: TraceChart, plotHeight: Double) -> NiceScale {
        let room = (plotHeight - 2 * ChartTheme.plotInset) / (ChartTheme.tickLabel.lineHeight * 2.2)
        var (low, high) = (chart.minimum ?? 0, chart.maximum ?? 1)
        if chart.quantity.nonNegativeY { (low, high) = (min(low, 0), max(high, 0)) }
        return NiceScale(
            lower: low, upper: high, maximumTicks: max(2, Pixel.index(room, .down) + 1),
            integer: chart.quantity.integerY,
            loose: true, nonNegative: chart.quantity.nonNegativeY)
    }
}
