import Charts
import Formats
import Foundation
import Testing
import Training

@testable import Site

/// The hidden walkthrough shows the layered diagrams, units.png and region.gif where they
/// belong, each with the alt text computed from the run.
@Suite(.serialized) struct HiddenFiguresTests {
    /// `HiddenWalkthroughTests.input` with the run's real charts.
    static func input(_ dataset: Dataset, hidden: [Int], iterations: Int = 5_000) throws -> SiteInput {
        let bare = HiddenWalkthroughTests.input(dataset, hidden: hidden, iterations: iterations)
        return SiteInput(
            log: bare.log, otherRule: bare.otherRule, title: bare.title, datasetLabel: "data",
            charts: try RunCharts.render(bare.log), favicon: bare.favicon, baseURL: nil, settings: bare.settings)
    }

    /// The page's HTML between the heading with `id` and the next section.
    static func section(_ html: String, _ id: String) -> String {
        guard let start = html.range(of: "id=\"\(id)\"") else { return "" }
        let rest = html[start.upperBound...]
        let end = rest.range(of: "</section>")?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }

    @Test func xorShowsEveryNewFigureWithItsComputedAltText() throws {
        let input = try Self.input(LogicGate.xor.dataset, hidden: [2])
        let html = try SiteMaker.site(input).text("index.html")
        func alt(_ name: String) throws -> String {
            let chart = try #require(input.chart(name))
            return "alt=\"\(escapeHTML(ChartText(chart: chart, log: input.log).altText))\""
        }
        let network = Self.section(html, "network")
        let initialAlt = try alt("network-initial.png")
        #expect(network.contains("images/network-initial.png") && network.contains(initialAlt))
        #expect(initialAlt.contains("The largest weight in size is"))
        let training = Self.section(html, "training")
        for name in ["region.png", "region.gif", "units.png"] {
            let text = try alt(name)
            #expect(training.contains("images/\(name)") && training.contains(text), "\(name)")
        }
        let still = try #require(training.range(of: "images/region.png"))
        let moving = try #require(training.range(of: "images/region.gif"))
        #expect(still.lowerBound < moving.lowerBound)
        let result = Self.section(html, "result")
        let finalAlt = try alt("network-final.png")
        #expect(result.contains("images/network-final.png") && result.contains(finalAlt))
        #expect(finalAlt.contains("changed sign during training"))
        // The units' sentence names the samples each final line puts above ½, as the facts say.
        let units = try #require(input.chart("units.png")?.facts.units)
        let sides = units.units.map { "unit \($0.number) puts \(ChartText.samples($0.above)) above ½" }
        #expect(HiddenWalkthroughTests.text(training).contains(Display.list(sides)))
        #expect(!training.contains("Only hidden layer 1 is drawn as lines"))
    }

    @Test func deeperLayersAreSaidToHaveNoLineAndLargeLayersSummarised() throws {
        let input = try Self.input(LogicGate.xor.dataset, hidden: [12, 3], iterations: 30)
        let html = try SiteMaker.site(input).text("index.html")
        let page = HiddenWalkthroughTests.text(html)
        #expect(page.contains("Only hidden layer 1 is drawn as lines"))
        #expect(page.contains("(units 9 to 12 are drawn but not listed)"))
        let alt = try #require(input.chart("network-initial.png")).facts.network
        #expect(alt?.summaries.map { [$0.layer, $0.drawn, $0.units] } == [[1, 8, 12]])
        #expect(html.contains("Hidden layer 1 (12) is summarised: units 1 to 8 are drawn, the other 4 as one node"))
    }

    @Test func threeFeaturesHaveTheDiagramsButNoPlaneFigures() throws {
        let data = try Dataset(
            name: "three", features: [[0, 1, 0, 1], [0, 0, 1, 1], [1, 0, 0, 1]], labels: [0, 1, 1, 0])
        let input = try Self.input(data, hidden: [3], iterations: 30)
        let html = try SiteMaker.site(input).text("index.html")
        #expect(html.contains("images/network-initial.png") && html.contains("images/network-final.png"))
        #expect(!html.contains("images/units.png") && !html.contains("images/region.gif"))
    }
}
