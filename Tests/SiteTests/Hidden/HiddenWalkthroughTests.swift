import Charts
import Formats
import Foundation
import Testing
import Training

@testable import Site

/// The site of a network with hidden layers: every section is there, its numbers are the run's,
/// and no sentence of the single neuron's page appears.
@Suite struct HiddenWalkthroughTests {
    static func input(
        _ dataset: Dataset, hidden: [Int], seed: UInt64 = 1, iterations: Int = 5_000,
        rule: UpdateRule = .logistic, learningRate: Double = 1
    ) -> SiteInput {
        var settings = TrainingSettings.defaults(for: dataset)
        let layers = InitialParameters.drawn(hidden: hidden, features: dataset.featureCount, seed: seed)
        settings.hiddenLayers = Array(layers.dropLast())
        settings.initialWeights = layers[layers.count - 1].weights.map { $0[0] }
        settings.initialBias = layers[layers.count - 1].biases[0]
        settings.iterations = iterations
        settings.rule = rule
        settings.learningRate = learningRate
        let log = Trainer.train(dataset, settings: settings)
        var other = settings
        other.rule = rule.other
        return SiteInput(
            log: log, otherRule: Trainer.summary(dataset, settings: other), title: "Hidden run", datasetLabel: "data",
            charts: [], favicon: [0x89, 0x50, 0x4E, 0x47], baseURL: nil,
            settings: [RunSetting(key: "seed", name: "Seed", text: String(seed), json: nil)])
    }

