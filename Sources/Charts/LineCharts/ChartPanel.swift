/// One plot area of a line chart and the x range it shows: the whole run, or an enlarged
/// view of its first iterations beside it.
struct ChartPanel {
    /// The plot area; the axes run along its left and bottom edges.
    let plot: Rect
    /// The first x shown.
    let firstX: Int
    /// The last x shown.
    let lastX: Int
    /// The x ticks.
    let xScale: NiceScale
    /// Where x values are drawn.
    let xMap: AxisMap
    /// The x axis title under this panel.
    let xTitle: String

    /// The indices of a series of `count` values (value i at x = seriesFirstX + i) that this
    /// panel shows.
    func indices(count: Int, seriesFirstX: Int) -> Range<Int> {
        let start = min(max(firstX - seriesFirstX, 0), count)
        let end = min(max(lastX - seriesFirstX + 1, start), count)
        return start..<end
    }

    /// Whether `x` lies in this panel's range.
    func shows(_ x: Int) -> Bool { x >= firstX && x <= lastX }

    /// The panel over [firstX, lastX] in `plot`, with as many x ticks as fit without their
    /// labels touching.
    init(plot: Rect, firstX: Int, lastX: Int, xTitle: String, typeface: Typeface) throws(ChartError) {
        self.plot = plot
        self.firstX = firstX
        self.lastX = lastX
        self.xTitle = xTitle
        let data = plot.inset(by: ChartTheme.plotInset)
        let length = data.width
        var room = max(2, min(11, Int(length / 70)))
        var scale: NiceScale
        while true {
            scale = NiceScale(
                lower: Double(firstX), upper: Double(lastX), maximumTicks: room, integer: true, loose: false)
            var widths: [Double] = []
            for tick in scale.ticks { widths.append(try GDImage.textWidth(tick.label, ChartTheme.tickLabel, typeface)) }
            let ticks = scale.ticks
            let fits = ticks.indices.dropFirst().allSatisfy { i in
                (ticks[i].fraction - ticks[i - 1].fraction) * length >= (widths[i - 1] + widths[i]) / 2 + 28
            }
            if fits || room <= 2 { break }
            room -= 1
        }
        xScale = scale
        xMap = AxisMap(lower: scale.lower, upper: scale.upper, start: data.minX, end: data.maxX)
    }
}
