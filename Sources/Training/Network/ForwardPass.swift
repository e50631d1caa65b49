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

    /// Runs the forward pass with the same arithmetic as training, so the final predictions
    /// agree with what the next iteration would have logged.
    public init(dataset: Dataset, weights: [Double], bias: Double, threshold: Double) {
        let m = dataset.sampleCount
        var z = [Double](repeating: 0, count: m)
        var s = z
        var losses = z
        var predictions = [UInt8](repeating: 0, count: m)
        for i in 0..<m {
            var sum = 0.0
            for j in 0..<dataset.featureCount { sum += weights[j] * dataset.features[j][i] }
            z[i] = sum + bias
            s[i] = sigmoid(z[i])
            predictions[i] = s[i] >= threshold ? 1 : 0
            losses[i] = Training.crossEntropy(z: z[i], label: dataset.labels[i])
        }
        self.z = z
        self.s = s
        self.predictions = predictions
        crossEntropy = m > 0 ? pairwiseSum(losses) / Double(m) : .nan
    }

    /// How many samples are predicted as labelled.
    public func correctCount(_ labels: [Double]) -> Int {
        zip(predictions, labels).count { Double($0.0) == $0.1 }
    }
}