    /// The page's text without tags, entities decoded for the few the escaper writes.
    static func text(_ html: String) -> String {
        var text = html.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
        for (entity, character) in [("&#39;", "'"), ("&quot;", "\""), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text.replacingOccurrences(of: "\\s+", with: " ", options: .regularExpression)
    }

    /// Phrases true only of the single neuron.
    static let singleNeuronPhrases = [
        "no hidden layer", "One artificial neuron", "cannot learn XOR", "The code beside the maths",
        "Check your understanding", "W = [w",
    ]

    @Test func xorTwoTwoOneExplainsEveryLayerWithTheRunsNumbers() throws {
        let input = Self.input(LogicGate.xor.dataset, hidden: [2])
        let site = try SiteMaker.site(input)
        let page = Self.text(site.text("index.html"))
        for section in HiddenWalkthroughSection.allCases where section != .history {
            #expect(page.contains("\(section.number). \(section.title)"), "\(section)")
        }
        for phrase in Self.singleNeuronPhrases { #expect(!page.contains(phrase), "\(phrase)") }
        let log = input.log
        #expect(page.contains("Every prediction right from iteration 501 on."))
        // The initial values, the first hidden activation, the output of sample 1 and the gradients.
        #expect(page.contains(Display.short(log.settings.hiddenLayers[0].weights[0][0])))
        #expect(page.contains("= \(Display.short(log.activation(1, layer: 1, 0, 0)))"))
        #expect(page.contains("σ(\(Display.short(log.z(1, 0)))) = \(Display.short(log.s(1, 0)))"))
        #expect(page.contains("dW⁽²⁾₁₁ = (1/4)·(") && page.contains(") = \(Display.short(log.dW(1, 0)))"))
        #expect(page.contains(") = \(Display.short(log.hiddenDW(1, layer: 1, 0, 0)))"))
        let html = site.text("index.html")
        #expect(html.contains(#"aria-label="δ⁽²⁾ = s − y""#))
        #expect(html.contains(#"aria-label="δ⁽¹⁾ = (W⁽²⁾·δ⁽²⁾) ⊙ σ′(Z⁽¹⁾)"#))
        #expect(html.contains(#"aria-label="Z⁽¹⁾ = W⁽¹⁾ᵀ·A⁽⁰⁾ + b⁽¹⁾,  A⁽¹⁾ = σ(Z⁽¹⁾)""#))
        #expect(page.contains("2×4 = (2×1)·(1×4)"))
        #expect(page.contains("No single neuron can classify XOR"))
        #expect(page.contains("on these inputs it computes OR") && page.contains("on these inputs it computes AND"))
    }

    @Test func theChainRulesTermsAreIterationOnesDeltas() throws {
        let input = Self.input(LogicGate.xor.dataset, hidden: [2])
        let base = WalkthroughContext(
            input: input, links: SiteLinks(singleFile: false, images: [:], data: [:]), dataSizes: [:])
        let page = HiddenWalkthroughContext(base: base)
        let one = page.iterationOne
        let log = input.log
        // dW of every layer from the deltas equals the logged gradient (XOR: 4 samples, sums in order).
        for l in 1...page.layerCount {
            for j in 0..<page.sizes[l - 1] {
                for u in 0..<page.sizes[l] {
                    var sum = 0.0
                    for i in 0..<4 { sum += one.activations[l - 1][j][i] * one.delta[l][u][i] }
                    #expect(sum / 4 == page.gradient(1, l, j, u), "layer \(l) w[\(j)][\(u)]")
                }
            }
        }
        #expect(one.z[1][0][1] == log.settings.hiddenLayers[0].weights[0][0] + log.settings.hiddenLayers[0].biases[0])
    }

    @Test func aSeedThatFailsSaysSoWithoutClaimingSuccess() throws {
        let page = Self.text(
            try SiteMaker.site(Self.input(LogicGate.xor.dataset, hidden: [2], seed: 4)).text("index.html"))
        #expect(page.contains("Not every prediction right at the end."))
        #expect(page.contains("local minimum"))
        #expect(!page.contains("every sample lies on its label"))
    }

    /// α = 10³⁰⁸ saturates the hidden units at once: their gradients are exactly 0 from then on,
    /// and the page says so instead of suggesting more iterations.
    @Test func saturatedHiddenUnitsAreNamedNotALocalMinimum() throws {
        let input = Self.input(LogicGate.xor.dataset, hidden: [2], iterations: 50, learningRate: 1e308)
        let log = input.log
        let zero = (0..<2).allSatisfy { u in
            log.hiddenDB(log.count, layer: 1, u) == 0
                && (0..<2).allSatisfy { log.hiddenDW(log.count, layer: 1, $0, u) == 0 }
        }
        #expect(zero)
        let page = Self.text(try SiteMaker.site(input).text("index.html"))
        #expect(page.contains("every hidden layer's dW and db were exactly 0"))
        #expect(!page.contains("more iterations may get out of it"))
        let fine = Self.text(
            try SiteMaker.site(Self.input(LogicGate.xor.dataset, hidden: [2], seed: 4)).text("index.html"))
        #expect(!fine.contains("were exactly 0"))
    }

    /// Once every prediction is right the thresholded rule's gradients are exactly 0: the gradient
    /// chart's text says so, never that they became non-finite.
    @Test func exactlyZeroGradientsAreNotCalledNonFinite() throws {
        var input = Self.input(LogicGate.xor.dataset, hidden: [2], rule: .thresholded)
        let allRight = try #require(input.log.summary.allRightFrom)
        input.charts = try RunCharts.render(input.log).filter { $0.kind == .gradients }
        // The chart's text is an alt text: read from the markup.
        let page = try SiteMaker.site(input).text("index.html")
        #expect(page.contains("then is exactly 0 from iteration \(Display.count(allRight)) on"))
        #expect(page.contains("A gradient of exactly 0 has no logarithm"))
        #expect(!page.contains("became non-finite"))
    }

    /// The units' sentence says what tells the samples apart in this run: their sides of the
    /// lines when the lines split them differently, only the distances when they do not.
    @Test func theUnitsSentenceSaysWhetherTheLinesSplitTheSamples() throws {
        for (rule, splits) in [(UpdateRule.logistic, true), (.thresholded, false)] {
            var input = Self.input(LogicGate.xor.dataset, hidden: [2], rule: rule)
            input.charts = try RunCharts.render(input.log).filter { $0.kind == .units }
            let facts = try #require(input.charts.first?.facts.units)
            #expect((facts.units[0].above != facts.units[1].above) == splits, "\(rule)")
            let page = Self.text(try SiteMaker.site(input).text("index.html"))
            #expect(page.contains("The output combines those sides") == splits, "\(rule)")
            #expect(page.contains("No line separates the samples differently") == !splits, "\(rule)")
        }
    }

    @Test func theThresholdedRuleSaysWhatItIsAndIsNot() throws {
        let input = Self.input(LogicGate.xor.dataset, hidden: [2], rule: .thresholded)
        let page = Self.text(try SiteMaker.site(input).text("index.html"))
        #expect(page.contains("δ⁽²⁾ = ŷ − y"))
        #expect(page.contains("That is not the gradient of any loss"))
        #expect(!page.contains("∂Lᵢ/∂s = (s − y)/(s·(1 − s))"))
    }

    @Test func largeLayersAndThreeFeaturesStayBounded() throws {
        let dataset = try #require(
            try? Dataset(
                name: "three", featureNames: ["a", "b", "c"],
                features: [[0, 1, 0, 1, 0.5], [0, 0, 1, 1, 0.2], [0, 0, 1, 0, 1]], labels: [0, 1, 1, 0, 1]))
        let input = Self.input(dataset, hidden: [64, 64, 64, 64], iterations: 20)
        let site = try SiteMaker.site(input)
        let html = site.text("index.html")
        let page = Self.text(html)
        #expect(page.contains("the first 8 rows and 8 columns of 64×64"))
        #expect(page.contains("the first 4 of 64 units"))
        #expect(page.contains("With 3 features the inputs do not form a plane"))
        #expect(html.utf8.count < 400_000)
        let history = site.text("history/page-0001.html")
        // 64 output weights: dW and W of the output are in the exact details only, as are every
        // hidden layer's first 8 values of each matrix.
        #expect(history.contains("With 64 weights in the output layer, dW and W are in the details"))
        #expect(!history.contains("dW for unit 64 of layer 4"))
        let layerFour = try #require(history.range(of: "<br>W of layer 4"))
        let rest = history[layerFour.upperBound...]
        let line = try #require(rest.components(separatedBy: "<br>").first)
        #expect(line.components(separatedBy: "<code>").count - 1 == 8)
        #expect(line.hasSuffix(" …"))
    }
}
