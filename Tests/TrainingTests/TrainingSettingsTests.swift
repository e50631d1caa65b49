import Testing

@testable import Training

@Suite struct TrainingSettingsTests {
    static func settings(_ change: (inout TrainingSettings) -> Void) -> TrainingSettings {
        var settings = TrainingSettings.walkthrough
        change(&settings)
        return settings
    }

    static let invalid: [(TrainingSettings, TrainingSettingsError, String)] = [
        (settings { $0.initialWeights = [1] }, .weightCount(weights: 1, features: 2), "one weight per feature"),
        (settings { $0.initialWeights = [1, .nan] }, .nonFiniteWeight(index: 2), "weight 2"),
        (settings { $0.initialBias = .infinity }, .nonFiniteBias, "bias"),
        (settings { $0.learningRate = .nan }, .nonFiniteLearningRate, "learning rate"),
        (settings { $0.iterations = 0 }, .tooFewIterations(0), "at least 1"),
        (settings { $0.iterations = -5 }, .tooFewIterations(-5), "at least 1"),
        (settings { $0.iterations = 10_000_001 }, .tooManyIterations(10_000_001), "at most 10000000"),
        (settings { $0.threshold = 0 }, .thresholdOutOfRange(0), "outside (0, 1)"),
        (settings { $0.threshold = 1 }, .thresholdOutOfRange(1), "outside (0, 1)"),
        (settings { $0.threshold = .nan }, .thresholdOutOfRange(.nan), "outside (0, 1)"),
    ]

    @Test(arguments: 0..<invalid.count)
    func invalidSettingsAreRefused(_ index: Int) {
        let (settings, error, message) = Self.invalid[index]
        #expect(throws: TrainingSettingsError.self) { try settings.validate(for: LogicGate.and.dataset) }
        if case .thresholdOutOfRange = error {
        } else {
            #expect(throws: error) { try settings.validate(for: LogicGate.and.dataset) }
        }
        #expect(error.description.contains(message))
    }

    @Test func logSizeIsCappedForWideData() throws {
        let wide = try Dataset(
            name: "wide", features: Array(repeating: [0, 1], count: 1000), labels: [0, 1])
        var settings = TrainingSettings.defaults(for: wide)
        #expect(settings.initialWeights == Array(repeating: 0, count: 1000))
        settings.iterations = 1_000_000
        #expect(throws: TrainingSettingsError.self) { try settings.validate(for: wide) }
        settings.iterations = 100
        try settings.validate(for: wide)
    }

    @Test func defaultsAreTheWalkthroughsForTwoFeatures() {
        #expect(TrainingSettings.defaults(for: LogicGate.or.dataset) == .walkthrough)
    }
}
