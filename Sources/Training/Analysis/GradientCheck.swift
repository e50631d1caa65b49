/// The gradient of the mean binary cross-entropy L at the initial parameters, three ways: by
/// central finite differences of L, as the logistic rule's step computes it, and as the
/// thresholded rule's step computes it. The first two agree (the logistic rule is gradient
/// descent on L); the third is not a gradient.
public struct GradientCheck: Sendable, Equatable {
    /// The finite-difference step h: small enough for the truncation error (h²·L‴/6, about 1e-13
    /// here), large enough that the rounding error of L (about 1e-16/h) stays near 1e-10.
    public static let step = 1e-6

    /// L at the initial parameters.
    public let loss: Double
    /// How many weights are checked by finite differences (the first ones, then b): each costs
    /// two forward passes over the whole dataset.
    public let checkedWeights: Int
    /// (∂L/∂w₁, …, ∂L/∂w_k, ∂L/∂b) by (L(θ + h) − L(θ − h)) / 2h, each parameter in turn, for the
    /// first k = `checkedWeights` weights.
    public let numerical: [Double]
    /// (dW, db) of iteration 1 under the logistic rule: X·(s − y)ᵀ/m and Σ(s − y)/m, every weight.
    public let logistic: [Double]
    /// (dW, db) of iteration 1 under the thresholded rule: X·(ŷ − y)ᵀ/m and Σ(ŷ − y)/m, every weight.
    public let thresholded: [Double]

    /// Checks the gradient at `settings`' initial parameters on `dataset`, by finite differences
    /// for at most `weights` weights and b.
    /// - Complexity: O((k + 1)·n·m) for k checked weights: two forward passes per parameter.
    public init(dataset: Dataset, settings: TrainingSettings, weights: Int = 8) {
        let base = TrainingState(dataset: dataset, settings: settings)
        let w = settings.initialWeights, b = settings.initialBias, h = Self.step
        func lossAt(_ weights: [Double], _ bias: Double) -> Double { base.withParameters(weights, bias).bce }
        checkedWeights = min(max(weights, 0), w.count)
        loss = lossAt(w, b)
        var numerical: [Double] = []
        for j in 0..<checkedWeights {
            var up = w, down = w
            up[j] += h
            down[j] -= h
            numerical.append((lossAt(up, b) - lossAt(down, b)) / (2 * h))
        }
        numerical.append((lossAt(w, b + h) - lossAt(w, b - h)) / (2 * h))
        self.numerical = numerical
        logistic = Self.firstStep(dataset, settings, rule: .logistic)
        thresholded = Self.firstStep(dataset, settings, rule: .thresholded)
    }

    /// The step of `rule` for the parameters the numerical gradient checks, in the same order.
    public func checked(_ rule: UpdateRule) -> [Double] {
        let step = rule == .logistic ? logistic : thresholded
        return Array(step.prefix(checkedWeights)) + [step[step.count - 1]]
    }

    /// |a − b| / max(|a|, |b|) between `rule`'s step and the numerical gradient, per checked
    /// parameter: 0 when both are 0, NaN when either is not finite.
    public func relativeDifferences(_ rule: UpdateRule) -> [Double] {
        zip(checked(rule), numerical).map { a, b in
            guard a.isFinite, b.isFinite else { return .nan }
            let size = max(abs(a), abs(b))
            return size == 0 ? 0 : abs(a - b) / size
        }
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
