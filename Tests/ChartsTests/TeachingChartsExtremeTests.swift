import Testing
import Training

@testable import Charts

/// The four teaching charts for runs at the edges: a single sample, labels all equal, features and
/// weights near the largest double, rates of 1e308, tiny values, diverged runs. Each chart that
/// applies decodes at twice its CSS size, keeps its text legible and is the same twice.
@Suite("Teaching charts at the edges: no trap, legible, deterministic", .serialized)
struct TeachingChartsExtremeTests {
    static let kinds: [RunChart] = [.confidence, .landscape, .pull, .strip]

    @Test("every teaching chart of an extreme run is drawn and decodes", arguments: TeachingRun.extremes)
    func extreme(_ run: TeachingRun) throws {
        for kind in Self.kinds {
            let chart = try run.chart(kind)
            let applies: Bool
            switch kind {
            case .landscape: applies = run.dataset.featureCount == 2 && run.dataset.sampleCount <= 256
            case .pull: applies = run.dataset.featureCount == 2
            case .strip: applies = run.dataset.featureCount != 2
            default: applies = true
            }
            #expect((chart != nil) == applies, "\(kind)")
            guard let chart else { continue }
            let image = try GDImage(png: chart.bytes)
            #expect(image.width == chart.cssWidth * 2 && image.height == chart.cssHeight * 2, "\(kind)")
            #expect(chart.smallestTextPixels >= 11, "\(kind)")
            #expect(try run.chart(kind) == chart, "\(kind) is not deterministic")
        }
    }

    @Test("the teaching charts come in RunCharts.render, in order, with the other rule's path")
    func inTheRun() throws {
        let charts = try RunCharts.render(TeachingRun.and.log, otherRule: TeachingRun.and.other)
        #expect(charts.suffix(3).map(\.fileName) == ["confidence.png", "landscape.png", "pull.png"])
        #expect(charts.first { $0.kind == .landscape }?.facts.landscape?.paths.count == 2)
        let three = try RunCharts.render(TeachingRun.three.log, otherRule: TeachingRun.three.other)
        #expect(three.suffix(2).map(\.fileName) == ["confidence.png", "strip.png"])
        #expect(
            try RunCharts.render(TeachingRun.xor.log, otherRule: TeachingRun.xor.other)
                == (try RunCharts.render(TeachingRun.xor.log, otherRule: TeachingRun.xor.other)))
    }
}
