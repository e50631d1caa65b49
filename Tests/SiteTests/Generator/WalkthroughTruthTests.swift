import Charts
import Foundation
import Site
import Testing
import Training

/// Sentences of the walkthrough that were once false for some run, read back from generated
/// pages of the runs that exposed them: each is now computed from the run and true for it.
@Suite("The walkthrough says only what is true of its run")
struct WalkthroughTruthTests {
    /// The walkthrough of a run as plain text (tags dropped, alt texts kept), and its HTML.
    struct Page {
        let html: String
        var text: String { Self.plain(html) }

        /// The text of the section whose heading has `id`, up to the next section.
        func section(_ id: String) -> String {
            guard let start = html.range(of: "<h2 id=\"\(id)\">") else { return "" }
            let rest = html[start.upperBound...]
            let end = rest.range(of: "<h2 id=")?.lowerBound ?? rest.endIndex
            return Self.plain(String(rest[..<end]))
        }

        static func plain(_ html: String) -> String {
            var text = "", inTag = false, tag = ""
            for character in html {
                if character == "<" {
                    inTag = true
                    tag = ""
                } else if character == ">" {
                    inTag = false
                    if let alt = tag.range(of: " alt=\"") {
                        text += " " + tag[alt.upperBound...].prefix { $0 != "\"" } + " "
                    }
                } else if inTag {
                    tag.append(character)
                } else {
                    text.append(character)
                }
            }
            for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")]
            {
                text = text.replacingOccurrences(of: entity, with: character)
            }
            return text
        }
    }

    static func page(
        _ dataset: Dataset, label: String = "and", iterations: Int = 1000, rate: Double = 0.1,
        rule: UpdateRule = .thresholded, weights: [Double]? = nil, charts: Bool = false
    ) throws -> Page {
        var settings = TrainingSettings.defaults(for: dataset)
        settings.iterations = iterations
        settings.learningRate = rate
        settings.rule = rule
        if let weights { settings.initialWeights = weights }
        let log = Trainer.train(dataset, settings: settings)
        var other = settings
        other.rule = rule.other
        let input = SiteInput(
            log: log, otherRule: Trainer.summary(dataset, settings: other), title: "Truth", datasetLabel: label,
            charts: charts ? try RunCharts.render(log) : [], favicon: [0x89, 0x50, 0x4E, 0x47], baseURL: nil,
            settings: SiteMaker.settings(of: log, label: label))
        return Page(html: try SiteMaker.site(input).text("index.html"))
    }

    static let and = LogicGate.and.dataset
    static let xor = LogicGate.xor.dataset

    @Test("iteration 1 follows the article's samples: (0,0), (1,0), (0,1), (1,1)")
    func articleOrder() throws {
        let forward = try Self.page(Self.and).section("forward")
        let rows = [
            "0.4·0 + 0.2·0 + 1 = 1", "0.4·1 + 0.2·0 + 1 = 1.4", "0.4·0 + 0.2·1 + 1 = 1.2", "0.4·1 + 0.2·1 + 1 = 1.6",
        ]
        let positions = try rows.map { try #require(forward.range(of: $0)?.lowerBound, "missing \($0)") }
        #expect(positions == positions.sorted())
    }

    @Test("the cross-entropy's gradient is (s − y)/m per sample, and e = s − y is m times it")
    func gradientOfTheMean() throws {
        let rule = try Self.page(Self.and).section("rule")
        #expect(rule.contains("∂L/∂z⁽ⁱ⁾ = (s⁽ⁱ⁾ − y⁽ⁱ⁾)/m"))
        #expect(rule.contains("e = s − y is m·∂L/∂z"))
        #expect(rule.contains("Σi=1…m"))
        #expect(!rule.contains("s − y = ∂L/∂z"))
    }

    @Test("the update's step is α·dW, and the thresholded rule's dW is called no gradient")
    func stepAndCorrection() throws {
        let backward = try Self.page(Self.and).section("backward")
        #expect(backward.contains("the step is α·dW for W and α·db for b"))
        #expect(!backward.contains("step of size α"))
        #expect(backward.contains("is not the gradient of any loss"))
        let logistic = try Self.page(Self.and, rule: .logistic).section("backward")
        #expect(logistic.contains("The gradient dW = ∂L/∂W"))
        #expect(!logistic.contains("not the gradient"))
    }

    @Test("the article's run is right with little confidence: s within 0.019 of ½, loss near ln 2")
    func confidence() throws {
        let result = try Self.page(Self.and).section("result")
        #expect(
            result.contains(
                "All 4 predictions are right, but with little confidence: every s lies between 0.4813 and 0.5062"))
        #expect(result.contains("close to ln 2 ≈ 0.6931"))
        let logistic = try Self.page(Self.and, rule: .logistic).section("result")
        #expect(!logistic.contains("little confidence"))
        #expect(logistic.contains("The closest call is sample 4"))
    }

    @Test("'every prediction right from' names what it is, and the logistic rule keeps moving after it")
    func allRightIsNotAnEnd() throws {
        let logistic = try Self.page(Self.and, rule: .logistic).text
        #expect(logistic.contains("Every prediction right from iteration 182 on."))
        #expect(logistic.contains("this is not an end point"))
        #expect(!logistic.contains("onverge"))
        let thresholded = try Self.page(Self.and).text
        #expect(thresholded.contains("W and b no longer change"))
        #expect(!thresholded.contains("onverge"))
    }

