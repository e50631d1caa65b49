import Training

/// What landscape.png shows: over a grid of (w₁, w₂), with b chosen best at each point, the lowest
/// mean cross-entropy (left) and the fewest misclassified samples (right), and where the run and
/// the same data under the other rule went.
public struct LandscapeFacts: Sendable, Equatable {
    /// The path of one run over the plane.
    public struct Path: Sendable, Equatable {
        /// Its update rule.
        public let rule: UpdateRule
        /// Whether it is the run the report is about (otherwise the other rule on the same data).
        public let isThisRun: Bool
        /// W before the first iteration.
        public let start: [Double]
        /// The last finite W of the path and its iteration; nil when no point is finite.
        public let end: [Double]?
        public let endIteration: Int?
        /// How many iterations the run ran.
        public let iterations: Int
        /// Whether the path reaches a W that is not finite (the run diverged).
        public let becomesNonFinite: Bool
        /// The fewest misclassified samples any b gives at `end`; 0 means it ends in a zero-error region.
        public let endErrors: Int?
        /// The fewest misclassified samples any b gives at `start`, and the most at any finite
        /// point of the path.
        public let startErrors: Int, mostErrorsAlong: Int
        /// The first iteration from which the run classifies every sample correctly, if any.
        public let allRightFrom: Int?
        /// The iteration after whose update W or b was no longer finite, if the run diverged.
        public let divergedAt: Int?
        /// Whether `start` and `end` lie inside the loss panel (weights beyond ±8e307 cannot be
        /// gridded; their marks are pinned to the edge).
        public let startInView: Bool, endInView: Bool
        /// Whether the right panel draws it (the thresholded rule's path).
        public let onErrorPanel: Bool

        public init(
            rule: UpdateRule, isThisRun: Bool, start: [Double], end: [Double]?, endIteration: Int?, iterations: Int,
            becomesNonFinite: Bool, endErrors: Int?, startErrors: Int, mostErrorsAlong: Int, allRightFrom: Int?,
            divergedAt: Int?, startInView: Bool, endInView: Bool, onErrorPanel: Bool
        ) {
            self.rule = rule
            self.isThisRun = isThisRun
            self.start = start
            self.end = end
            self.endIteration = endIteration
            self.iterations = iterations
            self.becomesNonFinite = becomesNonFinite
            self.endErrors = endErrors
            self.startErrors = startErrors
            self.mostErrorsAlong = mostErrorsAlong
            self.allRightFrom = allRightFrom
            self.divergedAt = divergedAt
            self.startInView = startInView
            self.endInView = endInView
            self.onErrorPanel = onErrorPanel
        }
    }

    /// The weights the loss panel spans (to its edges): every finite point of both paths and the origin.
    public let w1: ClosedRange<Double>, w2: ClosedRange<Double>
    /// The weights the errors panel spans: the thresholded rule's path and the origin (the counts
    /// depend on the direction of W alone, so any enlargement is exact).
    public let errorW1: ClosedRange<Double>, errorW2: ClosedRange<Double>
    /// Grid points per side of the loss surface.
    public let resolution: Int
    /// The lowest finite loss on the grid and where; nil when none is finite.
    public let lowestLoss: Double?
    public let lowestLossAt: [Double]?
    /// The highest finite loss on the grid.
    public let highestLoss: Double?
    /// The boundaries between the coloured levels of the loss, ascending.
    public let levels: [Double]
    /// This run's path first, then the other rule's when it was given.
    public let paths: [Path]
    /// The fewest and the most misclassified samples anywhere on the plane (b best at each W;
    /// W = 0 alone, a single point, left out).
    public let fewestErrors: Int, mostErrors: Int
    /// Every count of a region of the errors panel, ascending.
    public let regionCounts: [Int]
    /// m.
    public let sampleCount: Int

    public init(
        w1: ClosedRange<Double>, w2: ClosedRange<Double>, errorW1: ClosedRange<Double>,
        errorW2: ClosedRange<Double>, resolution: Int, lowestLoss: Double?,
        lowestLossAt: [Double]?, highestLoss: Double?, levels: [Double], paths: [Path], regionCounts: [Int],
        sampleCount: Int
    ) {
        self.w1 = w1
        self.w2 = w2
        self.errorW1 = errorW1
        self.errorW2 = errorW2
        self.resolution = resolution
        self.lowestLoss = lowestLoss
        self.lowestLossAt = lowestLossAt
        self.highestLoss = highestLoss
        self.levels = levels
        self.paths = paths
        self.regionCounts = regionCounts
        fewestErrors = regionCounts.first ?? 0
        mostErrors = regionCounts.last ?? 0
        self.sampleCount = sampleCount
    }
}
