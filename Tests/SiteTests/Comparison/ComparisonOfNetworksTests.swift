import Charts
import Formats
import Foundation
import Testing
import Training

@testable import Site

/// A comparison of runs with hidden layers, alone or beside the single neuron: the pages name the
/// networks, never show a network's output layer as W and b, and draw W and b only for the runs
/// that have them.
@Suite(.serialized) struct ComparisonOfNetworksTests {
    /// A run on XOR: the single neuron (`hidden` empty) or a network drawn from `seed`.
    static func run(_ name: String, hidden: [Int], seed: UInt64 = 1) -> ComparedRun {
        let dataset = LogicGate.xor.dataset
        var settings = TrainingSettings.defaults(for: dataset)
        var shown = SiteMaker.settings(of: Trainer.train(dataset, settings: settings), label: "xor")
        if !hidden.isEmpty {
            let layers = InitialParameters.drawn(hidden: hidden, features: 2, seed: seed)
            settings.hiddenLayers = Array(layers.dropLast())
            settings.initialWeights = layers[layers.count - 1].weights.map { $0[0] }
            settings.initialBias = layers[layers.count - 1].biases[0]
            settings.rule = .logistic
            settings.learningRate = 1
            settings.iterations = 2_000
            shown.removeAll { $0.key == "weights" || $0.key == "bias" }
            shown.insert(
                RunSetting(
                    key: "hidden", name: "Hidden layers", text: hidden.map { "\($0) units" }.joined(separator: ", "),
                    json: .numbers(hidden.map(Double.init))), at: 1)
            shown.insert(RunSetting(key: "seed", name: "Seed", text: String(seed), json: .integer(Int(seed))), at: 2)
        }
        let log = Trainer.train(dataset, settings: settings)
        return ComparedRun(
            name: name, title: "Run \(name)", settings: shown, log: log, trace: RunTrace(log, bucket: 1))
    }

    static let mixed = [run("neuron", hidden: []), run("net", hidden: [2]), run("wide", hidden: [3], seed: 2)]

    @Test func theIntroNamesEveryShapeAndTheTableNeverCallsAnOutputLayerW() throws {
        let site = try ComparisonMaker.site(try ComparisonMaker.input(Self.mixed, charts: true))
        let index = site.text("index.html")
        #expect(index.contains("3 runs of networks of 3 shapes (2-1, 2-2-1 and 2-3-1, inputs to output)"))
        #expect(!index.contains("of one sigmoid neuron without a hidden layer"))
        #expect(index.contains("2-2-1 network: every layer in its report"))
        #expect(attributeValues("href", in: index).contains("runs/net/index.html"))
        // The neuron's W is its own; the networks' output layers are not shown as W.
        let neuron = Self.mixed[0].summary
        #expect(index.contains(Display.row(neuron.finalWeights) + "ᵀ"))
        for run in Self.mixed.dropFirst() {
            #expect(!index.contains(Display.row(run.summary.finalWeights) + "ᵀ"), "\(run.name)")
        }
        // The network's settings sit in columns of their own; the neuron has none there.
        #expect(index.contains(">Hidden layers<") && index.contains(">Seed<"))
    }

    @Test func runsCSVHasNoWOrBForANetwork() throws {
        let site = try ComparisonMaker.site(try ComparisonMaker.input(Self.mixed))
        let lines = site.text("data/runs.csv").split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false)
        }
        let header = try #require(lines.first).map(String.init)
        let w1 = try #require(header.firstIndex(of: "w1")), b = try #require(header.firstIndex(of: "b"))
        #expect(header.contains("hidden") && header.contains("seed"))
        let rows = Dictionary(uniqueKeysWithValues: lines.dropFirst().map { (String($0[0]), $0) })
        #expect(
            try #require(rows["neuron"])[w1] == Substring(ShortestNumber.text(Self.mixed[0].summary.finalWeights[0])))
        for name in ["net", "wide"] {
            let row = try #require(rows[name])
            #expect(row[w1].isEmpty && row[b].isEmpty, "\(name)")
            #expect(row[try #require(header.firstIndex(of: "hidden"))] == (name == "net" ? "2" : "3"))
        }
    }

    @Test func weightAndBiasChartsDrawOnlyTheSingleNeuronAndSaySo() throws {
        let charts = try ComparisonCharts.render(
            Self.mixed.map(\.trace), names: Self.mixed.map(\.name), highlight: nil, bucket: 1)
        #expect(
            charts.map(\.fileName) == [
                "compare-loss.png", "compare-errors.png", "compare-w1.png", "compare-w2.png", "compare-bias.png",
            ])
        let bias = try #require(charts.first { $0.quantity == .bias })
        #expect(bias.title == "Bias b of 1 of the 3 runs")
        let text = ComparisonChartText(chart: bias, runs: Self.mixed, best: nil)
        #expect(text.altText.contains("Not drawn: net and wide, with hidden layers"))
        let loss = try #require(charts.first { $0.quantity == .loss })
        #expect(!ComparisonChartText(chart: loss, runs: Self.mixed, best: nil).altText.contains("Not drawn"))
    }

    @Test func networksAloneHaveNoWOrBColumnsOrCharts() throws {
        let networks = Array(Self.mixed.dropFirst())
        let site = try ComparisonMaker.site(try ComparisonMaker.input(networks, charts: true))
        let index = site.text("index.html")
        #expect(index.contains("2 runs of networks of 2 shapes (2-2-1 and 2-3-1, inputs to output)"))
        #expect(!index.contains("Final W"))
        #expect(index.contains("each run&#39;s report lists every layer&#39;s weights and biases"))
        #expect(
            Set(site.order.filter { $0.hasPrefix("images/") }) == [
                "images/compare-loss.png", "images/compare-errors.png",
            ])
        let same = [Self.run("a", hidden: [2]), Self.run("b", hidden: [2], seed: 3)]
        let text = ComparisonText(runs: same)
        #expect(text.network == "a 2-2-1 network (a hidden layer of sigmoid units)")
        #expect(text.variedKeys == ["seed"])
    }
}
