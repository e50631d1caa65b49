/// The forward pass of every sample through the network with fixed parameters.
public struct ForwardPass: Sendable, Equatable {
    /// z = Wᵀ·x + b per sample.
    public let z: [Double]
    /// s = σ(z) per sample.
    public let s: [Double]
    /// ŷ = 1 where s ≥ T, else 0, per sample.
    public let predictions: [UInt8]
    /// The mean binary cross-entropy of s against the labels.
    public let crossEntropy: Double

    /// The pass `state` has just run (see `TrainingState.withParameters`): the same arithmetic
    /// as training, so the final predictions agree with what a next iteration would log.
    init(_ state: TrainingState) {
        let samples = state.allSamples
        z = Array(samples.z)
        s = Array(samples.s)
        predictions = samples.predictions
        crossEntropy = state.bce
    }

    /// The pass of `dataset` with parameters W and b, computed as training computes it (the
    /// threshold and losses from `settings`).
    public init(_ dataset: Dataset, settings: TrainingSettings, weights: [Double], bias: Double) {
        self.init(TrainingState(dataset: dataset, settings: settings).withParameters(weights, bias))
    }

    /// No pass yet: the value a log holds before training ends.
    static let none = ForwardPass(z: [], s: [], predictions: [], crossEntropy: .nan)

    private init(z: [Double], s: [Double], predictions: [UInt8], crossEntropy: Double) {
        self.z = z
        self.s = s
        self.predictions = predictions
        self.crossEntropy = crossEntropy
    }

    /// How many samples are predicted as labelled.
    public func correctCount(_ labels: [Double]) -> Int {
        zip(predictions, labels).count { Double($0.0) == $0.1 }
    }
}
