import CGD
import Testing
import Training

@testable import Charts

/// The charts of a network with hidden layers: the layered diagram, units.png and region.gif,
/// decoded back and read, at the edges of what the settings allow.
@Suite("Hidden charts: diagram, units, region animation", .serialized)
struct HiddenChartsTests {
    static let xor = HiddenRun.drawn(LogicGate.xor.dataset, hidden: [2])
    static let new: [RunChart] = [.networkInitial, .networkFinal, .regionAnimation, .units]

    @Test("XOR 2-2-1 lists every hidden chart in order, each decoding at its size, the same bytes twice")
    func xorCharts() throws {
        let charts = try RunCharts.render(Self.xor)
        let names = charts.map(\.fileName)
        #expect(
            names == [
                "weights.png", "bias.png", "errors.png", "loss.png", "network-initial.png", "network-final.png",
                "confidence.png", "gradients.png", "layer-weights.png", "region.png", "region.gif", "units.png",
            ])
        let again = try RunCharts.render(Self.xor)
        for (chart, second) in zip(charts, again) where Self.new.contains(chart.kind) {
            let gif = chart.mediaType == "image/gif"
            let image = gif ? try GDImage(gif: chart.bytes) : try GDImage(png: chart.bytes)
            let scale = gif ? 1 : 2
            #expect(image.width == chart.cssWidth * scale && image.height == chart.cssHeight * scale, "\(chart.kind)")
            #expect(chart.smallestTextPixels >= 11, "\(chart.kind)")
            #expect(chart.bytes == second.bytes, "\(chart.kind)")
        }
    }

    @Test("units.png: each unit's final line, the samples on its side above ½, and a unit without a line")
    func unitsFacts() throws {
        let chart = try #require(try HiddenRun.chart(.units, HiddenRun.gates))
        let facts = try #require(chart.facts.units)
        #expect(facts.units.map(\.number) == [1, 2, 3] && facts.deeperLayers.isEmpty)
        // XOR's samples (0,0), (1,0), (0,1), (1,1): x1 + x2 ≥ 1.5 only for (1,1); ≥ 0.5 for all but (0,0).
        #expect(facts.units[0].above == [3] && facts.units[1].above == [1, 2, 3])
        #expect(facts.units[0].hasLine && facts.units[0].inView && facts.units[1].inView)
        #expect(!facts.units[2].hasLine && !facts.units[2].inView && facts.units[2].above == [0, 1, 2, 3])
        #expect(facts.labelled == 3 && facts.units.allSatisfy(\.initialDrawn))
        // The AND unit's line crosses (1, 0.5): the pixel there is the unit's colour.
        let image = try GDImage(png: chart.bytes)
        let plot = try UnitsChart(log: HiddenRun.gates, typeface: .standard).layout().plot
        let point = plot.pixel((1, 0.5))
        #expect(image.pixel(x: Int(point.x), y: Int(point.y)) == UnitsChart.colour(0))
    }

    @Test("region.gif: a frame per chosen iteration, decodable, at most 40, 0 first and the last change last")
    func regionAnimation() throws {
        let chart = try #require(try HiddenRun.chart(.regionAnimation, Self.xor))
        let iterations = chart.facts.iterations
        #expect(iterations.count == RegionAnimation.maximumFrames && iterations.first == 0)
        #expect(iterations.last == RunFacts(Self.xor).lastParameterChange)
        #expect(chart.facts.parameterChanges == Self.xor.count)
        let frames = try #require(GIFFrames(chart.bytes))
        #expect(frames.pictures.count == iterations.count)
        #expect(chart.cssWidth == BoundaryCharts.animationWidth && chart.smallestTextPixels >= 11)
        // With α = 0 nothing changes: one frame, iteration 0.
        let still = try #require(try HiddenRun.chart(.regionAnimation, HiddenRun.gates))
        #expect(still.facts.iterations == [0] && still.facts.parameterChanges == 0)
    }

    @Test("the layered diagram's facts: the strongest weight, sign changes, the scale")
    func diagramFacts() throws {
        let initial = try #require(try HiddenRun.chart(.networkInitial, HiddenRun.gates)?.facts.network)
        #expect(initial.sizes == [2, 3, 1] && initial.summaries.isEmpty)
        #expect(initial.strongest == .init(layer: 2, from: 1, to: 0, value: 3))
        #expect(initial.scale == 3 && initial.parameterCount == 13 && initial.zeroWeights == 2)
        #expect(initial.signChanges == 0 && initial.comparedWeights == 0 && initial.nonFinite == 0)
        let final = try #require(try HiddenRun.chart(.networkFinal, Self.xor)?.facts.network)
        var changed = 0, compared = 0
        for (l, layer) in Self.xor.settings.hiddenLayers.enumerated() {
            for j in 0..<layer.inputCount {
                for u in 0..<layer.unitCount {
                    let (a, b) = (layer.weights[j][u], Self.xor.hiddenWeight(Self.xor.count, layer: l + 1, j, u))
                    compared += 1
                    if (a > 0) != (b > 0) { changed += 1 }
                }
            }
        }
        for j in 0..<Self.xor.weightCount {
            compared += 1
            if (Self.xor.weight(0, j) > 0) != (Self.xor.weight(Self.xor.count, j) > 0) { changed += 1 }
        }
        #expect(final.signChanges == changed && final.comparedWeights == compared)
        // The strongest is at least as large as every output weight, and is one of the run's weights.
        let strongest = try #require(final.strongest)
        #expect(Self.xor.weights(after: Self.xor.count).allSatisfy { abs($0) <= abs(strongest.value) })
        #expect(
            strongest.value
                == LayeredDiagram(log: Self.xor, final: true, typeface: .standard).weight(
                    Self.xor.count, strongest.layer, strongest.from, strongest.to))
    }

    /// Runs at the edges: diverged, all weights 0, 4 layers of 64, 3 features.
    static let extremes: [(String, TrainingLog)] = [
        ("diverged", HiddenRun.diverged),
        (
            "all zero",
            HiddenRun.given(
                LogicGate.and.dataset,
                [
                    LayerParameters(weights: [[0, 0, 0], [0, 0, 0]], biases: [0, 0, 0]),
                    LayerParameters(weights: [[0], [0], [0]], biases: [0]),
                ], iterations: 20, learningRate: 1)
        ),
        ("4 × 64", HiddenRun.drawn(LogicGate.xor.dataset, hidden: [64, 64, 64, 64], iterations: 5)),
        ("α = 1e300", HiddenRun.drawn(LogicGate.xor.dataset, hidden: [2], iterations: 50, learningRate: 1e300)),
    ]

    @Test("extreme runs draw every new chart legibly, the same twice", arguments: 0..<4)
    func extremes(_ index: Int) throws {
        let (name, log) = Self.extremes[index]
        for kind in Self.new {
            let chart = try #require(try HiddenRun.chart(kind, log), "\(name) \(kind)")
            let again = try #require(try HiddenRun.chart(kind, log))
            #expect(chart.bytes == again.bytes, "\(name) \(kind)")
            #expect(chart.smallestTextPixels >= 11, "\(name) \(kind)")
            let gif = chart.mediaType == "image/gif"
            _ = gif ? try GDImage(gif: chart.bytes) : try GDImage(png: chart.bytes)
        }
    }

    @Test("extremes: what each says of itself")
    func extremeFacts() throws {
        let diverged = HiddenRun.diverged
        #expect(diverged.divergedAt == 1)
        let units = try #require(try HiddenRun.chart(.units, diverged)?.facts.units)
        #expect(units.units.allSatisfy { !$0.hasLine })
        let gif = try #require(try HiddenRun.chart(.regionAnimation, diverged))
        #expect(gif.facts.iterations == [0])
        let network = try #require(try HiddenRun.chart(.networkFinal, diverged)?.facts.network)
        #expect(network.nonFinite > 0)
        let big = Self.extremes[2].1
        let summary = try #require(try HiddenRun.chart(.networkFinal, big)?.facts.network)
        #expect(summary.summaries.map(\.layer) == [1, 2, 3, 4] && summary.summaries.allSatisfy { $0.drawn == 8 })
        #expect(summary.parameterCount == 2 * 64 + 64 + 3 * (64 * 64 + 64) + 64 + 1)
        let bigUnits = try #require(try HiddenRun.chart(.units, big)?.facts.units)
        #expect(bigUnits.units.count == 64 && bigUnits.labelled == 8 && bigUnits.deeperLayers == [64, 64, 64])
    }

    @Test("three features: no units.png and no region.gif; the diagram is drawn")
    func threeFeatures() throws {
        let data = try Dataset(
            name: "three", features: [[0, 1, 0, 1], [0, 0, 1, 1], [1, 0, 0, 1]], labels: [0, 1, 1, 0])
        let log = HiddenRun.drawn(data, hidden: [4, 3], iterations: 30)
        #expect(try HiddenRun.chart(.units, log) == nil && HiddenRun.chart(.regionAnimation, log) == nil)
        #expect(try HiddenRun.chart(.networkFinal, log)?.facts.network?.sizes == [3, 4, 3, 1])
        // And a single neuron gets none of the hidden charts but its own diagram.
        let single = Trainer.train(LogicGate.and.dataset, settings: .walkthrough)
        #expect(try HiddenRun.chart(.units, single) == nil && HiddenRun.chart(.regionAnimation, single) == nil)
        #expect(try HiddenRun.chart(.networkFinal, single)?.facts.network == nil)
    }
}
