/// The hyperparameters of one training run.
public struct TrainingSettings: Sendable, Equatable {
    /// Each hyperparameter, to name one in an error.
    public enum Field: Sendable, Equatable {
        case weights, bias, learningRate, iterations, rule, threshold, hidden
    }

    /// W of the output neuron before the first iteration: one weight per feature, or with hidden
    /// layers one per unit of the last of them.
    public var initialWeights: [Double]
    /// b of the output neuron before the first iteration.
    public var initialBias: Double
    /// The hidden layers' parameters before the first iteration, from the inputs up; empty for
    /// the walkthrough's network (no hidden layer).
    public var hiddenLayers: [LayerParameters] = []
    /// α, the step size of the update.
    public var learningRate: Double
    /// N, how many forward and backward passes to run.
    public var iterations: Int
    /// How the error signal is formed.
    public var rule: UpdateRule
    /// T: a sample is predicted 1 when its sigmoid output is ≥ T.
    public var threshold: Double

    /// The most iterations a run may ask for.
    public static let maximumIterations = 10_000_000
    /// The most values the log may hold (iterations × values logged per iteration), about 2.4 GB of doubles.
    public static let maximumLoggedValues = 300_000_000

    /// The most hidden layers a network may have.
    public static let maximumHiddenLayers = 4
    /// The most units a hidden layer may have.
    public static let maximumHiddenUnits = 64

    /// The original walkthrough's settings: W = [0.4, 0.2], b = 1, α = 0.1, 1000 iterations.
    public static let walkthrough = TrainingSettings(
        initialWeights: [0.4, 0.2], initialBias: 1, learningRate: 0.1, iterations: 1000,
        rule: .thresholded, threshold: 0.5)

    public init(
        initialWeights: [Double], initialBias: Double, learningRate: Double, iterations: Int,
        rule: UpdateRule, threshold: Double
    ) {
        self.initialWeights = initialWeights
        self.initialBias = initialBias
        self.learningRate = learningRate
        self.iterations = iterations
        self.rule = rule
        self.threshold = threshold
    }

    /// The default settings for `dataset`: the walkthrough's weights for two features, zeros otherwise.
    public static func defaults(for dataset: Dataset) -> TrainingSettings {
        var settings = walkthrough
        if dataset.featureCount != 2 {
            settings.initialWeights = Array(repeating: 0, count: dataset.featureCount)
        }
        return settings
    }

    /// The defaults of a network with hidden layers where the walkthrough's cannot learn XOR:
    /// the logistic rule (backpropagation of the mean cross-entropy), α = 1, 5,000 iterations.
    /// The threshold stays 0.5.
    public static let hiddenNetwork = (rule: UpdateRule.logistic, learningRate: 1.0, iterations: 5_000)

    /// The sizes of the hidden layers, from the inputs up; empty for the walkthrough's network.
    public var hiddenSizes: [Int] { hiddenLayers.map(\.unitCount) }

    /// Throws when these settings cannot train `dataset`.
    public func validate(for dataset: Dataset) throws(TrainingSettingsError) {
        try validateLayers(for: dataset)
        guard !hiddenLayers.isEmpty || initialWeights.count == dataset.featureCount else {
            throw .weightCount(weights: initialWeights.count, features: dataset.featureCount)
        }
        if let bad = initialWeights.firstIndex(where: { !$0.isFinite }) {
            throw .nonFiniteWeight(index: bad + 1)
        }
        guard initialBias.isFinite else { throw .nonFiniteBias }
        guard learningRate.isFinite else { throw .nonFiniteLearningRate }
        guard iterations >= 1 else { throw .tooFewIterations(iterations) }
        guard iterations <= Self.maximumIterations else { throw .tooManyIterations(iterations) }
        guard threshold > 0, threshold < 1 else { throw .thresholdOutOfRange(threshold) }
        let perIteration = TrainingLog.valuesPerIteration(for: dataset, hidden: hiddenSizes)
        guard iterations <= Self.maximumLoggedValues / perIteration else {
            throw .logTooLarge(iterations: iterations, perIteration: perIteration, hidden: !hiddenLayers.isEmpty)
        }
    }

    /// Checks the hidden layers: how many, their sizes, that each W is n₍ₗ₋₁₎×nₗ (the output's
    /// n₍ᴸ₋₁₎×1) and that every value is finite.
    private func validateLayers(for dataset: Dataset) throws(TrainingSettingsError) {
        guard !hiddenLayers.isEmpty else { return }
        guard hiddenLayers.count <= Self.maximumHiddenLayers else { throw .tooManyHiddenLayers(hiddenLayers.count) }
        for (index, layer) in hiddenLayers.enumerated()
        where layer.unitCount < 1 || layer.unitCount > Self.maximumHiddenUnits {
            throw .hiddenUnits(layer: index + 1, units: layer.unitCount)
        }
        var inputs = dataset.featureCount
        let output = LayerParameters(weights: initialWeights.map { [$0] }, biases: [initialBias])
        for (index, layer) in (hiddenLayers + [output]).enumerated() {
            let given = layer.givenShape
            guard given.rows == inputs, given.columns == layer.unitCount,
                index < hiddenLayers.count || layer.unitCount == 1
            else {
                let units = index < hiddenLayers.count ? layer.unitCount : 1
                throw .layerShape(layer: index + 1, expected: MatrixShape(rows: inputs, columns: units), given: given)
            }
            if layer.weights.contains(where: { $0.contains { !$0.isFinite } })
                || layer.biases.contains(where: { !$0.isFinite })
            {
                throw .nonFiniteLayerValue(layer: index + 1)
            }
            inputs = layer.unitCount
        }
    }
}
