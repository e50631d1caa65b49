import Foundation
import Testing
import Training

@testable import Charts

/// landscape.png: the loss and the fewest errors over (w₁, w₂), b best for each, with the paths.
@Suite("landscape.png: where the two rules go over the plane of the weights", .serialized)
struct LandscapeChartTests {
    /// The fewest misclassified samples any b gives at W, by trying every cut of the sorted z:
    /// predicted 1 when z + b ≥ 0.
    static func fewestErrors(_ data: Dataset, _ w: [Double]) -> Int {
        let z = (0..<data.sampleCount).map { w[0] * data.features[0][$0] + w[1] * data.features[1][$0] }
        let cuts = [-Double.infinity] + z.sorted() + [.infinity]
        return cuts.map { cut in
            zip(z, data.labels).count { zi, yi in (zi >= cut ? 1.0 : 0.0) != yi }
        }.min() ?? 0
    }

    /// The mean cross-entropy at W, minimised by scanning b.
    static func lowestLoss(_ data: Dataset, _ w: [Double]) -> Double {
        let z = (0..<data.sampleCount).map { w[0] * data.features[0][$0] + w[1] * data.features[1][$0] }
        func loss(_ b: Double) -> Double {
            zip(z, data.labels).map { zi, yi in
                let s = TeachingRun.sigmoid(zi + b)
                return -(yi * log(s) + (1 - yi) * log(1 - s))
            }.reduce(0, +) / Double(z.count)
        }
        return stride(from: -12.0, through: 12, by: 0.0005).map(loss).filter(\.isFinite).min() ?? .nan
    }

    @Test("drawn exactly for two features and at most 256 samples")
    func applies() throws {
        #expect(try TeachingRun.and.chart(.landscape) != nil)
        #expect(try TeachingRun.three.chart(.landscape) == nil)
        let features: (Int) -> [[Double]] = { m in
            [(0..<m).map { Double($0 % 13) }, (0..<m).map { Double(($0 * 7) % 11) }]
        }
        let labels: (Int) -> [Double] = { m in (0..<m).map { Double(($0 * 5) % 3 == 0 ? 1 : 0) } }
        let largest = TeachingRun("256 samples", features: features(256), labels: labels(256))
        #expect(try largest.chart(.landscape)?.facts.landscape?.sampleCount == 256)
        let tooMany = TeachingRun("257 samples", features: features(257), labels: labels(257))
        #expect(try tooMany.chart(.landscape) == nil)
        let one = TeachingRun("one feature", features: [[0, 1, 2, 3]], labels: [0, 0, 1, 1])
        #expect(try one.chart(.landscape) == nil)
    }

    @Test(
        "the facts are the runs': ranges around both paths, their ends, the lowest loss, the fewest errors",
        arguments: [TeachingRun.and, .xor, .logistic])
    func facts(_ run: TeachingRun) throws {
        let chart = try #require(try run.chart(.landscape))
        let facts = try #require(chart.facts.landscape)
        #expect(chart.smallestTextPixels >= 11 && chart.cssWidth == 800)
        #expect(facts.paths.count == 2 && facts.paths[0].isThisRun && !facts.paths[1].isThisRun)
        #expect(facts.paths[0].rule == run.log.settings.rule && facts.paths[1].rule == run.log.settings.rule.other)
        #expect(facts.paths.allSatisfy { $0.start == run.log.weights(after: 0) })
        #expect(facts.paths[0].end == run.log.weights(after: run.log.count) && facts.paths[0].endIteration == 1000)
        #expect(facts.paths[1].end == run.other.finalWeights)
        // Both paths and the origin lie inside the loss panel.
        for path in [run.log.summary.path, run.other.path] {
            for w in path.weights + [[0, 0]] {
                #expect(facts.w1.contains(w[0]) && facts.w2.contains(w[1]), "\(w)")
            }
        }
        for path in facts.paths {
            let end = try #require(path.end)
            #expect(path.endErrors == Self.fewestErrors(run.dataset, end), "\(path.rule)")
            #expect(path.startErrors == Self.fewestErrors(run.dataset, path.start))
            #expect(path.onErrorPanel == (path.rule == .thresholded))
        }
        let lowest = try #require(facts.lowestLoss), at = try #require(facts.lowestLossAt)
        #expect(abs(lowest - Self.lowestLoss(run.dataset, at)) < 1e-6)
        #expect(facts.levels.count >= 5 && facts.levels.count <= 7)
        #expect(zip(facts.levels, facts.levels.dropFirst()).allSatisfy { $0 < $1 })
        // The fewest errors over the plane: sampled directions give the same set of counts.
        let sampled = Set(
            (0..<3600).map { k -> Int in
                let angle = (Double(k) + 0.5) * Double.pi / 1800
                return Self.fewestErrors(run.dataset, [cos(angle), sin(angle)])
            })
        #expect(Set(facts.regionCounts) == sampled)
    }

