import Testing

@testable import Training

/// Networks with hidden layers drawn from the whole settings space — every size allowed, learning
/// rates and weights from 1e-300 to the largest double, both signs, data of up to 70 samples —
/// train without a trap, and their logs keep the shape they promise.
@Suite struct HiddenSettingsSpaceTests {
    static let magnitudes: [Double] = [0, 1e-300, 1e-8, 0.5, 1, 3, 1e3, 1e10, 1e100, 1e300, .greatestFiniteMagnitude]

    /// Data of `samples` samples of `features` features, values up to `scale`.
    static func data(_ generator: inout SplitMix64, features: Int, samples: Int, scale: Double) -> Dataset {
        let rows = (0..<features).map { _ in (0..<samples).map { _ in generator.nextSigned() * scale } }
        let labels = (0..<samples).map { _ in generator.next() % 2 == 0 ? 0.0 : 1.0 }
        return (try? Dataset(name: "drawn", features: rows, labels: labels)) ?? LogicGate.xor.dataset
    }

    @Test(arguments: 0..<60)
    func aDrawnNetworkTrainsAndLogsWhatItPromises(_ draw: Int) throws {
        var generator = SplitMix64(seed: UInt64(draw) &* 0x9E37_79B9)
        let pick = { (generator: inout SplitMix64, count: Int) in Int(generator.next() % UInt64(count)) }
        let layerCount = 1 + pick(&generator, TrainingSettings.maximumHiddenLayers)
        let hidden = (0..<layerCount).map { _ in
            [1, 2, 3, 7, 64][pick(&generator, 5)]
        }
        let features = 1 + pick(&generator, 4)
        let samples = [1, 2, 4, 63, 64, 65, 70][pick(&generator, 7)]
        let dataset =
            draw % 5 == 0
            ? LogicGate.xor.dataset
            : Self.data(&generator, features: features, samples: samples, scale: Self.magnitudes[pick(&generator, 11)])
        let layers = InitialParameters.drawn(
            hidden: hidden, features: dataset.featureCount, seed: generator.next() % 4_294_967_296)
        let weightScale = Self.magnitudes[pick(&generator, 11)] * (generator.next() % 2 == 0 ? 1 : -1)
        let scaled = layers.map { layer in
            LayerParameters(
                weights: layer.weights.map { $0.map { $0 * weightScale } },
                biases: layer.biases.map { $0 * weightScale })
        }
        var settings = TrainingSettings(
            initialWeights: scaled.last?.weights.map { $0[0] } ?? [], initialBias: scaled.last?.biases[0] ?? 0,
            learningRate: Self.magnitudes[pick(&generator, 11)] * (generator.next() % 3 == 0 ? -1 : 1),
            iterations: 1 + pick(&generator, 6), rule: generator.next() % 2 == 0 ? .logistic : .thresholded,
            threshold: 0.5)
        settings.hiddenLayers = Array(scaled.dropLast())
        try settings.validate(for: dataset)

        let log = Trainer.train(dataset, settings: settings)
        #expect(log.count >= 1)
        if let diverged = log.divergedAt {
            #expect(log.count == diverged)
        } else {
            #expect(log.count == settings.iterations)
        }
        let columns = log.columns
        #expect(columns.hidden.count == log.count * log.hiddenLayout.rowWidth)
        #expect(columns.z.count == log.count * min(dataset.sampleCount, 64))
        for k in 1...log.count {
            for (index, units) in hidden.enumerated() {
                for u in 0..<units {
                    for i in 0..<log.loggedSampleCount {
                        let a = log.activation(k, layer: index + 1, u, i)
                        #expect(a.isNaN || (a >= 0 && a <= 1))
                    }
                }
            }
        }
        let summary = Trainer.summary(dataset, settings: settings)
        #expect(summary.iterationsRun == log.count)
        #expect(summary.finalBias.bitPattern == log.summary.finalBias.bitPattern)
    }
}
