/// The forward pass of every sample through the network with fixed parameters.
public struct ForwardPass: Sendable, Equatable {
    /// z = Wᵀ·x + b per sample.
    public let z: [Double]
    /// s = σ(z) per sample.
    public let s: [Double]
    /// ŷ = 1 where s ≥ T, else 0, per sample.
    public let predictions: [UInt8]
    /// e per sample, as the run's rule forms it: ŷ − y (thresholded) or s − y (logistic).
    public let e: [Double]
    /// The mean binary cross-entropy of s against the labels.
    public let crossEntropy: Double

    /// The pass `state` has just run (see `TrainingState.withParameters`): the same arithmetic
    /// as training, so the final predictions agree with what a next iteration would log.
    init(_ state: TrainingState) {
        let samples = state.allSamples
        z = Array(samples.z)
        s = Array(samples.s)
        predictions = samples.predictions
        e = Array(state.values(.e, first: state.sampleCount))
        crossEntropy = state.bce
    }

    /// No pass yet: the value a log holds before training ends.
    static let none = ForwardPass(z: [], s: [], predictions: [], e: [], crossEntropy: .nan)

    private init(z: [Double], s: [Double], predictions: [UInt8], e: [Double], crossEntropy: Double) {
        self.z = z
        self.s = s
        self.predictions = predictions
        self.e = e
        self.crossEntropy = crossEntropy
    }

    /// The pass of every sample of `dataset` with W = `weights` and b = `bias`, as an iteration of a
    /// run with `settings` computes it from those parameters (with the initial ones: iteration 1's
    /// pass), so z, s, ŷ and e equal the log's bit for bit, for every sample, logged or not.
    ///
    /// - Precondition: `weights` has one weight per feature of `dataset`.
    /// - Complexity: O(m·n).
    public init(_ dataset: Dataset, settings: TrainingSettings, weights: [Double], bias: Double) {
        self.init(TrainingState(dataset: dataset, settings: settings).withParameters(weights, bias))
    }

    /// How many samples are predicted as labelled.
    public func correctCount(_ labels: [Double]) -> Int {
        zip(predictions, labels).count { Double($0.0) == $0.1 }
    }
}
