import Foundation
import Testing
import Training

@testable import Charts

/// A measurement run on demand (CHARTS_BENCHMARK=1, in a release build with -enable-testing):
/// prints the time RunCharts.render takes for 10³ and 10⁷ iterations. Times are printed, not
/// asserted; the test checks only that every chart was rendered.
@Suite(
    "Benchmark", .serialized,
    .enabled(if: ProcessInfo.processInfo.environment["CHARTS_BENCHMARK"] != nil, "set CHARTS_BENCHMARK=1"))
struct BenchmarkTests {
    @Test func renderTimes() throws {
        for iterations in [1_000, 10_000_000] {
            for (name, gate, rule) in [
                ("AND thresholded", LogicGate.and, UpdateRule.thresholded), ("AND logistic", .and, .logistic),
                ("XOR thresholded", .xor, .thresholded),
            ] {
                var settings = TrainingSettings.walkthrough
                settings.iterations = iterations
                settings.rule = rule
                let clock = ContinuousClock()
                var log: TrainingLog?
                let training = clock.measure { log = Trainer.train(gate.dataset, settings: settings) }
                guard let log else { continue }
                var charts: [RenderedChart] = []
                var best = Duration.seconds(1000)
                for _ in 0..<(iterations > 1000 ? 2 : 5) {
                    let time = try clock.measure { charts = try RunCharts.render(log) }
                    best = min(best, time)
                }
                #expect(charts.count == 8)
                let bytes = charts.map(\.bytes.count).reduce(0, +)
                print(
                    "BENCH \(name) N=\(iterations): train \(training), render all \(charts.count) charts \(best) (best), \(bytes) bytes"
                )
                var parts: [String] = []
                for kind in RunChart.allCases {
                    let facts = RunFacts(log)
                    let time = try clock.measure { _ = try kind.render(log, facts: facts, typeface: .standard) }
                    parts.append("\(kind) \(time.components.attoseconds / 1_000_000_000_000_000) ms")
                }
                print("BENCH   serial per chart: " + parts.joined(separator: ", "))
            }
        }
    }
}
