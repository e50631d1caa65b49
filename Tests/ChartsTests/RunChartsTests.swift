import CGD
import Testing
import Training

@testable import Charts

/// The charts of real runs, decoded back and read.
@Suite("RunCharts: every chart of a run, with its facts", .serialized)
struct RunChartsTests {
    static let and = Trainer.train(LogicGate.and.dataset, settings: .walkthrough)
    static let xor = Trainer.train(LogicGate.xor.dataset, settings: .walkthrough)

    /// A run whose parameters overflow in its first update (inputs near 1e300).
    static let diverged: TrainingLog = {
        let features: [[Double]] = [[0, 0, 1e300, 1e300], [0, 1e300, 0, 1e300]]
        let data = try? Dataset(name: "huge inputs", features: features, labels: [0, 1, 1, 0])
        var settings = TrainingSettings.walkthrough
        settings.learningRate = 1e10
        return Trainer.train(data ?? LogicGate.and.dataset, settings: settings)
    }()

    static func charts(_ log: TrainingLog) throws -> [String: RenderedChart] {
        Dictionary(uniqueKeysWithValues: try RunCharts.render(log).map { ($0.fileName, $0) })
    }

    @Test("the AND run gives every chart, in order, each decoding to twice its CSS size")
    func andCharts() throws {
        let charts = try RunCharts.render(Self.and)
        #expect(
            charts.map(\.fileName) == [
                "weights.png", "bias.png", "errors.png", "loss.png", "boundary.png", "boundary.gif",
                "network-initial.png", "network-final.png", "confidence.png", "landscape.png", "pull.png",
            ])
        for chart in charts {
            let image = chart.fileName.hasSuffix(".gif") ? try GDImage(gif: chart.bytes) : try GDImage(png: chart.bytes)
            let scale = chart.fileName.hasSuffix(".gif") ? 1 : 2
            #expect(
                image.width == chart.cssWidth * scale && image.height == chart.cssHeight * scale, "\(chart.fileName)")
            #expect(!chart.title.isEmpty)
        }
        let time = charts.prefix(4)
        #expect(time.allSatisfy { $0.cssWidth == 800 && $0.cssHeight == 450 })
    }

    @Test("the facts of the time charts are the run's: ends, extremes, sign changes, where they settle")
    func facts() throws {
        let charts = try Self.charts(Self.and)
        let bias = try #require(charts["bias.png"]?.facts.lines.first?.facts)
        #expect(bias.start == 1 && bias.end == -0.07499999999999982)
        #expect(bias.minimum == SeriesFacts.Extreme(value: -0.09999999999999981, iteration: 24))
        #expect(bias.signChanges == [15] && bias.lastChange == 25 && bias.lastIteration == 1000)
        let weights = try #require(charts["weights.png"]?.facts)
        #expect(weights.lines.map(\.name) == ["w1", "w2"] && weights.lineCount == 2)
        #expect(weights.lines[1].facts.signChanges == [9, 19])
        #expect(weights.lines[1].facts.minimum.iteration == 13)
        #expect(charts["loss.png"]?.facts.lines.map(\.name) == ["mean squared error", "binary cross-entropy"])
        #expect(charts["boundary.png"]?.facts.iterations == [0, 13, 19, 23, 1000])
        #expect(charts["boundary.gif"]?.facts.parameterChanges == 25)
    }

    @Test("a run that diverged says so, and every time chart marks where")
    func divergence() throws {
        let log = Self.diverged
        #expect(log.divergedAt == 1)
        let time = TimeCharts(log: log, facts: RunFacts(log))
        for chart in [time.weights(), time.bias(), time.errors(), time.loss()] {
            #expect(chart.markers.contains(ChartMarker(x: 1, label: "became non-finite at iteration 1", dashed: false)))
            let drawing = try LineChartRenderer(chart: chart, typeface: .standard).draw()
            let x = drawing.pixel(x: 1, y: 0).x
            let plot = drawing.panels[0].plot
            let dark = LineChartTests.count(
                ChartTheme.annotation, in: drawing.image, x: x - 1...x + 1, y: Int(plot.minY)...Int(plot.maxY))
            #expect(Double(dark) > plot.height, "\(chart.title)")
        }
    }

    @Test("convergence is marked on every time chart, in both panels")
    func convergence() throws {
        let time = TimeCharts(log: Self.and, facts: RunFacts(Self.and))
        #expect(time.zoomUpTo == 40)
        for chart in [time.weights(), time.bias(), time.errors(), time.loss()] {
            let drawing = try LineChartRenderer(chart: chart, typeface: .standard).draw()
            #expect(drawing.panels.count == 2)
            for panel in drawing.panels.indices {
                let x = drawing.pixel(x: 26, y: 0, panel: panel).x
                let plot = drawing.panels[panel].plot
                let dashes = LineChartTests.count(
                    ChartTheme.annotation, in: drawing.image, x: x - 1...x + 1, y: Int(plot.minY)...Int(plot.maxY))
                #expect(Double(dashes) > plot.height * 0.4, "\(chart.title), panel \(panel)")
            }
        }
    }

    @Test("the same log gives byte-identical charts")
    func deterministic() throws {
        let first = try RunCharts.render(Self.xor)
        let second = try RunCharts.render(Self.xor)
        #expect(first == second)
    }

    @Test("the boundary chart draws the final line where W·x + b = 0 and colours the samples")
    func boundaryPixels() throws {
        let (image, plot, iterations) = try BoundaryCharts(
            log: Self.and, facts: RunFacts(Self.and), typeface: .standard
        ).drawStill()
        #expect(iterations.first == 0 && iterations.last == 1000 && iterations.count <= 5)
        // W = [0.05, 0.05], b = −0.075: the line passes through (1, 0.5) and (0.5, 1).
        for point in [(1.0, 0.5), (0.5, 1.0)] {
            let p = plot.pixel(point)
            #expect(image.pixel(x: Int(p.x.rounded()), y: Int(p.y.rounded())) == RGB(0x000000))
        }
        let positive = plot.pixel((1, 1))
        #expect(image.pixel(x: Int(positive.x), y: Int(positive.y)) == BoundaryPlot.positiveColour)
        let negative = plot.pixel((0, 0))
        #expect(image.pixel(x: Int(negative.x), y: Int(negative.y)) == BoundaryPlot.negativeColour)
        let tinted = plot.pixel((1.35, 1.3))
        #expect(image.pixel(x: Int(tinted.x), y: Int(tinted.y)) == BoundaryPlot.positiveRegionColour)
        let plain = plot.pixel((-0.3, -0.2))
        #expect(image.pixel(x: Int(plain.x), y: Int(plain.y)) == ChartTheme.background)
    }

    @Test("the animation has one frame per change of the boundary, at most 120, and a shared palette")
    func animation() throws {
        let andChart = try #require(try Self.charts(Self.and)["boundary.gif"])
        let and = try #require(GIFStructure(andChart.bytes))
        #expect(and.delays.count == 26)  // iteration 0 and the 25 updates that changed W or b
        #expect(and.delays.first == 120 && and.delays.last == 300 && and.loops)
        #expect(and.palette.first == RGB(0xFFFFFF))
        let xorChart = try #require(try Self.charts(Self.xor)["boundary.gif"])
        let xor = try #require(GIFStructure(xorChart.bytes))
        #expect(xor.delays.count == 120)
        #expect(xorChart.facts.iterations.count == 120 && xorChart.facts.parameterChanges == 1000)
        let first = try GDImage(gif: xorChart.bytes)
        #expect(first.width == 480 && first.pixel(x: 2, y: 2) == RGB(0xFFFFFF))
    }

    @Test("without two features there is no boundary chart and no animation")
    func threeFeatures() throws {
        let data = try Dataset(
            name: "three inputs", features: [[0, 1, 0, 1], [0, 0, 1, 1], [1, 0, 1, 0]], labels: [0, 1, 1, 1])
        let log = Trainer.train(data, settings: .defaults(for: data))
        let names = try RunCharts.render(log).map(\.fileName)
        #expect(
            names == [
                "weights.png", "bias.png", "errors.png", "loss.png", "network-initial.png", "network-final.png",
                "confidence.png", "strip.png",
            ])
    }

    @Test("many features share one legend entry and the network lists the first and the last")
    func manyFeatures() throws {
        let n = 12
        let features = (0..<n).map { j in (0..<4).map { Double(($0 + j) % 2) } }
        let data = try Dataset(name: "wide", features: features, labels: [0, 1, 1, 0])
        let log = Trainer.train(data, settings: .defaults(for: data))
        let weights = TimeCharts(log: log, facts: RunFacts(log)).weights()
        #expect(weights.legendSummary == "w1 … w12, one line each")
        #expect(weights.series.allSatisfy { $0.thickness == ChartTheme.thinLineThickness })
        #expect(NetworkDiagram(log: log, final: true, typeface: .standard).shownInputs == [0, 1, 2, 3, 4, 5, nil, 11])
        #expect(try RunCharts.render(log).count == 8)
    }

    @Test("the network diagrams colour links by sign and size them by magnitude")
    func network() throws {
        let initial = try NetworkDiagram(log: Self.and, final: false, typeface: .standard).render()
        let final = try NetworkDiagram(log: Self.and, final: true, typeface: .standard).render()
        let all = 0...1599
        let rows = 0...839
        // Before training every parameter is positive; after it, b = −0.075 is drawn in vermillion.
        #expect(LineChartTests.count(NetworkDiagram.negativeColour, in: initial, x: all, y: rows) == 0)
        #expect(LineChartTests.count(NetworkDiagram.negativeColour, in: final, x: all, y: rows) > 500)
        // The weights shrink from 0.4, 0.2 and 1 to 0.05, 0.05 and 0.075: far less blue ink.
        let before = LineChartTests.count(NetworkDiagram.positiveColour, in: initial, x: all, y: rows)
        let after = LineChartTests.count(NetworkDiagram.positiveColour, in: final, x: all, y: rows)
        #expect(before > 3 * after && after > 500)
    }

    @Test("the favicon is a 64×64 neuron on a transparent background")
    func favicon() throws {
        let icon = try GDImage(png: try Favicon.png())
        #expect(icon.width == 64 && icon.height == 64)
        let corner = gdImageGetTrueColorPixel(icon.pointer, 0, 0)
        #expect((corner >> 24) & 0x7F == 127)
        let body = gdImageGetTrueColorPixel(icon.pointer, 12, 32)
        #expect((body >> 24) & 0x7F == 0 && icon.pixel(x: 12, y: 32) == ChartTheme.palette[0])
        #expect(try Favicon.png() == (try Favicon.png()))
    }
}
