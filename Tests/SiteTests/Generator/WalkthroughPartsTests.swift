import Charts
import Testing
import Training

@testable import Site

/// The walkthrough's context is computed in two parts, its words while the charts are drawn and
/// its figures after: together they must be the whole context, and the words must read no chart.
@Suite struct WalkthroughPartsTests {
    static func inputs() -> [(String, SiteInput)] {
        let three = try? Dataset(
            name: "majority of three", features: (0..<3).map { j in (0..<8).map { Double(($0 >> (2 - j)) & 1) } },
            labels: (0..<8).map { k in (0..<3).map { (k >> $0) & 1 }.reduce(0, +) >= 2 ? 1 : 0 })
        var threeFeatures = SiteMaker.input(iterations: 300)
        if let three {
            var settings = TrainingSettings.defaults(for: three)
            settings.iterations = 300
            let log = Trainer.train(three, settings: settings)
            threeFeatures = SiteInput(
                log: log, otherRule: log.summary, title: "Three", datasetLabel: "three", charts: [],
                favicon: [0x89], baseURL: nil, settings: SiteMaker.settings(of: log))
        }
        return [
            ("walkthrough", SiteMaker.input()),
            ("logistic", SiteMaker.input(rule: .logistic)),
            ("XOR single neuron", SiteMaker.input(.xor, iterations: 200)),
            ("three features", threeFeatures),
            ("XOR 2-2-1", HiddenWalkthroughTests.input(LogicGate.xor.dataset, hidden: [2], iterations: 600)),
            ("AND 4-3", HiddenWalkthroughTests.input(LogicGate.and.dataset, hidden: [4, 3], iterations: 200)),
        ]
    }

    static func context(_ input: SiteInput) -> WalkthroughContext {
        let images = Dictionary(uniqueKeysWithValues: input.charts.map { ($0.fileName, "images/" + $0.fileName) })
        let links = SiteLinks(
            singleFile: false, images: images, data: ["data/history.csv": "data/history.csv"])
        return WalkthroughContext(input: input, links: links, dataSizes: ["data/history.csv": "12 KB"])
    }

    @Test(arguments: inputs().map(\.0))
    func theWordsAndTheFiguresMakeTheWholePage(_ name: String) throws {
        let bare = try #require(Self.inputs().first { $0.0 == name }?.1)
        var charted = bare
        charted.charts = try RunCharts.render(bare.log, otherRule: bare.otherRule)
        #expect(!charted.charts.isEmpty)
        let whole = SiteGenerator.walkthroughValue(Self.context(charted))
        let words = SiteGenerator.walkthroughText(Self.context(bare))
        let figures = SiteGenerator.walkthroughFigures(Self.context(charted))
        #expect(words.merged(with: figures) == whole)
        // The words are the same whether the charts are there or not: they read none of them.
        #expect(SiteGenerator.walkthroughText(Self.context(charted)) == words)
        // And the figures are the charts: without them every slot is empty.
        #expect(figures != SiteGenerator.walkthroughFigures(Self.context(bare)))
    }

    @Test func mergingLaysObjectsOverEachOtherAtEveryDepth() {
        let words: TemplateValue = ["a": 1, "section": ["text": "words", "kept": true], "list": [1, 2]]
        let figures: TemplateValue = ["section": ["figure": "f.png", "kept": false], "list": [3], "new": "n"]
        let merged = words.merged(with: figures)
        #expect(
            merged == [
                "a": 1, "section": ["text": "words", "kept": false, "figure": "f.png"], "list": [3], "new": "n",
            ])
        #expect(TemplateValue.string("x").merged(with: ["k": 1]) == ["k": 1])
        let object: TemplateValue = ["k": 1]
        #expect(object.merged(with: .null) == .null)
    }
}
