import Foundation
import Testing
import Training

@testable import Charts

/// Times RunCharts.render for 10³ and 10⁷ iterations when CHARTS_BENCHMARK is set; a
/// measurement for the report, not an assertion (run it in a release build).
@Suite("Benchmark", .serialized)
struct BenchmarkTests {
    @Test func renderTimes() throws {
        guard ProcessInfo.processInfo.environment["CHARTS_BENCHMARK"] != nil else { return }
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