    @Test("what the logistic rule's weights do is read from its run: they shrink on XOR, grow on AND")
    func logisticWeights() throws {
        let xor = try Self.page(Self.xor, label: "xor").section("rule")
        #expect(xor.contains("‖W‖, shrank from 0.4472 to 0.0048"))
        #expect(!xor.contains("grow"))
        let and = try Self.page(Self.and).section("rule")
        #expect(and.contains("‖W‖, grew from 0.4472 to 4.2526"))
    }

    @Test("XOR: the four inequalities contradict, 3 of 4 is the best, and residues are flagged")
    func xor() throws {
        let page = try Self.page(Self.xor, label: "xor", iterations: 999)
        let result = page.section("result")
        #expect(result.contains("which contradicts the last: no straight line separates XOR's two classes"))
        #expect(result.contains("3 of 4 is the best a single neuron can do"))
        #expect(result.contains("right, by rounding"))
        #expect(result.contains("for sample 3 (z = −2.7755575615628914e−16) and sample 4"))
        #expect(result.contains("z is a rounding residue"))
        let thousand = try Self.page(Self.xor, label: "xor").section("result")
        #expect(!thousand.contains("by rounding"))
    }

    @Test("a diverged run is never described as finished, and its advice holds for its rule")
    func divergence() throws {
        let data = try Dataset(name: "and10", features: [[0, 10, 0, 10], [0, 0, 10, 10]], labels: [0, 0, 0, 1])
        let page = try Self.page(data, label: "and10.csv", rate: 1e308)
        let text = page.text
        #expect(text.contains("Diverged at iteration 1."))
        #expect(!text.contains("repeat for all"))
        #expect(text.contains("none: the final parameters are not finite numbers"))
        #expect(!text.contains("%"))
        #expect(text.contains("Every update moves each weight by at most α·max|x|"))
        #expect(text.contains("one step can be larger than float64 can hold"))
        let later = try Self.page(
            try Dataset(name: "huge", features: [[1e300, 0], [0, 1e300]], labels: [1, 0]), label: "huge",
            rate: 1e10, rule: .logistic)
        #expect(later.section("backward").contains("training stopped after this one iteration"))
    }

    @Test("chart alt texts name extremes and sign changes, not just the two ends")
    func altTexts() throws {
        let text = try Self.page(Self.and, charts: true).text
        #expect(text.contains("w2 falls from 0.2 to its minimum −0.125 at iteration 13"))
        #expect(text.contains("Mean squared error falls from 0.449 to its minimum 0.238 at iteration 25"))
        let fifty = try Self.page(Self.and, rate: 50, rule: .logistic, charts: true).text
        #expect(
            fifty.contains("w1 goes from 0.4 to its minimum −7.53 at iteration 1 and its maximum 22.9 at iteration 9"))
    }

    @Test("one notation: Wᵀ·x + b, W a column, exp for the exponential, samples in raised indices")
    func notation() throws {
        let page = try Self.page(Self.and, charts: true)
        for old in ["w·x + b", "W·x + b", "W = [0.4, 0.2] ", "e^(", "e−z"] {
            #expect(!page.text.contains(old), "still written: \(old)")
        }
        #expect(page.text.contains("W = [0.4, 0.2]ᵀ"))
        #expect(page.text.contains("z⁽ⁱ⁾ = Wᵀ·x⁽ⁱ⁾ + b"))
        #expect(page.text.contains("adds it to every entry (numpy calls this broadcasting)"))
        #expect(page.text.contains("i = 1…m numbers the samples and j = 1…n the features"))
        #expect(page.html.contains("<mi mathvariant=\"normal\">exp</mi>"))
    }

    @Test("the near-threshold note says it in plain words before the digits, and what the exp changes")
    func plainWordsFirst() throws {
        let training = try Self.page(Self.and).section("training")
        let plain = try #require(training.range(of: "the smallest steps float64 can take")?.lowerBound)
        let digits = try #require(training.range(of: "1.8735013540549517e−16")?.lowerBound)
        #expect(plain < digits)
        #expect(training.contains("None of them depends on that"))
        let xor = try Self.page(Self.xor, label: "xor").section("training")
        #expect(xor.contains("In every one of them an exp off by one unit in the last place"))
    }

    @Test("with three features there is no boundary image and no sentence about one")
    func threeFeatures() throws {
        let data = try Dataset(
            name: "three", features: [[0, 1, 0, 1, 1, 0], [0, 0, 1, 1, 1, 0], [0, 0, 1, 0, 1, 1]],
            labels: [0, 0, 1, 1, 1, 0])
        let page = try Self.page(data, label: "three.csv", charts: true)
        #expect(!page.html.contains("boundary.png"))
        #expect(!page.text.contains("drawn for two features"))
        #expect(page.text.contains("With 3 features it is a hyperplane"))
    }

    @Test("without a base URL 404.html carries its own style, so it renders at any depth")
    func notFound() throws {
        let site = try SiteMaker.site(SiteMaker.input())
        let page = site.text("404.html")
        #expect(page.contains("<style>"))
        #expect(!page.contains("assets/style.css"))
        #expect(page.contains("style-src &#39;sha256-"))
        #expect(page.contains("data:image/png;base64,"))
        let hosted = try SiteMaker.site(SiteMaker.input(baseURL: "https://example.org/site/")).text("404.html")
        #expect(hosted.contains("href=\"https://example.org/site/assets/style.css\""))
    }
}
