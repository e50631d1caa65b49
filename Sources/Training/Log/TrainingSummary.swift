/// The outcome of a training run: when every prediction became right, divergence, the final
/// parameters, and how the run was still moving at its end.
public struct TrainingSummary: Sendable, Equatable {
    /// How the run moved between its first and last iteration.
    public struct Motion: Sendable, Equatable {
        /// The mean binary cross-entropy of the first and of the last iteration.
        public let firstLoss: Double, lastLoss: Double
        /// ‖(α·dW, α·db)‖: how far the last update moved the parameters (0 when it did not).
        public let lastStep: Double

        public init(firstLoss: Double, lastLoss: Double, lastStep: Double) {
            self.firstLoss = firstLoss
            self.lastLoss = lastLoss
            self.lastStep = lastStep
        }

        /// The length of the last step from its gradient, scaled so that huge components do not
        /// overflow the sum of squares.
        init(firstLoss: Double, lastLoss: Double, learningRate: Double, dW: [Double], db: Double) {
            let steps = (dW + [db]).map { learningRate * $0 }
            let scale = steps.map(\.magnitude).max() ?? 0
            let length: Double
            if !scale.isFinite {
                length = scale.isNaN ? .nan : .infinity
            } else if scale == 0 {
                length = 0
            } else {
                length = scale * steps.reduce(0) { $0 + ($1 / scale) * ($1 / scale) }.squareRoot()
            }
            self.init(firstLoss: firstLoss, lastLoss: lastLoss, lastStep: length)
        }
    }

    /// N as asked.
    public let iterationsRequested: Int
    /// Iterations actually run (fewer than asked when training diverged).
    public let iterationsRun: Int
    /// The first iteration from which every prediction is right and stays right to the last one.
    /// Under the logistic rule the parameters keep moving after it: it is not a fixed point.
    public let allRightFrom: Int?
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
    /// The losses at the ends and the last step.
    public let motion: Motion
    /// W and b along the run, at most about 400 points.
    public let path: ParameterPath

    /// Derives the outcome from the misclassified count of every iteration.
    public init(
        iterationsRequested: Int, errors: [Int32], divergedAt: Int?, finalWeights: [Double],
        finalBias: Double, finalCorrect: Int, sampleCount: Int,
        motion: Motion = Motion(firstLoss: .nan, lastLoss: .nan, lastStep: .nan),
        path: ParameterPath = ParameterPath(planned: 0)
    ) {
        self.path = path
        self.iterationsRequested = iterationsRequested
        iterationsRun = errors.count
        let lastWrong = errors.lastIndex { $0 != 0 }
        if divergedAt != nil || errors.isEmpty {
            allRightFrom = nil
        } else if let lastWrong {
            allRightFrom = lastWrong + 1 < errors.count ? lastWrong + 2 : nil
        } else {
            allRightFrom = 1
        }
        self.divergedAt = divergedAt
        self.finalWeights = finalWeights
        self.finalBias = finalBias
        self.finalCorrect = finalCorrect
        self.sampleCount = sampleCount
        self.motion = motion
    }

    /// The share of samples the final parameters classify correctly, 0…1; nil after divergence,
    /// where the final parameters are not numbers a prediction can be made with.
    public var accuracy: Double? {
        divergedAt == nil && sampleCount > 0 ? Double(finalCorrect) / Double(sampleCount) : nil
    }
}
