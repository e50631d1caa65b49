/// The hyperparameters of one training run.
public struct TrainingSettings: Sendable, Equatable {
    /// Each hyperparameter, to name one in an error.
    public enum Field: Sendable, Equatable {
        case weights, bias, learningRate, iterations, rule, threshold
    }

    /// W before the first iteration, one weight per feature.
    public var initialWeights: [Double]
    /// b before the first iteration.
    public var initialBias: Double
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

    /// Throws when these settings cannot train `dataset`.
    public func validate(for dataset: Dataset) throws(TrainingSettingsError) {
        guard initialWeights.count == dataset.featureCount else {
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
        let perIteration = TrainingLog.valuesPerIteration(for: dataset)
        guard iterations <= Self.maximumLoggedValues / perIteration else {
            throw .logTooLarge(iterations: iterations, perIteration: perIteration)
        }
    }
}
