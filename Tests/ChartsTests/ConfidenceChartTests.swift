import Foundation
import Testing
import Training

@testable import Charts

/// confidence.png: s of every logged sample over the iterations, against the threshold.
@Suite("confidence.png: how sure the network is of each sample", .serialized)
struct ConfidenceChartTests {
    /// The facts recomputed from the dataset and the parameters the log holds, with the C library's exp.
    static func expected(_ run: TeachingRun) -> (label1: ClosedRange<Double>?, label0: ClosedRange<Double>?, from: Int?)
    {
        let log = run.log, data = run.dataset, t = log.settings.threshold
        let drawn = 0..<min(data.sampleCount, 64)
        func s(_ k: Int, _ i: Int) -> Double {
            TeachingRun.sigmoid(TeachingRun.z(data, i, weights: log.weights(after: k - 1), bias: log.bias(k - 1)))
        }
        var from: Int? = 1
        for k in stride(from: log.count, through: 1, by: -1) {
            let allOnTheirSide = drawn.allSatisfy { i in data.labels[i] == 1 ? s(k, i) >= t : s(k, i) < t }
            if !allOnTheirSide {
                from = k < log.count ? k + 1 : nil
                break
            }
        }
        func range(_ label: Double) -> ClosedRange<Double>? {
            let values = drawn.filter { data.labels[$0] == label }.map { s(log.count, $0) }.filter(\.isFinite)
            guard let low = values.min(), let high = values.max() else { return nil }
            return low...high
        }
        return (range(1), range(0), from)
    }

    static func close(_ a: ClosedRange<Double>?, _ b: ClosedRange<Double>?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return abs(a.lowerBound - b.lowerBound) <= 1e-12 && abs(a.upperBound - b.upperBound) <= 1e-12
    }

    @Test(
        "the facts are the run's: the last s per label and when every sample sits on its side of T",
        arguments: [TeachingRun.and, .xor, .logistic, .three, .diverged])
    func facts(_ run: TeachingRun) throws {
        let chart = try #require(try run.chart(.confidence))
        let facts = try #require(chart.facts.confidence)
        let expected = Self.expected(run)
        #expect(facts.drawnSamples == run.dataset.sampleCount && facts.sampleCount == run.dataset.sampleCount)
        #expect(facts.lastIteration == run.log.count && facts.threshold == run.log.settings.threshold)
        #expect(Self.close(facts.finalLabel1, expected.label1), "\(String(describing: facts.finalLabel1))")
        #expect(Self.close(facts.finalLabel0, expected.label0), "\(String(describing: facts.finalLabel0))")
        #expect(facts.allOnTheirSideFrom == expected.from)
        #expect(chart.smallestTextPixels >= 11)
        #expect(chart.cssWidth == 800 && chart.cssHeight == 450)
    }

    @Test("the article's run ends with every s between 0.48 and 0.51, on its label's side, from iteration 26")
    func articleRun() throws {
        let facts = try #require(try TeachingRun.and.chart(.confidence)?.facts.confidence)
        let one = try #require(facts.finalLabel1), zero = try #require(facts.finalLabel0)
        #expect(one.lowerBound > 0.5 && one.upperBound < 0.51)
        #expect(zero.lowerBound > 0.48 && zero.upperBound < 0.5)
        #expect(facts.allOnTheirSideFrom == TeachingRun.and.log.summary.allRightFrom)
        #expect(facts.allOnTheirSideFrom == 26 && facts.zoomUpTo == 40)
        // XOR never has every sample on its side.
        #expect(try TeachingRun.xor.chart(.confidence)?.facts.confidence?.allOnTheirSideFrom == nil)
    }

    @Test("the threshold is dashed at T's row and the lines are coloured by label")
    func pixels() throws {
        let log = TeachingRun.and.log
        let confidence = ConfidenceChart(log: log, facts: RunFacts(log))
        let drawing = try LineChartRenderer(chart: confidence.chart(samples: [0, 1, 2, 3]), typeface: .standard).draw()
        let image = try GDImage(png: try drawing.image.png())
        let y = drawing.pixel(x: 500, y: 0.5).y
        let plot = drawing.panels[0].plot
        // Right of the last update every line is flat, so the row of T holds the dashes alone.
        let from = drawing.pixel(x: 100, y: 0.5).x
        let dashes = LineChartTests.count(ChartTheme.annotation, in: image, x: from...Int(plot.maxX), y: y - 1...y + 1)
        #expect(Double(dashes) > Double(Int(plot.maxX) - from) * 0.45)
        // Label 1 ends above T (s = 0.506), the three of label 0 below.
        let one = drawing.pixel(x: 500, y: log.s(log.count, 3))
        #expect(log.dataset.labels[3] == 1 && image.pixel(x: one.x, y: one.y) == BoundaryPlot.positiveColour)
        for i in 0..<3 {
            let zero = drawing.pixel(x: 500, y: log.s(log.count, i))
            #expect(image.pixel(x: zero.x, y: zero.y) == BoundaryPlot.negativeColour, "sample \(i + 1)")
            #expect(zero.y > y && one.y < y)
        }
    }

    @Test("the log keeps 64 samples: those are drawn; a small budget draws fewer, evenly spread")
    func manySamples() throws {
        let run = TeachingRun(
            "100 samples", features: [(0..<100).map { Double($0 % 10) }, (0..<100).map { Double($0 / 10) }],
            labels: (0..<100).map { $0 % 10 + $0 / 10 > 9 ? 1 : 0 })
        let facts = try #require(try run.chart(.confidence)?.facts.confidence)
        #expect(facts.drawnSamples == 64 && facts.loggedSamples == 64 && facts.sampleCount == 100)
        let chart = ConfidenceChart(log: run.log, facts: RunFacts(run.log))
        let few = chart.drawnSamples(budget: 16 * run.log.count)
        #expect(few == stride(from: 0, to: 64, by: 4).map { $0 })
        #expect(chart.drawnSamples(budget: 1) == [0])
    }
}
