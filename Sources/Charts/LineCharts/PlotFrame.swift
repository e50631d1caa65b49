/// The frame around a plot: grid lines, axes with tick marks, tick labels and axis titles.
struct PlotFrame {
    /// The plot area; the axes run along its left and bottom edges.
    let plot: Rect
    /// Ticks of the x axis.
    let xScale: NiceScale
    /// Where x values are drawn.
    let xMap: AxisMap
    /// Ticks of the y axis.
    let yScale: NiceScale
    /// Where y values are drawn.
    let yMap: AxisMap
    /// The font.
    let typeface: Typeface
    /// Whether this frame labels the y ticks (the first panel does; the others share its labels).
    var labelsY = true
    /// Drawn pixels per CSS pixel; the theme's sizes are for 2.
    var zoom = 2.0

    private var thickness: Int { max(1, Int((Double(ChartTheme.axisThickness) * zoom / 2).rounded())) }
    private var tickLength: Double { ChartTheme.tickLength * zoom / 2 }
    private var tickStyle: TextStyle { ChartTheme.tickLabel.scaled(zoom / 2) }

    private func x(_ tick: Tick) -> Double { xMap.pixel(fraction: tick.fraction).rounded() }
    private func y(_ tick: Tick) -> Double { yMap.pixel(fraction: tick.fraction).rounded() }

    /// Light grid lines at every tick, behind everything else.
    func drawGrid(on image: GDImage) {
        for tick in yScale.ticks {
            image.line(Point(plot.minX, y(tick)), Point(plot.maxX, y(tick)), ChartTheme.grid, thickness: thickness)
        }
        for tick in xScale.ticks {
            image.line(Point(x(tick), plot.minY), Point(x(tick), plot.maxY), ChartTheme.grid, thickness: thickness)
        }
    }

    /// The left and bottom axis lines with tick marks pointing outwards.
    func drawAxes(on image: GDImage) {
        let length = tickLength
        image.line(Point(plot.minX, plot.minY), Point(plot.minX, plot.maxY), ChartTheme.axis, thickness: thickness)
        image.line(Point(plot.minX, plot.maxY), Point(plot.maxX, plot.maxY), ChartTheme.axis, thickness: thickness)
        for tick in yScale.ticks {
            image.line(
                Point(plot.minX - length, y(tick)), Point(plot.minX, y(tick)), ChartTheme.axis, thickness: thickness)
        }
        for tick in xScale.ticks {
            image.line(
                Point(x(tick), plot.maxY), Point(x(tick), plot.maxY + length), ChartTheme.axis, thickness: thickness)
        }
    }

    /// Tick labels: right-aligned left of the y axis, centred below the x axis; and the note
    /// "relative to …" when an axis labels its ticks relative to a value.
    func drawLabels(on image: GDImage) throws(ChartError) {
        let style = tickStyle
        for tick in yScale.ticks where labelsY {
            try image.drawText(
                tick.label, style, typeface, x: plot.minX - tickLength - 4 * zoom,
                baseline: y(tick) + style.capHeight / 2, align: .right)
        }
        let xBaseline = plot.maxY + tickLength + 3 * zoom + style.capHeight
        for tick in xScale.ticks {
            try image.drawText(tick.label, style, typeface, x: x(tick), baseline: xBaseline, align: .center)
        }
        if let offset = yScale.offsetLabel, labelsY {
            try image.drawText(
                "values relative to \(offset)", ChartTheme.note.scaled(zoom / 2), typeface, x: plot.minX,
                baseline: plot.minY - 5 * zoom)
        }
        if let offset = xScale.offsetLabel {
            try image.drawText(
                "relative to \(offset)", ChartTheme.note.scaled(zoom / 2), typeface, x: plot.maxX, baseline: xBaseline,
                align: .right)
        }
    }

    /// The x title centred under the plot.
    func drawXTitle(on image: GDImage, _ title: String, baseline: Double) throws(ChartError) {
        try image.drawText(title, ChartTheme.axisTitle, typeface, x: plot.center.x, baseline: baseline, align: .center)
    }
}
