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
    case logTooLarge(iterations: Int, perIteration: Int, hidden: Bool)
    case tooManyHiddenLayers(Int)
    case hiddenUnits(layer: Int, units: Int)
    /// Layer `layer` (from 1; the output is the last) has W of the `given` shape, not `expected`.
    case layerShape(layer: Int, expected: MatrixShape, given: MatrixShape)
    case nonFiniteLayerValue(layer: Int)

    /// The setting the error is about, so that a caller can say where the value came from.
    public var field: TrainingSettings.Field {
        switch self {
        case .weightCount, .nonFiniteWeight: .weights
        case .nonFiniteBias: .bias
        case .nonFiniteLearningRate: .learningRate
        case .tooFewIterations, .tooManyIterations, .logTooLarge: .iterations
        case .thresholdOutOfRange: .threshold
        case .tooManyHiddenLayers, .hiddenUnits, .layerShape, .nonFiniteLayerValue: .hidden
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
        case .logTooLarge(let iterations, let perIteration, let hidden):
            let most = TrainingSettings.maximumLoggedValues / perIteration
            return "\(iterations) iterations of \(perIteration) logged values each exceed the log's limit of "
                + "\(TrainingSettings.maximumLoggedValues) values; use at most \(most) iterations for this data"
                + (hidden ? " and these hidden layers, or smaller layers." : ".")
        case .tooManyHiddenLayers(let count):
            return "\(count) hidden layers are given; a network may have at most "
                + "\(TrainingSettings.maximumHiddenLayers)."
        case .hiddenUnits(let layer, let units):
            return "hidden layer \(layer) has \(units) units; a hidden layer has 1 to "
                + "\(TrainingSettings.maximumHiddenUnits) units."
        case .layerShape(let layer, let expected, let given):
            return "W of layer \(layer) is \(given) but must be \(expected) (its inputs × its units)."
        case .nonFiniteLayerValue(let layer):
            return "layer \(layer) has a weight or bias that is not a finite number."
        }
    }
}