    @Test("AND can be classified without a mistake, XOR never: the fewest errors reachable are 0 and 1")
    func andAndXor() throws {
        let and = try #require(try TeachingRun.and.chart(.landscape)?.facts.landscape)
        #expect(and.fewestErrors == 0 && and.paths.allSatisfy { $0.endErrors == 0 })
        // The perceptron path starts where some b would do, leaves that region, and stops back in it.
        #expect(and.paths[0].startErrors == 0 && and.paths[0].mostErrorsAlong == 1 && and.paths[0].allRightFrom == 26)
        let xor = try #require(try TeachingRun.xor.chart(.landscape)?.facts.landscape)
        #expect(xor.fewestErrors == 1 && xor.regionCounts == [1])
        #expect(xor.paths[0].endErrors == 1 && xor.paths[0].allRightFrom == nil)
    }

    @Test("the pixels show the regions, the levels and the paths where the facts put them")
    func pixels() throws {
        let run = TeachingRun.and
        let chart = LandscapeChart(log: run.log, otherRule: run.other, typeface: .standard)
        let drawing = try #require(try chart.draw())
        let image = try GDImage(png: try drawing.image.png())
        func colour(_ plane: WeightPlane, _ w1: Double, _ w2: Double) -> RGB {
            let p = plane.pixel(w1, w2)
            return image.pixel(x: Int(p.x.rounded()), y: Int(p.y.rounded()))
        }
        // AND: zero errors where both weights are positive, one elsewhere (away from the path).
        #expect(colour(drawing.errorPlane, 0.3, 0.05) == ErrorClasses.zeroColour)
        #expect(colour(drawing.errorPlane, 0.3, -0.15) != ErrorClasses.zeroColour)
        #expect(colour(drawing.errorPlane, -0.02, 0.25) != ErrorClasses.zeroColour)
        // The ends: this run's black disc, the logistic run's vermillion one.
        let end = try #require(drawing.facts.paths[0].end), other = try #require(drawing.facts.paths[1].end)
        #expect(colour(drawing.errorPlane, end[0], end[1]) == RGB(0x000000))
        #expect(colour(drawing.lossPlane, other[0], other[1]) == ChartTheme.palette[1])
        // Far from the paths the loss panel shows the darkest level where the loss is lowest.
        let lowest = try #require(drawing.facts.lowestLossAt)
        let corner = drawing.lossPlane.pixel(lowest[0], lowest[1])
        let inside = image.pixel(x: Int(corner.x) - 4, y: Int(corner.y) + 4)
        #expect(inside == FieldLevels.palette[0])
        #expect(drawing.image.smallestTextCSSPixels(cssWidth: 800) >= 11)
    }

    @Test("without the other rule only this run's path is drawn, and the facts say so")
    func withoutTheOtherRule() throws {
        let log = TeachingRun.and.log
        let chart = try #require(try RunChart.landscape.render(log, facts: RunFacts(log), typeface: .standard))
        let facts = try #require(chart.facts.landscape)
        #expect(facts.paths.count == 1 && facts.paths[0].isThisRun)
    }

    @Test("levels of equal shares, rounded, with more digits where the values lie close together")
    func levels() {
        let spread = FieldLevels(values: (0..<1000).map { Double($0) / 1000 })
        #expect(spread.boundaries.count == 6 && spread.digits == 2)
        #expect(spread.label(ofBand: 0) == "below 0.14" && spread.label(ofBand: 6) == "0.86 and above")
        let close = FieldLevels(values: (0..<1000).map { 0.6931 + Double($0) * 1e-7 })
        #expect(close.boundaries.count == 6 && close.digits > 2)
        #expect(FieldLevels(values: [0.5, 0.5, .nan]).bandCount == 1)
        #expect(FieldLevels(values: []).band(of: .nan) == nil)
    }

    @Test("error classes: one per count when few, ranges when many, 0 alone")
    func classes() {
        #expect(ErrorClasses(counts: [0, 1]).classes == [0...0, 1...1])
        let many = ErrorClasses(counts: Array(0...40))
        #expect(many.classes.first == 0...0 && many.classes.count <= 7 && many.classes.last?.upperBound == 40)
        #expect(many.label(ofClass: 1) == "1–7 wrong" && many.index(of: 40) == many.classes.count - 1)
        #expect(ErrorClasses(counts: []).classes == [0...0])
    }
}
