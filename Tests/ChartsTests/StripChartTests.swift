import Foundation
import Testing
import Training

@testable import Charts

/// strip.png: z of every sample against its label, before and after training, where no boundary
/// can be drawn in the plane.
@Suite("strip.png: z against the label when there is no plane to draw", .serialized)
struct StripChartTests {
    @Test("drawn exactly for other than two features")
    func applies() throws {
        #expect(try TeachingRun.three.chart(.strip) != nil)
        #expect(try TeachingRun.and.chart(.strip) == nil && TeachingRun.xor.chart(.strip) == nil)
        #expect(try TeachingRun("one feature", features: [[0, 1, 2]], labels: [0, 1, 1]).chart(.strip) != nil)
    }

    /// The facts of one pass recomputed from the data: z with the C library's arithmetic, the
    /// prediction from σ(z) ≥ T.
    static func expected(_ run: TeachingRun, weights: [Double], bias: Double)
        -> (label1: ClosedRange<Double>?, label0: ClosedRange<Double>?, wrong: Int)
    {
        let data = run.dataset
        let z = (0..<data.sampleCount).map { TeachingRun.z(data, $0, weights: weights, bias: bias) }
        func range(_ label: Double) -> ClosedRange<Double>? {
            let values = z.indices.filter { data.labels[$0] == label }.map { z[$0] }.filter(\.isFinite)
            guard let low = values.min(), let high = values.max() else { return nil }
            return low...high
        }
        let wrong = z.indices.count { i in
            (TeachingRun.sigmoid(z[i]) >= run.log.settings.threshold ? 1.0 : 0) != data.labels[i]
        }
        return (range(1), range(0), wrong)
    }

    static func close(_ a: ClosedRange<Double>?, _ b: ClosedRange<Double>?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return abs(a.lowerBound - b.lowerBound) <= 1e-12 * max(1, abs(b.lowerBound))
            && abs(a.upperBound - b.upperBound) <= 1e-12 * max(1, abs(b.upperBound))
    }

    static let runs = [
        TeachingRun.three,
        TeachingRun(
            "three features, logistic", features: TeachingRun.three.dataset.features,
            labels: TeachingRun.three.dataset.labels
        ) { $0.rule = .logistic },
        TeachingRun("one feature", features: [[-2, -1, 0, 1, 2, 3]], labels: [0, 0, 1, 0, 1, 1]),
        TeachingRun("all labels 1", features: [[1, 2, 3], [0, 1, 0], [5, 5, 5]], labels: [1, 1, 1]),
    ]

    @Test("the z ranges and misclassified counts before and after are the run's", arguments: runs)
    func facts(_ run: TeachingRun) throws {
        let chart = try #require(try run.chart(.strip))
        let facts = try #require(chart.facts.strip)
        let log = run.log
        #expect(chart.smallestTextPixels >= 11 && chart.cssWidth == 800)
        #expect(facts.level == Foundation.log(log.settings.threshold / (1 - log.settings.threshold)))
        #expect(facts.sampleCount == run.dataset.sampleCount && facts.featureCount == run.dataset.featureCount)
        let before = Self.expected(run, weights: log.weights(after: 0), bias: log.bias(0))
        #expect(Self.close(facts.before.label1, before.label1) && Self.close(facts.before.label0, before.label0))
        #expect(facts.before.misclassified == before.wrong && facts.before.misclassified == log.errors(1))
        let after = Self.expected(run, weights: log.weights(after: log.count), bias: log.bias(log.count))
        #expect(Self.close(facts.after.label1, after.label1) && Self.close(facts.after.label0, after.label0))
        #expect(facts.after.misclassified == after.wrong && facts.after.iteration == log.count)
        // The chart's z are Training's: iteration 1's logged z, bit for bit.
        for i in 0..<log.loggedSampleCount {
            let z = log.z(1, i)
            let range = run.dataset.labels[i] == 1 ? facts.before.label1 : facts.before.label0
            #expect(range?.contains(z) == true)
        }
    }

    @Test("the threshold is dashed at its z, the samples sit at theirs, the misclassified are ringed")
    func pixels() throws {
        let run = TeachingRun.three
        let chart = StripChart(log: run.log, typeface: .standard)
        let panels = chart.panels
        let image = try GDImage(png: try chart.draw(panels).png())
        // The "after" panel is the lower half: its dashes are a column of annotation ink.
        var columns: [Int: Int] = [:]
        for y in image.height / 2..<image.height {
            for x in 0..<image.width where image.pixel(x: x, y: y) == ChartTheme.annotation {
                columns[x, default: 0] += 1
            }
        }
        #expect(columns.values.contains { $0 > 120 })
        // Both labels' colours appear in both halves; before training, rings are drawn (4 wrong), after none.
        for rows in [0..<image.height / 2, image.height / 2..<image.height] {
            let range = rows.lowerBound...(rows.upperBound - 1)
            #expect(LineChartTests.count(BoundaryPlot.positiveColour, in: image, x: 0...1599, y: range) > 200)
            #expect(LineChartTests.count(BoundaryPlot.negativeColour, in: image, x: 0...1599, y: range) > 100)
        }
        // Before training every z is 1, at the right end: the four of label 0 are ringed there; after
        // training the samples at the right end are right, with no ring.
        let rightEnd = 1450...1580
        #expect(LineChartTests.count(ChartTheme.ink, in: image, x: rightEnd, y: 0...image.height / 2) > 100)
        #expect(LineChartTests.count(ChartTheme.ink, in: image, x: rightEnd, y: image.height / 2...image.height) == 0)
        #expect(panels[0].pass.correctCount(run.dataset.labels) == 4)
        #expect(panels[1].pass.correctCount(run.dataset.labels) == 8)
    }

    @Test("z that is not finite is marked at the edge; beyond 2,000 samples the drawn ones are spread evenly")
    func edges() throws {
        let diverged = TeachingRun(
            "three features 1e308", features: [[1e308, 0, 5], [0, -1e308, 5], [1e308, 1e308, 5]], labels: [1, 0, 1]
        ) { $0.learningRate = 1e308 }
        let facts = try #require(try diverged.chart(.strip)?.facts.strip)
        #expect(diverged.log.divergedAt != nil)
        #expect(facts.after.nonFinite == diverged.log.finalPass.z.count { !$0.isFinite } && facts.after.nonFinite > 0)
        let m = 3_000
        let many = TeachingRun(
            "3,000 samples", features: [(0..<m).map { Double($0 % 17) - 8 }],
            labels: (0..<m).map { $0 % 17 > 8 ? 1 : 0 }
        ) { $0.iterations = 3 }
        let strip = try #require(try many.chart(.strip)?.facts.strip)
        #expect(
            strip.drawnSamples == Array(BoundaryPlot.drawnSampleIndices(of: m)).count && strip.drawnSamples <= 2_000)
        #expect(StripChart.jitter(7) == StripChart.jitter(7) && abs(StripChart.jitter(7)) <= 1)
        #expect(Set((0..<100).map { StripChart.jitter($0) }).count == 100)
    }
}
