import Charts
import Testing
import Training

@testable import Site

/// The alt texts and data notes of real runs' charts, as the page says them.
@Suite("Chart texts: what each chart shows, in the run's numbers", .serialized)
struct ChartTextTests {
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

    static func texts(_ log: TrainingLog) throws -> [String: ChartText] {
        Dictionary(
            uniqueKeysWithValues: try RunCharts.render(log).map { ($0.fileName, ChartText(chart: $0, log: log)) })
    }

    @Test("alt texts state the run's numbers in words")
    func altTexts() throws {
        let texts = try Self.texts(Self.and)
        #expect(texts.values.allSatisfy { $0.altText.count > 60 && !$0.dataNote.isEmpty })
        let bias = texts["bias.png"]?.altText ?? ""
        #expect(
            bias.hasPrefix(
                "Bias falls from 1 to its minimum −0.1 at iteration 24 and rises to −0.075 by iteration 25 (changing "
                    + "sign at iteration 15), then stays flat to iteration 1,000."))
        let weights = texts["weights.png"]?.altText ?? ""
        #expect(weights.contains("w1 falls from 0.4 to its minimum 0.025 at iteration 20 and rises to 0.05"))
        #expect(
            weights.contains(
                "w2 falls from 0.2 to its minimum −0.125 at iteration 13 and rises to 0.05 by iteration 25 (changing "
                    + "sign at iterations 9 and 19)"))
        #expect(weights.contains("from iteration 26 on"))
        #expect(texts["errors.png"]?.altText.contains("3 at iteration 1, 0 from iteration 26") == true)
        #expect(texts["boundary.png"]?.altText.contains("after iterations 0, 13, 19, 23 and 1,000") == true)
        #expect(texts["boundary.png"]?.altText.contains("classifies all 4 samples correctly") == true)
        #expect(texts["network-final.png"]?.altText.contains("w1 = 0.05 and w2 = 0.05, with bias b = −0.075") == true)
        #expect(
            texts["weights.png"]?.dataNote
                == "columns w1 and w2 of data/history.csv; iteration 0 is the initial W of the settings")
        #expect(texts["boundary.gif"]?.altText.contains("each of the 25 iterations that changed W or b") == true)
        let xor = try Self.texts(Self.xor)
        #expect(xor["boundary.gif"]?.altText.contains("119 of the 1,000 iterations that changed W or b") == true)
    }

    @Test("no alt text ever says nan or inf, even for a run that diverged", arguments: [0, 1, 2])
    func noNaNInProse(_ which: Int) throws {
        let log = [Self.and, Self.xor, Self.diverged][which]
        for text in try Self.texts(log).values {
            let words = text.altText.lowercased().split { !$0.isLetter }
            #expect(!words.contains("nan") && !words.contains("inf") && !words.contains("infinity"), "\(text.altText)")
        }
    }

    @Test("a run that diverged says where, in every time chart and the network")
    func divergence() throws {
        let texts = try Self.texts(Self.diverged)
        for name in ["weights.png", "bias.png", "errors.png", "loss.png"] {
            #expect(texts[name]?.altText.contains("became non-finite at iteration 1") == true, "\(name)")
        }
        let network = texts["network-final.png"]?.altText ?? ""
        #expect(network.contains("when training stopped, after 1 iteration:"))
        #expect(network.contains("through w1 and w2, which became non-finite at iteration 1, with bias b = −5e9"))
    }

    @Test("many weights are described by their range")
    func manyWeights() throws {
        let n = 12
        let features = (0..<n).map { j in (0..<4).map { Double(($0 + j) % 2) } }
        let data = try Dataset(name: "wide", features: features, labels: [0, 1, 1, 0])
        let log = Trainer.train(data, settings: .defaults(for: data))
        let weights = try #require(try Self.texts(log)["weights.png"])
        #expect(weights.altText.hasPrefix("All 12 weights over iterations 0–1,000: the weights stay between "))
        #expect(weights.dataNote.hasPrefix("columns w1 … w12 of data/history.csv"))
    }
}
