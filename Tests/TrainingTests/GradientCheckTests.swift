import Foundation
import Testing

@testable import Training

/// GradientCheck: the backward pass against central finite differences of the mean binary
/// cross-entropy. Under the logistic rule dW and db are ∂L/∂W and ∂L/∂b; under the thresholded
/// rule they are not.
@Suite struct GradientCheckTests {
    static let datasets: [Dataset] = [
        LogicGate.and.dataset, LogicGate.xor.dataset,
        (try? Dataset(
            name: "three", features: [[0.5, -1, 2, 0.25, 1.5], [1, 0, -0.5, 2, 1], [-1, 0.75, 0, 1, -2]],
            labels: [1, 0, 1, 0, 1])) ?? LogicGate.or.dataset,
    ]

    /// dW and db of iteration 1 as the logged run has them.
    static func loggedStep(_ dataset: Dataset, _ settings: TrainingSettings) -> [Double] {
        var once = settings
        once.iterations = 1
        let log = Trainer.train(dataset, settings: once)
        return (0..<dataset.featureCount).map { log.dW(1, $0) } + [log.db(1)]
    }

    @Test(arguments: datasets)
    func theLogisticRulesStepIsTheGradientOfTheMeanCrossEntropy(_ dataset: Dataset) {
        var settings = TrainingSettings.defaults(for: dataset)
        settings.rule = .logistic
        if dataset.featureCount != 2 { settings.initialWeights = [0.3, -0.2, 0.1] }
        let check = GradientCheck(dataset: dataset, settings: settings)
        #expect(check.logistic == Self.loggedStep(dataset, settings))
        for (analytic, numerical) in zip(check.logistic, check.numerical) {
            // Central differences with h = 1e-6 are accurate to about 1e-9 here.
            #expect(abs(analytic - numerical) <= 1e-7 * max(1, abs(analytic)), "\(analytic) vs \(numerical)")
        }
    }

    @Test func theThresholdedRulesStepIsNotTheGradient() {
        let settings = TrainingSettings.walkthrough
        let check = GradientCheck(dataset: LogicGate.and.dataset, settings: settings)
        #expect(check.thresholded == Self.loggedStep(LogicGate.and.dataset, settings))
        #expect(check.thresholded == [0.25, 0.25, 0.75])
        // At the article's start ∂L/∂w₁ = Σ (sᵢ − yᵢ)·x₁⁽ⁱ⁾ / 4 = (s₂ + s₄ − 1)/4, with x₁ = (0, 1, 0, 1).
        func sigmoid(_ z: Double) -> Double { 1 / (1 + exp(-z)) }
        #expect(abs(check.numerical[0] - (sigmoid(1.4) + sigmoid(1.6) - 1) / 4) < 1e-9)
        #expect(zip(check.thresholded, check.numerical).allSatisfy { abs($0 - $1) > 0.05 })
    }

    @Test func aDivergingStartGivesNumbersNotACrash() {
        var settings = TrainingSettings.walkthrough
        settings.initialWeights = [1e308, -1e308]
        let check = GradientCheck(dataset: LogicGate.and.dataset, settings: settings)
        #expect(check.numerical.count == 3 && check.logistic.count == 3 && check.thresholded.count == 3)
    }
}
