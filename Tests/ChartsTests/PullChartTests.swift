import Foundation
import Testing
import Training

@testable import Charts

/// pull.png: each sample's share of iteration 1's step, drawn where the sample is.
@Suite("pull.png: which sample moves the line where", .serialized)
struct PullChartTests {
    @Test("drawn exactly for two features")
    func applies() throws {
        #expect(try TeachingRun.and.chart(.pull) != nil && TeachingRun.xor.chart(.pull) != nil)
        #expect(try TeachingRun.three.chart(.pull) == nil)
        #expect(try TeachingRun("one feature", features: [[0, 1]], labels: [0, 1]).chart(.pull) == nil)
    }

    @Test(
        "each share is −α·e·x/m of W and −α·e/m of b, with e recomputed from the data; they add up to the step",
        arguments: [TeachingRun.and, .xor, .logistic, .diverged])
    func facts(_ run: TeachingRun) throws {
        let chart = try #require(try run.chart(.pull))
        let facts = try #require(chart.facts.pull)
        let data = run.dataset, log = run.log, alpha = log.settings.learningRate, m = Double(data.sampleCount)
        #expect(chart.smallestTextPixels >= 11 && chart.cssWidth == 800)
        #expect(facts.shares.count == min(data.sampleCount, 8) && facts.drawnSamples == data.sampleCount)
        #expect(facts.weightsBefore == log.weights(after: 0) && facts.biasBefore == log.bias(0))
        #expect(facts.weightsAfter == log.weights(after: 1) && facts.biasAfter == log.bias(1))
        for share in facts.shares {
            let i = share.sample - 1
            let z = TeachingRun.z(data, i, weights: log.weights(after: 0), bias: log.bias(0))
            let s = TeachingRun.sigmoid(z)
            let e = (log.settings.rule == .thresholded ? (s >= log.settings.threshold ? 1 : 0) : s) - data.labels[i]
            #expect(abs(share.e - e) <= 1e-15 && share.e == log.e(1, i), "sample \(share.sample)")
            #expect(share.x == data.sample(i) && share.label == data.labels[i])
            #expect(share.weightStep == [-alpha * (share.e * share.x[0] / m), -alpha * (share.e * share.x[1] / m)])
            #expect(share.biasStep == -alpha * (share.e / m))
        }
        let drawn = facts.shares
        #expect(facts.pullingNothing == drawn.count { $0.e == 0 })
        #expect(facts.onlyBias == drawn.count { $0.e != 0 && $0.x == [0, 0] })
        let finite = drawn.filter { $0.weightStep.allSatisfy(\.isFinite) }
        #expect(facts.nonFiniteShares == drawn.count - finite.count)
        if finite.count == drawn.count {
            // The shares add up to the step of W and b (up to the rounding of the sums).
            for j in 0..<2 {
                let sum = drawn.map { $0.weightStep[j] }.reduce(0, +)
                let step = facts.weightsAfter[j] - facts.weightsBefore[j]
                #expect(abs(sum - step) <= 1e-12 * max(1, abs(step)), "w\(j + 1)")
            }
            let bias = drawn.map(\.biasStep).reduce(0, +)
            #expect(abs(bias - (facts.biasAfter - facts.biasBefore)) <= 1e-12 * max(1, abs(bias)))
        }
    }

    @Test("the arrows are scaled so the longest is about a quarter of the plot, by 1, 2, 2.5 or 5 × 10ᵏ")
    func scale() throws {
        for run in [TeachingRun.and, .xor, .logistic] {
            let log = run.log
            let chart = PullChart(log: log, typeface: .standard)
            let (_, plot, facts) = try chart.draw()
            let scale = try #require(facts.scale)
            let longest = facts.shares.map { hypot($0.weightStep[0], $0.weightStep[1]) }.max() ?? 0
            let span = plot.xRange.upperBound - plot.xRange.lowerBound
            #expect(longest * scale <= span / 4 && longest * scale >= span / 4 / 2.5, "\(run.name)")
            let exponent = floor(log10(scale))
            let mantissa = scale / pow(10, exponent)
            #expect([1, 2, 2.5, 5].contains { abs($0 - mantissa) < 1e-9 }, "\(scale)")
            #expect(facts.arrows == facts.shares.count { $0.e != 0 && $0.x != [0, 0] })
        }
        #expect(PullChart.scale(longest: 0, halfSpan: 1) == nil)
        #expect(PullChart.scale(longest: 5e-324, halfSpan: 1e308) == nil)
        #expect(PullChart.scale(longest: 2.5e307, halfSpan: 1) == 2e-308)
    }

    static func arrowPixels(_ log: TrainingLog) throws -> (count: Int, image: GDImage, plot: BoundaryPlot) {
        let (image, plot, _) = try PullChart(log: log, typeface: .standard).draw()
        let decoded = try GDImage(png: try image.png())
        let count = LineChartTests.count(
            PullChart.arrowColour, in: decoded, x: Int(plot.plot.minX)...Int(plot.plot.maxX),
            y: Int(plot.plot.minY)...Int(plot.plot.maxY))
        return (count, decoded, plot)
    }

    @Test("an arrow is drawn from each sample that pulls, and none when every sample is right")
    func pixels() throws {
        let (count, image, plot) = try Self.arrowPixels(TeachingRun.and.log)
        #expect(count > 200)
        // AND: x = (1, 0) pulls W along −w₁, so its arrow points left; x = (0, 1) pulls down.
        let left = plot.pixel((0.75, 0)), down = plot.pixel((0, 0.75))
        #expect(image.pixel(x: Int(left.x.rounded()), y: Int(left.y.rounded())) == PullChart.arrowColour)
        #expect(image.pixel(x: Int(down.x.rounded()), y: Int(down.y.rounded())) == PullChart.arrowColour)
        // x = (1, 1) is right (e = 0): nothing to its right or above.
        let right = plot.pixel((1.25, 1)), up = plot.pixel((1, 1.25))
        #expect(image.pixel(x: Int(right.x.rounded()), y: Int(right.y.rounded())) != PullChart.arrowColour)
        #expect(image.pixel(x: Int(up.x.rounded()), y: Int(up.y.rounded())) != PullChart.arrowColour)
        // Parameters that already separate AND: every e is 0, no arrow at all.
        let settled = TeachingRun("settled AND", features: [[0, 1, 0, 1], [0, 0, 1, 1]], labels: [0, 0, 0, 1]) {
            $0.initialWeights = [1, 1]
            $0.initialBias = -1.5
        }
        #expect(settled.log.e(1, 0) == 0 && settled.log.errors(1) == 0)
        #expect(try Self.arrowPixels(settled.log).count == 0)
        let facts = try #require(try settled.chart(.pull)?.facts.pull)
        #expect(facts.arrows == 0 && facts.pullingNothing == 4 && facts.scale == nil)
    }

    @Test("beyond 2,000 samples the drawn ones are evenly spread, their e from iteration 1's own pass")
    func manySamples() throws {
        let m = 2_500
        let run = TeachingRun(
            "2,500 samples", features: [(0..<m).map { Double($0 % 50) / 10 }, (0..<m).map { Double($0 / 50) / 10 }],
            labels: (0..<m).map { $0 % 50 + $0 / 50 > 50 ? 1 : 0 }
        ) { $0.iterations = 2 }
        let facts = try #require(try run.chart(.pull)?.facts.pull)
        #expect(facts.drawnSamples == Array(BoundaryPlot.drawnSampleIndices(of: m)).count && facts.sampleCount == m)
        #expect(facts.drawnSamples < m)
    }
}
