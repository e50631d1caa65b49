/// Where the parts of a chart over iterations go (the run's line charts and the comparison's
/// trace charts alike): the title at the top, the legend under it, then a band for marker
/// labels, the plot, and under the plot its tick labels and the x axis title; left of the plot
/// the y axis title and the y tick labels, whose width sets the plot's left edge.
struct ChartLayout {
    /// The image's size in drawn pixels.
    let width: Int, height: Int
    let titleBaseline: Double
    let legend: Legend
    let plotTop: Double, plotBottom: Double
    let xTitleBaseline: Double

    init(width: Int, height: Int, legend entries: [Legend.Entry], typeface: Typeface) throws(ChartError) {
        self.width = width
        self.height = height
        let padding = ChartTheme.padding
        titleBaseline = padding + ChartTheme.title.capHeight
        var top = titleBaseline + ChartTheme.title.descent + 18
        legend = try Legend(entries, left: padding, top: top, right: Double(width) - padding, typeface: typeface)
        if legend.height > 0 { top += legend.height + 14 }
        plotTop = top + ChartTheme.note.lineHeight + 6
        xTitleBaseline = Double(height) - padding - ChartTheme.axisTitle.descent
        plotBottom =
            xTitleBaseline - ChartTheme.axisTitle.capHeight - 14 - ChartTheme.tickLabel.lineHeight
            - ChartTheme.tickLength - 4
    }

    /// The plot's rectangle once the y tick labels of `yScale` are measured.
    func plot(for yScale: NiceScale, typeface: Typeface) throws(ChartError) -> Rect {
        var labelWidth = 0.0
        for tick in yScale.ticks {
            labelWidth = max(labelWidth, try GDImage.textWidth(tick.label, ChartTheme.tickLabel, typeface))
        }
        let padding = ChartTheme.padding
        let left = padding + ChartTheme.axisTitle.lineHeight + 14 + labelWidth + 10 + ChartTheme.tickLength
        return Rect(minX: left, minY: plotTop, maxX: Double(width) - padding - 24, maxY: plotBottom)
    }
}
