/// The outcome of a training run: convergence, divergence and the final parameters.
public struct TrainingSummary: Sendable, Equatable {
    /// N as asked.
    public let iterationsRequested: Int
    /// Iterations actually run (fewer than asked when training diverged).
    public let iterationsRun: Int
    /// The first iteration from which every prediction is right and stays right to the end.
    public let convergedAt: Int?
    /// The first iteration after whose update W or b was infinite or NaN.
    public let divergedAt: Int?
    /// W after the last iteration.
    public let finalWeights: [Double]
    /// b after the last iteration.
    public let finalBias: Double
    /// How many samples the final parameters classify correctly.
    public let finalCorrect: Int
    /// m.
    public let sampleCount: Int

    /// Derives the outcome from the misclassified count of every iteration.
    public init(
        iterationsRequested: Int, errors: [Int32], divergedAt: Int?, finalWeights: [Double],
        finalBias: Double, finalCorrect: Int, sampleCount: Int
    ) {
        self.iterationsRequested = iterationsRequested
        iterationsRun = errors.count
        let lastWrong = errors.lastIndex { $0 != 0 }
        if divergedAt != nil || errors.isEmpty {
            convergedAt = nil
        } else if let lastWrong {
            convergedAt = lastWrong + 1 < errors.count ? lastWrong + 2 : nil
        } else {
            convergedAt = 1
        }
        self.divergedAt = divergedAt
        self.finalWeights = finalWeights
        self.finalBias = finalBias
        self.finalCorrect = finalCorrect
        self.sampleCount = sampleCount
    }

    /// The share of samples the final parameters classify correctly, 0…1.
    public var accuracy: Double { Double(finalCorrect) / Double(sampleCount) }
}
