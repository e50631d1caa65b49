import Foundation
import Testing
import Training

@testable import Charts

/// A run and the same data under the other rule, as `nnreport generate` hands them to the charts.
struct TeachingRun: Sendable, CustomTestStringConvertible {
    let name: String
    let log: TrainingLog
    let other: TrainingSummary

    var testDescription: String { name }
    var dataset: Dataset { log.dataset }

    init(_ name: String, _ dataset: Dataset, _ settings: TrainingSettings) {
        self.name = name
        log = Trainer.train(dataset, settings: settings)
        var other = settings
        other.rule = settings.rule.other
        self.other = Trainer.summary(dataset, settings: other)
    }

    init(_ name: String, features: [[Double]], labels: [Double], change: (inout TrainingSettings) -> Void = { _ in }) {
        let data = (try? Dataset(name: name, features: features, labels: labels)) ?? LogicGate.and.dataset
        var settings = TrainingSettings.defaults(for: data)
        change(&settings)
        self.init(name, data, settings)
    }

    /// The chart `kind` of this run, nil when it does not apply.
    func chart(_ kind: RunChart) throws -> RenderedChart? {
        try kind.render(log, otherRule: other, facts: RunFacts(log), typeface: .standard)
    }

    // MARK: - The runs the tests read

    static let and = TeachingRun("AND", LogicGate.and.dataset, .walkthrough)
    static let xor = TeachingRun("XOR", LogicGate.xor.dataset, .walkthrough)
    static let logistic: TeachingRun = {
        var settings = TrainingSettings.walkthrough
        settings.rule = .logistic
        return TeachingRun("logistic", LogicGate.and.dataset, settings)
    }()
    /// A 3-feature CSV: y = 1 when at least two inputs are 1.
    static let three = TeachingRun(
        "three features",
        features: [[0, 0, 0, 0, 1, 1, 1, 1], [0, 0, 1, 1, 0, 0, 1, 1], [0, 1, 0, 1, 0, 1, 0, 1]],
        labels: [0, 0, 0, 1, 0, 1, 1, 1])
    /// Inputs near 1e300 and α = 1e10: W overflows in the first update.
    static let diverged = TeachingRun(
        "diverged", features: [[0, 0, 1e300, 1e300], [0, 1e300, 0, 1e300]], labels: [0, 1, 1, 0]
    ) { $0.learningRate = 1e10 }

    /// Runs at the edges of what the settings and data allow.
    static let extremes: [TeachingRun] = [
        TeachingRun("one sample", features: [[1], [2]], labels: [1]),
        TeachingRun("one sample at the origin", features: [[0], [0]], labels: [0]),
        TeachingRun("all labels 1", features: [[0, 1, 0, 1], [0, 0, 1, 1]], labels: [1, 1, 1, 1]),
        TeachingRun("all labels 0, one feature", features: [[0, 1, 2]], labels: [0, 0, 0]),
        TeachingRun("features ±1e308", features: [[1e308, -1e308], [-1e308, 1e308]], labels: [0, 1]) {
            $0.initialWeights = [2, 2]
        },
        TeachingRun("weights 1e308", features: [[0, 1, 0, 1], [0, 0, 1, 1]], labels: [0, 0, 0, 1]) {
            $0.initialWeights = [1e308, -1e308]
        },
        TeachingRun("rate 1e308", features: [[0, 10, 0, 10], [0, 0, 10, 10]], labels: [0, 0, 0, 1]) {
            $0.learningRate = 1e308
        },
        TeachingRun(
            "features 1e150, rate 1e308, logistic", features: [[1e150, 0], [0, -1e150]], labels: [0, 1]
        ) {
            $0.learningRate = 1e308
            $0.rule = .logistic
        },
        TeachingRun("tiny", features: [[1e-300, 0, 5e-324], [0, 1e-300, 5e-324]], labels: [0, 1, 1]) {
            $0.initialWeights = [1e-300, -1e-300]
            $0.threshold = 1e-300
        },
        TeachingRun(
            "three features 1e308", features: [[1e308, 0], [0, -1e308], [1e308, 1e308]], labels: [1, 0]
        ) { $0.learningRate = 1e308 },
        TeachingRun(
            "300 samples", features: [(0..<300).map { Double($0 % 17) }, (0..<300).map { Double($0 % 11) }],
            labels: (0..<300).map { Double(($0 * 7) % 3 == 0 ? 1 : 0) }),
        diverged,
    ]

    /// σ(z) as the article writes it, with the C library's exp (one ulp from the run's at most).
    static func sigmoid(_ z: Double) -> Double { 1 / (1 + exp(-z)) }

    /// W·x + b of sample i of `dataset`, summed in feature order.
    static func z(_ dataset: Dataset, _ i: Int, weights: [Double], bias: Double) -> Double {
        var sum = 0.0
        for j in weights.indices { sum += weights[j] * dataset.features[j][i] }
        return sum + bias
    }
}
