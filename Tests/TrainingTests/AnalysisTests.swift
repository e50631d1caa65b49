import Foundation
import Testing

@testable import Training

/// The computations the teaching sections show: the rate rescaling, the loss surface and the
/// parameter path.
@Suite struct AnalysisTests {
    @Test func aFiftyTimesLargerRateRescalesTheThresholdedRunOfAnd() throws {
        let scaling = try #require(RateScaling(dataset: LogicGate.and.dataset, iterations: 1_000, threshold: 0.5))
        #expect(scaling.iterations == 1_000)
        #expect(scaling.firstDifference == nil)
        #expect(scaling.largestDeviation < 1e-12)
    }

    @Test func theRescalingIsRefusedWhenItWouldTrainTooLong() {
        #expect(RateScaling(dataset: LogicGate.and.dataset, iterations: 10_000_000, threshold: 0.5) == nil)
        #expect(RateScaling(dataset: LogicGate.and.dataset, iterations: 0, threshold: 0.5) == nil)
    }

    @Test func andHasAZeroErrorRegionAndXorHasNone() throws {
        let and = try #require(LossSurface(dataset: LogicGate.and.dataset, w1: -4...4, w2: -4...4, resolution: 21))
        #expect(and.errors.min() == 0)
        // At w = (2, 2), b = −3 separates AND: the grid point (i, j) = (15, 15) is w = (2, 2).
        #expect(and.errors[15 * 21 + 15] == 0)
        let xor = try #require(LossSurface(dataset: LogicGate.xor.dataset, w1: -4...4, w2: -4...4, resolution: 21))
        #expect(xor.errors.min() == 1)
        // With W = 0 every sample has z = b: the best b predicts one class for all, ln 2 for XOR.
        #expect(abs(xor.loss[10 * 21 + 10] - log(2)) < 1e-9)
    }

    @Test func theLowestLossOverTheBiasIsTheMinimumOfTheConvexProfile() {
        let z = [0.5, -1, 2, 0.25], y = [1.0, 0, 0, 1]
        let lowest = LossSurface.lowestLoss(z, y)
        func loss(_ b: Double) -> Double {
            zip(z, y).map { zi, yi in
                let s = 1 / (1 + exp(-(zi + b)))
                return -(yi * log(s) + (1 - yi) * log(1 - s))
            }.reduce(0, +) / 4
        }
        let scanned = stride(from: -10.0, through: 10, by: 0.001).map(loss).min() ?? .nan
        #expect(lowest <= scanned + 1e-12 && lowest > scanned - 1e-6)
    }

    @Test func fewestErrorsTriesEveryCut() {
        #expect(LossSurface.fewestErrors([1, 2, 3, 4], [0, 0, 1, 1]) == 0)
        #expect(LossSurface.fewestErrors([1, 2, 3, 4], [1, 1, 0, 0]) == 2)
        // Equal z cannot be split: one of the pair is wrong whatever b is.
        #expect(LossSurface.fewestErrors([1, 1], [0, 1]) == 1)
    }

    @Test func aNaNZEndsTheCountInsteadOfLoopingForever() {
        // W·x = ∞ − ∞ on a grid far out: the NaN samples tie with each other, after every number.
        #expect(LossSurface.fewestErrors([.nan, 1, .nan, 2], [1, 0, 1, 0]) == 0)
        #expect(LossSurface.fewestErrors([.nan, .nan], [0, 1]) == 1)
        let far = LossSurface(
            dataset: (try? Dataset(name: "far", features: [[1e308, -1e308], [1e308, 1e308]], labels: [0, 1]))
                ?? LogicGate.and.dataset, w1: -8e307...8e307, w2: -8e307...8e307, resolution: 4)
        #expect(far?.errors.count == 16)
    }

    @Test func thePathKeepsAtMostItsPointsAndAlwaysTheEnds() {
        let long = TrainingSettings(
            initialWeights: [0.4, 0.2], initialBias: 1, learningRate: 0.1, iterations: 10_007, rule: .logistic,
            threshold: 0.5)
        let summary = Trainer.summary(LogicGate.and.dataset, settings: long)
        let path = summary.path
        #expect(path.iterations.first == 0 && path.iterations.last == 10_007)
        #expect(path.iterations.count <= ParameterPath.maximumPoints + 2)
        #expect(path.weights.first == [0.4, 0.2] && path.biases.first == 1)
        #expect(path.weights.last == summary.finalWeights && path.biases.last == summary.finalBias)
        #expect(zip(path.iterations, path.iterations.dropFirst()).allSatisfy { $0 < $1 })
    }
}

/// The chain rule's factors for ∂L/∂w₁ against the sigmoid computed here and the logistic step.
@Suite struct ChainRuleTests {
    @Test func theFactorsOfAndMultiplyToTheLogisticGradient() {
        let dataset = LogicGate.and.dataset, settings = TrainingSettings.walkthrough
        let chain = ChainRule(dataset: dataset, settings: settings, feature: 0, samples: 8)
        #expect(chain.terms.count == 4)
        let z = [1.0, 1.4, 1.2, 1.6]
        for (i, term) in chain.terms.enumerated() {
            let s = 1 / (1 + exp(-z[i]))
            #expect(abs(term.s - s) < 1e-15)
            #expect(abs(term.sigmoidSlope - s * (1 - s)) < 1e-15)
            #expect(abs(term.lossBySigmoid - (s - term.y) / (4 * s * (1 - s))) < 1e-14)
            #expect(abs(term.product - term.cancelled) < 1e-15)
            #expect(term.x == dataset.features[0][i])
        }
        let check = GradientCheck(dataset: dataset, settings: settings)
        let sum = chain.terms.map(\.cancelled).reduce(0, +)
        #expect(abs(sum - check.logistic[0]) < 1e-15)
    }

    @Test func aSaturatedSampleHasNoFiniteLossBySigmoid() {
        var settings = TrainingSettings.walkthrough
        settings.initialBias = 800
        let chain = ChainRule(dataset: LogicGate.and.dataset, settings: settings, feature: 1, samples: 2)
        #expect(chain.terms.count == 2 && chain.hasSaturatedSample)
        #expect(!chain.terms[0].lossBySigmoid.isFinite)
        #expect(chain.terms[0].cancelled == 0)  // x₂ of sample 1 is 0
    }

    @Test func outOfRangeFeaturesGiveNoTerms() {
        let settings = TrainingSettings.walkthrough
        #expect(ChainRule(dataset: LogicGate.and.dataset, settings: settings, feature: 5, samples: 4).terms.isEmpty)
        #expect(ChainRule(dataset: LogicGate.and.dataset, settings: settings, feature: 0, samples: -1).terms.isEmpty)
    }

    @Test func onlyTheFirstWeightsAreCheckedNumerically() throws {
        let features = (0..<12).map { j in (0..<5).map { Double(($0 + j) % 3) } }
        let dataset = try Dataset(name: "wide", features: features, labels: [1, 0, 1, 0, 1])
        var settings = TrainingSettings.defaults(for: dataset)
        settings.rule = .logistic
        let check = GradientCheck(dataset: dataset, settings: settings)
        #expect(check.checkedWeights == 8 && check.numerical.count == 9 && check.logistic.count == 13)
        #expect(check.checked(.logistic).last == check.logistic.last)
        #expect(check.relativeDifferences(.logistic).allSatisfy { $0 < 1e-6 })
    }
}
