/// The gradient of the mean binary cross-entropy L at the initial parameters, three ways: by
/// central finite differences of L, as the logistic rule's step computes it, and as the
/// thresholded rule's step computes it. The first two agree (the logistic rule is gradient
/// descent on L); the third is not a gradient.
public struct GradientCheck: Sendable, Equatable {
    /// The finite-difference step h: small enough for the truncation error (h²·L‴/6, about 1e-13
    /// here), large enough that the rounding error of L (about 1e-16/h) stays near 1e-10.
    public static let step = 1e-6

    /// (∂L/∂w₁, …, ∂L/∂wₙ, ∂L/∂b) by (L(θ + h) − L(θ − h)) / 2h, each parameter in turn.
    public let numerical: [Double]
    /// (dW, db) of iteration 1 under the logistic rule: X·(s − y)ᵀ/m and Σ(s − y)/m.
    public let logistic: [Double]
    /// (dW, db) of iteration 1 under the thresholded rule: X·(ŷ − y)ᵀ/m and Σ(ŷ − y)/m.
    public let thresholded: [Double]

    /// Checks the gradient at `settings`' initial parameters on `dataset`.
    /// - Complexity: O((n + 1)·n·m): two forward passes per parameter.
    public init(dataset: Dataset, settings: TrainingSettings) {
        let base = TrainingState(dataset: dataset, settings: settings)
        let w = settings.initialWeights, b = settings.initialBias, h = Self.step
        func loss(_ weights: [Double], _ bias: Double) -> Double { base.withParameters(weights, bias).bce }
        var numerical: [Double] = []
        for j in w.indices {
            var up = w, down = w
            up[j] += h
            down[j] -= h
            numerical.append((loss(up, b) - loss(down, b)) / (2 * h))
        }
        numerical.append((loss(w, b + h) - loss(w, b - h)) / (2 * h))
        self.numerical = numerical
        logistic = Self.firstStep(dataset, settings, rule: .logistic)
        thresholded = Self.firstStep(dataset, settings, rule: .thresholded)
    }

    /// (dW, db) of the first iteration under `rule`.
    private static func firstStep(_ dataset: Dataset, _ settings: TrainingSettings, rule: UpdateRule) -> [Double] {
        var once = settings
        once.iterations = 1
        once.rule = rule
        var state = TrainingState(dataset: dataset, settings: once)
        state.step()
        return state.dW + [state.db]
    }
}
