import Testing

@testable import Charts

/// Line charts decoded back through libgd (gdImageCreateFromPngPtr) and checked pixel by pixel.
@Suite("Line charts: where the data says, and nowhere else", .serialized)
struct LineChartTests {
    static let blue = ChartTheme.palette[0]
    static let vermillion = ChartTheme.palette[1]

    /// Draws `chart`, encodes it as PNG and decodes it again, returning the decoded image and the geometry.
    static func roundTrip(_ chart: LineChart) throws -> (GDImage, LineChartDrawing) {
        let drawing = try LineChartRenderer(chart: chart, typeface: .standard).draw()
        let decoded = try GDImage(png: try drawing.image.png())
        return (decoded, drawing)
    }

    /// How many pixels of `colour` lie in the given rectangle.
    static func count(_ colour: RGB, in image: GDImage, x: ClosedRange<Int>, y: ClosedRange<Int>) -> Int {
        var n = 0
        for py in y.clamped(to: 0...(image.height - 1)) {
            for px in x.clamped(to: 0...(image.width - 1)) where image.pixel(x: px, y: py) == colour { n += 1 }
        }
        return n
    }

    static func chart(_ series: [LineSeries], firstX: Int = 0, markers: [ChartMarker] = []) -> LineChart {
        LineChart(
            title: "Test chart", xTitle: "iteration", yTitle: "value", series: series, firstX: firstX, markers: markers)
    }

    @Test("a 2× image whose line passes through its data and whose background stays white")
    func lineWhereTheDataSays() throws {
        let values = (0...100).map { Double($0) / 100 }
        let (image, drawing) = try Self.roundTrip(
            Self.chart([LineSeries(name: "ramp", values: values, colour: Self.blue)]))
        #expect(image.width == 1600 && image.height == 900)
        for x in [0, 17, 50, 83, 100] {
            let pixel = drawing.pixel(x: x, y: values[x])
            #expect(image.pixel(x: pixel.x, y: pixel.y) == Self.blue, "x = \(x)")
            // Well above and below the line, the plot is background (or a light grid line).
            for dy in [-60, 60] {
                let other = image.pixel(x: pixel.x + 3, y: pixel.y + dy)
                #expect(other == ChartTheme.background || other == ChartTheme.grid, "x = \(x), dy = \(dy)")
            }
        }
        // Nothing blue outside the plot area but the legend-free chart's line.
        let plot = drawing.panels[0].plot
        #expect(Self.count(Self.blue, in: image, x: 0...Int(plot.minX) - 3, y: 0...899) == 0)
        #expect(Self.count(Self.blue, in: image, x: 0...1599, y: Int(plot.maxY) + 3...899) == 0)
    }

    @Test("the line is at least 2 px wide and drawn above the axes' inset, never on them")
    func lineWidthAndInset() throws {
        let values = [Double](repeating: 3, count: 50)
        let (image, drawing) = try Self.roundTrip(
            Self.chart([LineSeries(name: "flat", values: values, colour: Self.blue)]))
        let pixel = drawing.pixel(x: 25, y: 3)
        let thick = (-4...4).count { image.pixel(x: pixel.x, y: pixel.y + $0) == Self.blue }
        #expect(thick >= 4)
        // The flat value sits inside the widened y range, away from the frame.
        let plot = drawing.panels[0].plot
        #expect(Double(pixel.y) > plot.minY + 40 && Double(pixel.y) < plot.maxY - 40)
        let first = drawing.pixel(x: 0, y: 3)
        #expect(Double(first.x) >= plot.minX + ChartTheme.plotInset - 1)
    }

    @Test("a one-point spike in ten million points is drawn")
    func spikeInTenMillion() throws {
        var values = [Double](repeating: 0, count: 10_000_000)
        values[6_000_001] = 1
        let (image, drawing) = try Self.roundTrip(
            Self.chart([LineSeries(name: "spiky", values: values, colour: Self.blue)]))
        let top = drawing.pixel(x: 6_000_001, y: 1)
        #expect(Self.count(Self.blue, in: image, x: top.x - 3...top.x + 3, y: top.y...top.y + 2) > 0)
        let middle = drawing.pixel(x: 6_000_001, y: 0.5)
        #expect(Self.count(Self.blue, in: image, x: middle.x - 3...middle.x + 3, y: middle.y...middle.y) > 0)
    }

