import Testing

@testable import Training

/// The backward pass against central finite differences of the mean binary cross-entropy: under
/// the logistic rule dW and db are ∂L/∂W and ∂L/∂b, under the thresholded rule they are not.
@Suite struct GradientCheckTests {
    /// L(W, b), the mean cross-entropy the trainer's own forward pass computes.
    static func loss(_ dataset: Dataset, _ settings: TrainingSettings, _ weights: [Double], _ bias: Double) -> Double {
        TrainingState(dataset: dataset, settings: settings).withParameters(weights, bias).bce
    }

    /// (∂L/∂w₁, …, ∂L/∂wₙ, ∂L/∂b) by central differences with step h, at the initial parameters.
    static func numericalGradient(_ dataset: Dataset, _ settings: TrainingSettings, h: Double = 1e-6) -> [Double] {
        let w = settings.initialWeights, b = settings.initialBias
        var gradient: [Double] = []
        for j in w.indices {
            var up = w, down = w
            up[j] += h
            down[j] -= h
            gradient.append((loss(dataset, settings, up, b) - loss(dataset, settings, down, b)) / (2 * h))
        }
        gradient.append((loss(dataset, settings, w, b + h) - loss(dataset, settings, w, b - h)) / (2 * h))
        return gradient
    }

    static func analyticGradient(_ dataset: Dataset, _ settings: TrainingSettings) -> [Double] {
        var once = settings
        once.iterations = 1
        let log = Trainer.train(dataset, settings: once)
        return (0..<dataset.featureCount).map { log.dW(1, $0) } + [log.db(1)]
    }

    static let datasets: [Dataset] = [
        LogicGate.and.dataset, LogicGate.xor.dataset,
        (try? Dataset(
            name: "three", features: [[0.5, -1, 2, 0.25, 1.5], [1, 0, -0.5, 2, 1], [-1, 0.75, 0, 1, -2]],
            labels: [1, 0, 1, 0, 1])) ?? LogicGate.or.dataset,
    ]

    @Test(arguments: datasets)
    func theLogisticRulesStepIsTheGradientOfTheMeanCrossEntropy(_ dataset: Dataset) {
        var settings = TrainingSettings.defaults(for: dataset)
        settings.rule = .logistic
        if dataset.featureCount != 2 { settings.initialWeights = [0.3, -0.2, 0.1] }
        let analytic = Self.analyticGradient(dataset, settings)
        let numeric = Self.numericalGradient(dataset, settings)
        for (a, n) in zip(analytic, numeric) {
            // Central differences with h = 1e-6 are accurate to about 1e-9 here.
            #expect(abs(a - n) <= 1e-7 * max(1, abs(a)), "analytic \(a) vs numerical \(n)")
        }
    }

    @Test func theThresholdedRulesStepIsNotTheGradient() {
        let settings = TrainingSettings.walkthrough
        let analytic = Self.analyticGradient(LogicGate.and.dataset, settings)
        let numeric = Self.numericalGradient(LogicGate.and.dataset, settings)
        #expect(analytic == [0.25, 0.25, 0.75])
        // ∂L/∂w₁ at the article's start is (s₂ + s₄ − 1)/4 ≈ 0.1586, not 0.25.
        #expect(abs(numeric[0] - 0.15855) < 1e-4)
        #expect(zip(analytic, numeric).allSatisfy { abs($0 - $1) > 0.05 })
    }
}
