import Testing

@testable import Training

/// The forward pass with given parameters, as the charts read it for samples the log does not keep.
@Suite struct ForwardPassTests {
    static let threeFeatures: Dataset = {
        let features: [[Double]] = (0..<3).map { j in (0..<80).map { Double(($0 * (j + 3)) % 7) - 3 } }
        let labels = (0..<80).map { Double($0 % 3 == 0 ? 1 : 0) }
        return (try? Dataset(name: "eighty", features: features, labels: labels)) ?? LogicGate.and.dataset
    }()

    @Test(arguments: [UpdateRule.thresholded, .logistic])
    func theInitialParametersGiveIterationOnesPassBitForBit(_ rule: UpdateRule) {
        let data = Self.threeFeatures
        #expect(data.sampleCount == 80)
        var settings = TrainingSettings.defaults(for: data)
        settings.initialWeights = [0.3, -0.2, 0.1]
        settings.rule = rule
        let log = Trainer.train(data, settings: settings)
        let pass = ForwardPass(data, settings: settings, weights: settings.initialWeights, bias: settings.initialBias)
        #expect(pass.z.count == 80 && pass.e.count == 80)
        for i in 0..<log.loggedSampleCount {
            #expect(pass.z[i].bitPattern == log.z(1, i).bitPattern)
            #expect(pass.s[i].bitPattern == log.s(1, i).bitPattern)
            #expect(pass.e[i].bitPattern == log.e(1, i).bitPattern)
            #expect(Int(pass.predictions[i]) == log.prediction(1, i))
        }
        // Beyond the 64 logged samples, e follows the rule's formula from the same pass.
        for i in log.loggedSampleCount..<80 {
            let output = rule == .thresholded ? Double(pass.predictions[i]) : pass.s[i]
            #expect(pass.e[i] == output - data.labels[i])
        }
        let final = ForwardPass(
            data, settings: settings, weights: log.weights(after: log.count), bias: log.bias(log.count))
        #expect(final == log.finalPass)
    }
}
