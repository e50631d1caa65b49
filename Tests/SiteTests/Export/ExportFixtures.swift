import Training

/// Training runs the export tests write out.
enum ExportFixtures {
    /// The walkthrough's AND run, cut to `iterations`.
    static func andRun(iterations: Int = 40, rule: UpdateRule = .thresholded) -> TrainingLog {
        var settings = TrainingSettings.walkthrough
        settings.iterations = iterations
        settings.rule = rule
        return Trainer.train(LogicGate.and.dataset, settings: settings)
    }

    /// A run whose weights overflow in the first iterations, so the log holds infinities.
    static func divergingRun() throws -> TrainingLog {
        let dataset = try Dataset(name: "huge", features: [[1e300, -1e300, 1e300]], labels: [1, 0, 0])
        let settings = TrainingSettings(
            initialWeights: [0], initialBias: 0, learningRate: 1e10, iterations: 50, rule: .logistic, threshold: 0.5)
        try settings.validate(for: dataset)
        return Trainer.train(dataset, settings: settings)
    }

    /// XOR through hidden layers of `sizes` from seed 1, for `iterations` (logistic, α = 1).
    static func hiddenRun(_ sizes: [Int] = [2], iterations: Int = 50) -> TrainingLog {
        let dataset = LogicGate.xor.dataset
        var settings = TrainingSettings.defaults(for: dataset)
        let layers = InitialParameters.drawn(hidden: sizes, features: dataset.featureCount, seed: 1)
        settings.hiddenLayers = Array(layers.dropLast())
        settings.initialWeights = layers[layers.count - 1].weights.map { $0[0] }
        settings.initialBias = layers[layers.count - 1].biases[0]
        settings.iterations = iterations
        settings.rule = .logistic
        settings.learningRate = 1
        return Trainer.train(dataset, settings: settings)
    }

    /// 70 samples of 3 features: more samples than the log keeps per-sample values for.
    static func wideRun() throws -> TrainingLog {
        let samples = 0..<70
        let features = (1...3).map { j in samples.map { Double(($0 * j) % 7) / 7 - 0.4 } }
        let labels = samples.map { $0 % 3 == 0 ? 1.0 : 0.0 }
        let dataset = try Dataset(name: "wide", featureNames: ["a", "b", "c"], features: features, labels: labels)
        let settings = TrainingSettings(
            initialWeights: [0.1, -0.2, 0.3], initialBias: 0, learningRate: 0.5, iterations: 12, rule: .logistic,
            threshold: 0.5)
        try settings.validate(for: dataset)
        return Trainer.train(dataset, settings: settings)
    }

}

/// The runs by name, as test arguments (a log's own description would fill the test output).
enum ExportRun: String, CaseIterable, CustomStringConvertible {
    case andThresholded, andLogistic, diverging, wide

    var description: String { rawValue }

    func log() throws -> TrainingLog {
        switch self {
        case .andThresholded: ExportFixtures.andRun()
        case .andLogistic: ExportFixtures.andRun(iterations: 7, rule: .logistic)
        case .diverging: try ExportFixtures.divergingRun()
        case .wide: try ExportFixtures.wideRun()
        }
    }
}

/// `a` and `b` are the same double, NaNs of any payload counting as equal.
func sameDouble(_ a: Double?, _ b: Double) -> Bool {
    guard let a else { return false }
    return a.isNaN ? b.isNaN : a.bitPattern == b.bitPattern
}
