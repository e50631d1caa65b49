/// One image of small multiples: a panel per run, each run's line on the band of all runs, on
/// axes shared by every panel (tick labels on the left column and under the bottom panels only).
struct SmallMultiples {
    /// One panel: its label and its run's series.
    struct Panel {
        let label: String
        let series: TracedSeries
    }

    let title: String
    let quantity: ComparedQuantity
    let panels: [Panel]
    /// The band of all runs, behind every panel's line.
    let band: TraceBand
    /// How many runs the band spans.
    let runCount: Int
    let lastX: Int
    /// The smallest and largest finite value of all runs: every panel has the same y axis.
    let minimum: Double?, maximum: Double?
    let typeface: Typeface

    /// Panels side by side.
    static let columns = 4
    /// Rows of panels in one image.
    static let rows = 6
    /// The display width in CSS pixels.
    static let cssWidth = 800
    /// A panel's plot height in drawn pixels.
    static let plotHeight = 170.0

    /// The display height in CSS pixels for `count` panels.
    static func cssHeight(panels count: Int) -> Int {
        let rows = max(1, (count + columns - 1) / columns)
        return Pixel.index(layoutHeight(rows: rows) / Double(ChartTheme.scale), .up)
    }

    private static var labelRow: Double { ChartTheme.tickLabel.lineHeight + 8 }
    private static var rowHeight: Double { labelRow + plotHeight + 22 }
    private static var headerHeight: Double {
        ChartTheme.padding + ChartTheme.title.capHeight + ChartTheme.title.descent + 18 + ChartTheme.legend.lineHeight
            + 24
    }
    private static var footerHeight: Double {
        ChartTheme.tickLength + 4 + ChartTheme.tickLabel.lineHeight + 14 + ChartTheme.axisTitle.capHeight
            + ChartTheme.axisTitle.descent + ChartTheme.padding
    }
    private static func layoutHeight(rows: Int) -> Double {
        headerHeight + Double(rows) * rowHeight + footerHeight
    }

