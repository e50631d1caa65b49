import Testing
import Training

@testable import Charts

/// gradients.png draws log₁₀ of each layer's RMS dW: a gradient of exactly 0 has no logarithm, so
/// it is drawn on a dashed line below every other value and never called non-finite.
@Suite struct GradientsChartTests {
    static func log(rule: UpdateRule, iterations: Int = 5_000) -> TrainingLog {
        HiddenRun.drawn(LogicGate.xor.dataset, hidden: [2], iterations: iterations, rule: rule)
    }

    @Test func aLayersFactsDescribeTheValuesBeforeItsZeros() {
        let line = TimeCharts.gradientLine(name: "layer 1", rms: [0, 0.1, 0, 0.01, 0, 0])
        #expect(line.exactZeros == 4)
        #expect(line.zeroFrom == 5)
        #expect(line.facts.firstIteration == 2)
        #expect(line.facts.lastIteration == 4)
        // The zero between stands for the value before it; the facts never see −∞.
        #expect(line.facts.start == -1)
        #expect(line.facts.end == -2)
        #expect(line.facts.firstNonFinite == nil)
        let none = TimeCharts.gradientLine(name: "layer 1", rms: [0.1, 1])
        #expect(none.exactZeros == 0 && none.zeroFrom == nil && none.facts.end == 0)
    }

    /// The thresholded rule's gradient is exactly 0 once every prediction is right.
    @Test func zerosOfTheThresholdedRuleAreDrawnOnAFloorLine() throws {
        let log = Self.log(rule: .thresholded)
        let allRight = try #require(log.summary.allRightFrom)
        let (chart, lines, zeroLine) = TimeCharts(log: log, facts: RunFacts(log)).gradients()
        let zeroY = try #require(zeroLine)
        #expect(chart.referenceLines.map(\.y) == [zeroY])
        for (series, line) in zip(chart.series, lines) {
            #expect(series.values.allSatisfy { $0.isFinite })
            #expect(line.zeroFrom == allRight)
            #expect(series.values[(allRight - 1)...].allSatisfy { $0 == zeroY })
            #expect(series.values[..<(allRight - 1)].allSatisfy { $0 > zeroY })
        }
        let rendered = try #require(try RunChart.gradients.render(log, facts: RunFacts(log), typeface: .standard))
        #expect(rendered.facts.zeroLine == zeroY)
        #expect(rendered.facts.lines.allSatisfy { $0.facts.firstNonFinite == nil })
    }

    @Test func theLogisticRulesGradientsNeedNoFloor() throws {
        let log = Self.log(rule: .logistic, iterations: 300)
        let (chart, lines, zeroLine) = TimeCharts(log: log, facts: RunFacts(log)).gradients()
        #expect(zeroLine == nil)
        #expect(chart.referenceLines.isEmpty)
        #expect(lines.allSatisfy { $0.exactZeros == 0 })
    }
}
