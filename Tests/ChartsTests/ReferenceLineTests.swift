import Testing

@testable import Charts

/// The two additions to line charts the confidence chart needs: a dashed reference line at a y,
/// and legend entries shared by series of one name.
@Suite("Line charts: reference lines and grouped legends", .serialized)
struct ReferenceLineTests {
    static let blue = ChartTheme.palette[0]
    static let vermillion = ChartTheme.palette[1]

    @Test("a reference line is dashed across every panel at its y, and the y axis always shows it")
    func dashedAtItsY() throws {
        // The data stay between 0.7 and 0.9; the line at 0.5 widens the axis to show it.
        var chart = LineChartTests.chart([
            LineSeries(name: "s", values: (0...1000).map { 0.7 + 0.2 * Double($0 % 3) / 2 }, colour: Self.blue)
        ])
        chart.referenceLines = [ReferenceLine(y: 0.5, label: "threshold 0.5")]
        chart.zoomUpTo = 40
        let (image, drawing) = try LineChartTests.roundTrip(chart)
        #expect(drawing.panels.count == 2)
        for panel in drawing.panels.indices {
            let plot = drawing.panels[panel].plot
            let y = drawing.pixel(x: 0, y: 0.5).y
            #expect(Double(y) > plot.minY && Double(y) < plot.maxY)
            let dashes = LineChartTests.count(
                ChartTheme.annotation, in: image, x: Int(plot.minX) + 2...Int(plot.maxX), y: y - 1...y + 1)
            // Dashes of 10 with gaps of 8: a little over half the row is ink.
            #expect(Double(dashes) > plot.width * 0.45 && Double(dashes) < plot.width * 0.75 * 3, "panel \(panel)")
            // Well above and below it, no annotation ink in the plot.
            let above = LineChartTests.count(
                ChartTheme.annotation, in: image, x: Int(plot.minX) + 2...Int(plot.maxX), y: y - 12...y - 6)
            #expect(above == 0)
        }
    }

    @Test("series of one name share a legend entry, shown even for a single series")
    func groupedLegend() throws {
        func legendInk(_ names: [String], grouped: Bool) throws -> (blue: Int, vermillion: Int) {
            let colours = [Self.blue, Self.blue, Self.vermillion]
            var chart = LineChartTests.chart(
                zip(names, colours).enumerated().map { index, pair in
                    LineSeries(name: pair.0, values: [Double(index), Double(index) + 1], colour: pair.1)
                })
            chart.groupsLegendByName = grouped
            let (image, drawing) = try LineChartTests.roundTrip(chart)
            let band = 0...Int(drawing.panels[0].plot.minY) - 30
            return (
                LineChartTests.count(Self.blue, in: image, x: 0...1599, y: band),
                LineChartTests.count(Self.vermillion, in: image, x: 0...1599, y: band)
            )
        }
        let separate = try legendInk(["label 1", "label 1 again", "label 0"], grouped: false)
        let grouped = try legendInk(["label 1", "label 1", "label 0"], grouped: true)
        #expect(separate.blue > 0 && grouped.blue > 0)
        #expect(grouped.blue * 2 == separate.blue)
        #expect(grouped.vermillion == separate.vermillion)
        var single = LineChartTests.chart([LineSeries(name: "label 1", values: [0.2, 0.4], colour: Self.blue)])
        single.groupsLegendByName = true
        let (image, drawing) = try LineChartTests.roundTrip(single)
        let band = 0...Int(drawing.panels[0].plot.minY) - 30
        #expect(LineChartTests.count(Self.blue, in: image, x: 0...1599, y: band) > 50)
    }
}
