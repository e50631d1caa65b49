import Charts
import Foundation
import Training

@testable import Site

/// Runs for the alt texts of the teaching charts, each with the same data under the other rule.
struct TeachingRuns {
    let log: TrainingLog
    let other: TrainingSummary
    let charts: [String: RenderedChart]

    init(_ dataset: Dataset, _ change: (inout TrainingSettings) -> Void = { _ in }) throws {
        var settings = TrainingSettings.defaults(for: dataset)
        change(&settings)
        log = Trainer.train(dataset, settings: settings)
        var otherSettings = settings
        otherSettings.rule = settings.rule.other
        other = Trainer.summary(dataset, settings: otherSettings)
        charts = Dictionary(
            uniqueKeysWithValues: try RunCharts.render(log, otherRule: other).map { ($0.fileName, $0) })
    }

    /// The alt text of `file`, empty when the run has no such chart.
    func alt(_ file: String) -> String {
        charts[file].map { ChartText(chart: $0, log: log).altText } ?? ""
    }

    /// The data note of `file`.
    func note(_ file: String) -> String {
        charts[file].map { ChartText(chart: $0, log: log).dataNote } ?? ""
    }

    static let and = try? TeachingRuns(LogicGate.and.dataset)
    static let xor = try? TeachingRuns(LogicGate.xor.dataset)
    static let logistic = try? TeachingRuns(LogicGate.and.dataset) { $0.rule = .logistic }
    static let three: TeachingRuns? = {
        let features: [[Double]] = [[0, 0, 0, 0, 1, 1, 1, 1], [0, 0, 1, 1, 0, 0, 1, 1], [0, 1, 0, 1, 0, 1, 0, 1]]
        guard let data = try? Dataset(name: "three.csv", features: features, labels: [0, 0, 0, 1, 0, 1, 1, 1])
        else { return nil }
        return try? TeachingRuns(data)
    }()
    static let diverged: TeachingRuns? = {
        let features: [[Double]] = [[0, 0, 1e300, 1e300], [0, 1e300, 0, 1e300]]
        guard let data = try? Dataset(name: "huge inputs", features: features, labels: [0, 1, 1, 0]) else { return nil }
        return try? TeachingRuns(data) { $0.learningRate = 1e10 }
    }()

    /// σ(z) as the article writes it, with the C library's exp.
    static func sigmoid(_ z: Double) -> Double { 1 / (1 + exp(-z)) }

    /// W·x + b of sample i.
    static func z(_ dataset: Dataset, _ i: Int, _ weights: [Double], _ bias: Double) -> Double {
        var sum = 0.0
        for j in weights.indices { sum += weights[j] * dataset.features[j][i] }
        return sum + bias
    }
}