    func render() throws(ChartError) -> GDImage {
        let width = Self.cssWidth * ChartTheme.scale
        let height = Self.cssHeight(panels: panels.count) * ChartTheme.scale
        let image = try GDImage(width: width, height: height, background: ChartTheme.background)
        let padding = ChartTheme.padding
        let titleBaseline = padding + ChartTheme.title.capHeight
        try image.drawText(title, ChartTheme.title, typeface, x: padding, baseline: titleBaseline)
        var legendEntries: [Legend.Entry] = [
            .init(swatch: .area(ComparisonPalette.band), label: "lowest to highest of all \(runCount) runs"),
            .init(
                swatch: .line(ComparisonPalette.highlight, thickness: ChartTheme.lineThickness),
                label: "the run named above the panel"),
        ]
        let scaleChart = TraceChart(
            title: title, yTitle: quantity.yTitle, lines: [], legend: [], quantity: quantity, lastX: lastX,
            minimum: minimum, maximum: maximum)
        let yScale = TraceChartRenderer.yScale(scaleChart, plotHeight: Self.plotHeight)
        if let offset = yScale.offsetLabel {
            legendEntries.append(.init(swatch: .none, label: "values relative to \(offset)"))
        }
        let legend = try Legend(
            legendEntries, left: padding, top: titleBaseline + ChartTheme.title.descent + 18,
            right: Double(width) - padding, typeface: typeface)
        try legend.draw(on: image, typeface: typeface)

        var labelWidth = 0.0
        for tick in yScale.ticks {
            labelWidth = max(labelWidth, try GDImage.textWidth(tick.label, ChartTheme.tickLabel, typeface))
        }
        let gridLeft = padding + ChartTheme.axisTitle.lineHeight + 14 + labelWidth + 10 + ChartTheme.tickLength
        let gridRight = Double(width) - padding - 8
        let gap = 36.0
        let panelWidth = (gridRight - gridLeft - gap * Double(Self.columns - 1)) / Double(Self.columns)
        let gridTop = max(Self.headerHeight, legend.height + titleBaseline + ChartTheme.title.descent + 18 + 24)
        let xTitleBaseline = Double(height) - padding - ChartTheme.axisTitle.descent

        let tickStyle = ChartTheme.tickLabel
        for (index, panel) in panels.enumerated() {
            let (row, column) = (index / Self.columns, index % Self.columns)
            let left = gridLeft + Double(column) * (panelWidth + gap)
            let labelBaseline = gridTop + Double(row) * Self.rowHeight + tickStyle.capHeight
            let plot = Rect(
                minX: left, minY: labelBaseline + tickStyle.descent + 8, maxX: left + panelWidth,
                maxY: labelBaseline + tickStyle.descent + 8 + Self.plotHeight)
            let xPanel = try ChartPanel(plot: plot, firstX: 0, lastX: max(lastX, 1), xTitle: "", typeface: typeface)
            let data = plot.inset(by: ChartTheme.plotInset)
            let yMap = AxisMap(lower: yScale.lower, upper: yScale.upper, start: data.maxY, end: data.minY)
            let frame = PlotFrame(
                plot: plot, xScale: xPanel.xScale, xMap: xPanel.xMap, yScale: yScale, yMap: yMap, typeface: typeface)
            let painter = TracePainter(
                image: image, clip: plot.inset(by: 2), xMap: xPanel.xMap, yMap: yMap, steps: quantity.steps)
            frame.drawGrid(on: image)
            band.fill(with: painter, colour: ComparisonPalette.band)
            frame.drawAxes(on: image)
            let marks = painter.draw(
                panel.series, colour: ComparisonPalette.highlight, thickness: Double(ChartTheme.lineThickness))
            NonFiniteMark.draw(on: image, at: marks.map { Point($0, plot.minY + NonFiniteMark.radius + 4) })
            try image.drawText(
                try fitted(panel.label, width: panelWidth), tickStyle, typeface, x: left, baseline: labelBaseline)
            if column == 0 {
                for tick in yScale.ticks {
                    try image.drawText(
                        tick.label, tickStyle, typeface, x: plot.minX - ChartTheme.tickLength - 8,
                        baseline: yMap.pixel(fraction: tick.fraction).rounded() + tickStyle.capHeight / 2, align: .right
                    )
                }
            }
            // The bottom panel of each column labels the iterations.
            if index + Self.columns >= panels.count {
                for tick in xPanel.xScale.ticks {
                    try image.drawText(
                        tick.label, tickStyle, typeface, x: xPanel.xMap.pixel(fraction: tick.fraction).rounded(),
                        baseline: plot.maxY + ChartTheme.tickLength + 6 + tickStyle.capHeight, align: .center)
                }
            }
        }
        try image.drawText(
            "iteration", ChartTheme.axisTitle, typeface, x: (gridLeft + gridRight) / 2, baseline: xTitleBaseline,
            align: .center)
        try image.drawVerticalText(
            quantity.yTitle, ChartTheme.axisTitle, typeface, baselineX: padding + ChartTheme.axisTitle.capHeight,
            centerY: (gridTop + xTitleBaseline) / 2)
        return image
    }

    /// `label`, cut in the middle with "…" to fit `width` drawn pixels: a run's name keeps its
    /// start and its end, where grid names differ.
    private func fitted(_ label: String, width: Double) throws(ChartError) -> String {
        var text = label
        var measured = try GDImage.textWidth(text, ChartTheme.tickLabel, typeface)
        var attempts = 0
        while measured > width, text.count > 4, attempts < 6 {
            let keep = max(2, Int(Double(text.count) * width / measured) - 1)
            text = String(label.prefix(keep / 2)) + "…" + String(label.suffix(keep - keep / 2))
            measured = try GDImage.textWidth(text, ChartTheme.tickLabel, typeface)
            attempts += 1
        }
        return text
    }
}