    @Test("NaN and ±∞ break the line and are marked, never crash")
    func nonFinite() throws {
        var values = (0..<200).map { Double($0 % 7) }
        values[50] = .nan
        values[120] = .infinity
        values[121] = -.infinity
        let (image, drawing) = try Self.roundTrip(
            Self.chart([LineSeries(name: "broken", values: values, colour: Self.blue)]))
        let plot = drawing.panels[0].plot
        let markY = Int(plot.minY + NonFiniteMark.radius + 6)
        for x in [50, 120] {
            let column = drawing.pixel(x: x, y: 0).x
            #expect(
                Self.count(ChartTheme.annotation, in: image, x: column - 3...column + 3, y: markY - 3...markY + 3) > 0)
            // No line through the gap: at the broken column the series' colour is absent between the neighbours.
            let low = drawing.pixel(x: x, y: 6).y
            let high = drawing.pixel(x: x, y: 0).y
            #expect(Self.count(Self.blue, in: image, x: column...column, y: low + 8...high - 8) == 0)
        }
        // The legend explains the mark.
        #expect(Self.count(ChartTheme.annotation, in: image, x: 0...1599, y: 60...120) > 20)
    }

    @Test("all non-finite, single point, empty and flat series are drawn sensibly", arguments: 0..<5)
    func degenerate(_ index: Int) throws {
        let cases: [[Double]] = [[.nan, .nan, .infinity], [0.25], [], [-0.075, -0.075], [.nan, 2, .nan]]
        let values = cases[index]
        let (image, drawing) = try Self.roundTrip(
            Self.chart([LineSeries(name: "odd", values: values, colour: Self.blue)]))
        #expect(image.width == 1600)
        if let lone = values.firstIndex(where: \.isFinite) {
            let pixel = drawing.pixel(x: lone, y: values[lone])
            #expect(image.pixel(x: pixel.x, y: pixel.y) == Self.blue)
        } else {
            #expect(Self.count(Self.blue, in: image, x: 200...1599, y: 150...799) == 0)
        }
    }

    @Test("a marker is a labelled vertical line at its x")
    func marker() throws {
        let values = (0...1000).map { 1 / Double($0 + 1) }
        let chart = Self.chart(
            [LineSeries(name: "loss", values: values, colour: Self.blue)],
            markers: [ChartMarker(x: 600, label: "converged at iteration 600", dashed: false)])
        let (image, drawing) = try Self.roundTrip(chart)
        let x = drawing.pixel(x: 600, y: 0).x
        let plot = drawing.panels[0].plot
        let onLine = Self.count(ChartTheme.annotation, in: image, x: x...x, y: Int(plot.minY)...Int(plot.maxY))
        #expect(Double(onLine) > plot.height * 0.9)
        // Its label sits above the plot, right of the line.
        #expect(
            Self.count(
                ChartTheme.annotation, in: image, x: x + 4...x + 300, y: Int(plot.minY) - 40...Int(plot.minY) - 2) > 30)
    }

    @Test("the zoom panel shows the first iterations enlarged, beside the whole run")
    func zoom() throws {
        var chart = Self.chart([
            LineSeries(name: "w", values: (0...1000).map { $0 < 20 ? Double($0) : 20 }, colour: Self.blue)
        ])
        chart.zoomUpTo = 30
        let (image, drawing) = try Self.roundTrip(chart)
        #expect(drawing.panels.count == 2)
        #expect(drawing.panels[0].plot.maxX < drawing.panels[1].plot.minX)
        let early = drawing.pixel(x: 10, y: 10, panel: 1)
        #expect(image.pixel(x: early.x, y: early.y) == Self.blue)
        let late = drawing.pixel(x: 900, y: 20, panel: 0)
        #expect(image.pixel(x: late.x, y: late.y) == Self.blue)
    }

    @Test("the same chart gives the same bytes, also when drawn in parallel")
    func deterministic() async throws {
        let chart = Self.chart([
            LineSeries(name: "a", values: ColumnReducerTests.walk(50_000), colour: Self.blue),
            LineSeries(name: "b", values: ColumnReducerTests.walk(50_000, seed: 3), colour: Self.vermillion),
        ])
        let reference = try LineChartRenderer(chart: chart, typeface: .standard).render().png()
        let copies = try await withThrowingTaskGroup(of: [UInt8].self) { group in
            for _ in 0..<4 { group.addTask { try LineChartRenderer(chart: chart, typeface: .standard).render().png() } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(copies.allSatisfy { $0 == reference })
    }

    @Test("charts larger than the limit are refused with an error, not drawn")
    func tooLarge() {
        var chart = Self.chart([LineSeries(name: "a", values: [1, 2], colour: Self.blue)])
        chart.cssWidth = 5000
        #expect(throws: ChartError.imageTooLarge(width: 10_000, height: 900)) {
            try LineChartRenderer(chart: chart, typeface: .standard).render()
        }
    }

    @Test("with the bitmap fallback font the chart is still drawn, with text")
    func builtinFont() throws {
        let chart = Self.chart([LineSeries(name: "a", values: [1, 2, 3], colour: Self.blue)])
        let image = try LineChartRenderer(chart: chart, typeface: .builtin).render()
        #expect(Self.count(ChartTheme.ink, in: image, x: 0...800, y: 0...80) > 100)
    }
}
