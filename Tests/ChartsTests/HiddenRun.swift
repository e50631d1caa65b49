import Testing
import Training

@testable import Charts

/// Networks with hidden layers as `nnreport generate --hidden` trains them, for the hidden charts' tests.
enum HiddenRun {
    /// A run of `dataset` with hidden layers drawn from `seed`.
    static func drawn(
        _ dataset: Dataset, hidden: [Int], seed: UInt64 = 1, iterations: Int = 5_000, learningRate: Double = 1,
        rule: UpdateRule = .logistic
    ) -> TrainingLog {
        let layers = InitialParameters.drawn(hidden: hidden, features: dataset.featureCount, seed: seed)
        return given(dataset, layers, iterations: iterations, learningRate: learningRate, rule: rule)
    }

    /// A run with every layer's initial parameters given (the last is the output's).
    static func given(
        _ dataset: Dataset, _ layers: [LayerParameters], iterations: Int, learningRate: Double,
        rule: UpdateRule = .logistic
    ) -> TrainingLog {
        var settings = TrainingSettings.defaults(for: dataset)
        settings.hiddenLayers = Array(layers.dropLast())
        settings.initialWeights = layers[layers.count - 1].weights.map { $0[0] }
        settings.initialBias = layers[layers.count - 1].biases[0]
        settings.iterations = iterations
        settings.learningRate = learningRate
        settings.rule = rule
        return Trainer.train(dataset, settings: settings)
    }

    /// One hidden layer of 3 units that stay as given (α = 0): AND's line, OR's line and a unit
    /// whose weights are both 0.
    static let gates = given(
        LogicGate.xor.dataset,
        [
            LayerParameters(weights: [[1, 1, 0], [1, 1, 0]], biases: [-1.5, -0.5, 0.25]),
            LayerParameters(weights: [[-2], [3], [0.5]], biases: [-1]),
        ], iterations: 10, learningRate: 0)

    /// Inputs near 1e300 and α = 10¹²: the first update makes the hidden weights infinite.
    static let diverged: TrainingLog = {
        let data = try? Dataset(
            name: "huge inputs", features: [[0, 1e300, 0, 1e300], [0, 0, 1e300, 1e300]], labels: [0, 0, 0, 0])
        return given(
            data ?? LogicGate.and.dataset,
            [
                LayerParameters(weights: [[0, 0], [0, 0]], biases: [0, 0]),
                LayerParameters(weights: [[1], [-1]], biases: [0]),
            ], iterations: 100, learningRate: 1e12)
    }()

    /// The chart `kind` of `log`, nil when it does not apply.
    static func chart(_ kind: RunChart, _ log: TrainingLog) throws -> RenderedChart? {
        try kind.render(log, facts: RunFacts(log), typeface: .standard)
    }
}
