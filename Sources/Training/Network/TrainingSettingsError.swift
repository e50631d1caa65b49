import Formats

/// Why a set of hyperparameters cannot train a dataset.
public enum TrainingSettingsError: Error, Equatable, Sendable, CustomStringConvertible {
    case weightCount(weights: Int, features: Int)
    case nonFiniteWeight(index: Int)
    case nonFiniteBias
    case nonFiniteLearningRate
    case tooFewIterations(Int)
    case tooManyIterations(Int)
    case thresholdOutOfRange(Double)
    case logTooLarge(iterations: Int, perIteration: Int)

    /// The setting the error is about, so that a caller can say where the value came from.
    public var field: TrainingSettings.Field {
        switch self {
        case .weightCount, .nonFiniteWeight: .weights
        case .nonFiniteBias: .bias
        case .nonFiniteLearningRate: .learningRate
        case .tooFewIterations, .tooManyIterations, .logTooLarge: .iterations
        case .thresholdOutOfRange: .threshold
        }
    }

    public var description: String {
        switch self {
        case .weightCount(let weights, let features):
            return "\(weights) initial weight\(weights == 1 ? " is" : "s are") given but the data has "
                + "\(features) feature\(features == 1 ? "" : "s"); give exactly one weight per feature."
        case .nonFiniteWeight(let index):
            return "initial weight \(index) is not a finite number."
        case .nonFiniteBias:
            return "the initial bias is not a finite number."
        case .nonFiniteLearningRate:
            return "the learning rate is not a finite number."
        case .tooFewIterations(let count):
            return "\(count) iterations were asked for; at least 1 is needed."
        case .tooManyIterations(let count):
            return "\(count) iterations were asked for; at most \(TrainingSettings.maximumIterations) are supported."
        case .thresholdOutOfRange(let value):
            return "the threshold \(ShortestNumber.text(value)) is outside (0, 1); "
                + "the sigmoid output lies strictly between 0 and 1, so choose a value such as 0.5."
        case .logTooLarge(let iterations, let perIteration):
            let most = TrainingSettings.maximumLoggedValues / perIteration
            return "\(iterations) iterations of \(perIteration) logged values each exceed the log's limit of "
                + "\(TrainingSettings.maximumLoggedValues) values; use at most \(most) iterations for this data."
        }
    }
}
