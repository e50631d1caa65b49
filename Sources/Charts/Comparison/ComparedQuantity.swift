import Formats

/// A quantity the comparison draws for every run: the loss, the misclassified count, a weight
/// or the bias, over the iterations.
public enum ComparedQuantity: Sendable, Hashable {
    /// The mean binary cross-entropy of the sigmoid output.
    case loss
    /// How many samples were misclassified.
    case errors
    /// Weight j (from 0) after each update.
    case weight(Int)
    /// The bias after each update.
    case bias

    /// The part of the chart files' names, such as "loss" or "w1".
    public var fileStem: String {
        switch self {
        case .loss: "loss"
        case .errors: "errors"
        case .weight(let j): "w\(j + 1)"
        case .bias: "bias"
        }
    }

    /// What it is, as a chart's title and a sentence name it: "cross-entropy loss".
    public var name: String {
        switch self {
        case .loss: "cross-entropy loss"
        case .errors: "misclassified count"
        case .weight(let j): "weight w\(j + 1)"
        case .bias: "bias b"
        }
    }

    /// The y axis title.
    var yTitle: String {
        switch self {
        case .loss: "mean binary cross-entropy"
        case .errors: "misclassified samples"
        case .weight(let j): "w\(j + 1)"
        case .bias: "b"
        }
    }

    /// The first iteration of the series: the losses and counts start with iteration 1, the
    /// parameters with their initial values at iteration 0.
    public var firstIteration: Int {
        switch self {
        case .loss, .errors: 1
        case .weight, .bias: 0
        }
    }

    /// Counts are drawn as steps, with whole-number ticks from 0; the loss from 0 too.
    var steps: Bool { self == .errors }
    var integerY: Bool { self == .errors }
    var nonNegativeY: Bool { self == .errors || self == .loss }

    /// This quantity of `trace`; nil for a weight the run does not have or did not trace.
    public func series(of trace: RunTrace) -> TracedSeries? {
        switch self {
        case .loss: trace.loss
        case .errors: trace.errors
        case .weight(let j): j < trace.weights.count ? trace.weights[j] : nil
        case .bias: trace.bias
        }
    }
}
