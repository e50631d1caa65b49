/// ∂L/∂wⱼ of the mean binary cross-entropy at the initial parameters, written as the chain rule
/// writes it, factor by factor for each sample: ∂L/∂s⁽ⁱ⁾ · ∂s⁽ⁱ⁾/∂z⁽ⁱ⁾ · ∂z⁽ⁱ⁾/∂wⱼ.
public struct ChainRule: Sendable, Equatable {
    /// The three factors of one sample and their product.
    public struct Term: Sendable, Equatable {
        /// s⁽ⁱ⁾, y⁽ⁱ⁾ and xⱼ⁽ⁱ⁾.
        public let s: Double, y: Double, x: Double
        /// ∂L/∂s⁽ⁱ⁾ = (s − y) / (m·s·(1 − s)): not finite where s(1 − s) rounds to 0.
        public let lossBySigmoid: Double
        /// ∂s⁽ⁱ⁾/∂z⁽ⁱ⁾ = σ′(z) = s·(1 − s).
        public let sigmoidSlope: Double
        /// The product of the three factors.
        public let product: Double
        /// (s − y)·x / m: the product with σ′ cancelled, as the logistic rule computes it.
        public let cancelled: Double
    }

    /// The feature j whose weight is differentiated.
    public let feature: Int
    /// The terms of the first samples.
    public let terms: [Term]
    /// Whether some shown sample has s(1 − s) = 0 in floating point, where only the cancelled
    /// form is a number.
    public var hasSaturatedSample: Bool { terms.contains { $0.sigmoidSlope == 0 } }

    /// The terms of the first `samples` samples of `dataset` for weight `feature`, with s from the
    /// forward pass at `settings`' initial parameters (iteration 1's s).
    /// - Complexity: one forward pass, O(n·m).
    public init(dataset: Dataset, settings: TrainingSettings, feature: Int, samples: Int) {
        self.feature = feature
        let count = min(max(samples, 0), dataset.sampleCount)
        guard feature >= 0, feature < dataset.featureCount, count > 0 else {
            terms = []
            return
        }
        let pass = ForwardPass(
            dataset, settings: settings, weights: settings.initialWeights, bias: settings.initialBias)
        let m = Double(dataset.sampleCount)
        terms = (0..<count).map { i in
            let s = pass.s[i], y = dataset.labels[i], x = dataset.features[feature][i]
            let slope = s * (1 - s)
            let bySigmoid = (s - y) / (m * slope)
            return Term(
                s: s, y: y, x: x, lossBySigmoid: bySigmoid, sigmoidSlope: slope, product: bySigmoid * slope * x,
                cancelled: (s - y) * x / m)
        }
    }
}
