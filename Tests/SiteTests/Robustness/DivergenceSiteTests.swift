import Foundation
import Testing
import Training

@testable import Charts
@testable import Site

/// Runs at the edge — a diverging one, a huge learning rate, labels all equal — make sites that
/// say what happened and when, mark it on the charts, and never print NaN or infinity as prose.
@Suite struct DivergenceSiteTests {
    static func run(_ dataset: Dataset, rate: Double, rule: UpdateRule) -> TrainingLog {
        var settings = TrainingSettings.defaults(for: dataset)
        settings.learningRate = rate
        settings.rule = rule
        return Trainer.train(dataset, settings: settings)
    }

    static func site(_ log: TrainingLog, charts: [RenderedChart]) throws -> [String: [UInt8]] {
        var other = log.settings
        other.rule = log.settings.rule.other
        let input = SiteInput(
            log: log, otherRule: Trainer.summary(log.dataset, settings: other), title: "Edge", datasetLabel: "edge.csv",
            charts: charts, favicon: [0x89, 0x50, 0x4E, 0x47], baseURL: nil,
            settings: SiteMaker.settings(of: log))
        return try SiteMaker.site(input).files
    }

    /// The page's text outside tables, formulas, scripts and styles, tags removed.
    static func prose(_ html: String) -> String {
        var text = html
        for element in ["table", "math", "script", "style"] {
            while let start = text.range(of: "<\(element)"),
                let end = text.range(of: "</\(element)>", range: start.upperBound..<text.endIndex)
            {
                text.removeSubrange(start.lowerBound..<end.upperBound)
            }
        }
        var result = ""
        var inTag = false
        for character in text {
            if character == "<" {
                inTag = true
            } else if character == ">" {
                inTag = false
            } else if !inTag {
                result.append(character)
            }
        }
        return result
    }

    static let nonFiniteWords = ["NaN", "nan", "inf", "Infinity", "∞"]

    static func expectNoNonFiniteProse(_ html: String) {
        let words = prose(html).split { !$0.isLetter && $0 != "∞" }.map(String.init)
        for word in nonFiniteWords { #expect(!words.contains(word), "prose says \(word)") }
    }

    @Test func aDivergingRunSaysWhereItStoppedAndMarksIt() throws {
        let dataset = try Dataset(
            name: "huge", features: [[1e300, -1e300, 1e300, 0], [1e300, 1e300, -1e300, 0]], labels: [1, 0, 0, 1])
        let log = Self.run(dataset, rate: 1e6, rule: .logistic)
        let k = try #require(log.divergedAt)
        #expect(TimeCharts(log: log, facts: RunFacts(log)).markers.contains { $0.x == k && !$0.dashed })
        let weights = try #require(try RunChart.weights.render(log, facts: RunFacts(log), typeface: .standard))
        #expect(ChartText(chart: weights, log: log).altText.contains("non-finite at iteration \(k)"))
        let site = try Self.site(log, charts: [weights])
        let index = String(decoding: site["index.html"] ?? [], as: UTF8.self)
        #expect(Self.prose(index).contains("Diverged at iteration \(k)."))
        #expect(Self.prose(index).contains("The update of iteration \(k) left W or b no longer a finite number"))
        Self.expectNoNonFiniteProse(index)
        let json = try JSONSerialization.jsonObject(with: Data(site["data/history.json"] ?? [])) as? [String: Any]
        #expect((json?["summary"] as? [String: Any])?["divergedAt"] as? Int == k)
    }

    @Test(arguments: [(1e6, UpdateRule.logistic), (1e300, .thresholded), (-1e6, .logistic)])
    func hugeRatesOnTheGateKeepTheProseFinite(_ rate: Double, _ rule: UpdateRule) throws {
        let log = Self.run(LogicGate.and.dataset, rate: rate, rule: rule)
        let site = try Self.site(log, charts: [])
        Self.expectNoNonFiniteProse(String(decoding: site["index.html"] ?? [], as: UTF8.self))
    }

    @Test(arguments: [0.0, 1.0])
    func equalLabelsMakeAFiniteSite(_ label: Double) throws {
        let dataset = try Dataset(
            name: "same", features: [[0, 0, 1, 1], [0, 1, 0, 1]], labels: Array(repeating: label, count: 4))
        let log = Self.run(dataset, rate: 0.1, rule: .logistic)
        let site = try Self.site(log, charts: try RunCharts.render(log))
        Self.expectNoNonFiniteProse(String(decoding: site["index.html"] ?? [], as: UTF8.self))
    }

    @Test func theProseCheckSeesAnInfinity() {
        #expect(Self.prose("<p>w = ∞ <table><td>NaN</td></table></p>").contains("∞"))
        #expect(!Self.prose("<p>ok</p><table><td>NaN</td></table>").contains("NaN"))
    }
}
