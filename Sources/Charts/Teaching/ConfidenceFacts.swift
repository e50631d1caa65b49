/// What confidence.png shows: s = σ(z) of each drawn sample over the iterations, against T.
public struct ConfidenceFacts: Sendable, Equatable {
    /// How many samples have a line (logged samples, fewer for very long runs).
    public let drawnSamples: Int
    /// How many samples the log keeps s of (at most 64).
    public let loggedSamples: Int
    /// m, all samples.
    public let sampleCount: Int
    /// T, where the dashed line is.
    public let threshold: Double
    /// The last iteration drawn.
    public let lastIteration: Int
    /// The smallest and largest finite s of the drawn samples of label 1 in the last iteration;
    /// nil when none is drawn or none is finite.
    public let finalLabel1: ClosedRange<Double>?
    /// The same for label 0.
    public let finalLabel0: ClosedRange<Double>?
    /// How many drawn samples have an s that is not finite in the last iteration.
    public let nonFiniteAtEnd: Int
    /// The first iteration from which every drawn sample sits on its label's side of T (s ≥ T for
    /// label 1, s < T for label 0) to the last iteration; nil when the last iteration has one on
    /// the wrong side.
    public let allOnTheirSideFrom: Int?
    /// The last iteration of the enlarged view of the first iterations, when the chart has one.
    public let zoomUpTo: Int?

    public init(
        drawnSamples: Int, loggedSamples: Int, sampleCount: Int, threshold: Double, lastIteration: Int,
        finalLabel1: ClosedRange<Double>?, finalLabel0: ClosedRange<Double>?, nonFiniteAtEnd: Int,
        allOnTheirSideFrom: Int?, zoomUpTo: Int?
    ) {
        self.drawnSamples = drawnSamples
        self.loggedSamples = loggedSamples
        self.sampleCount = sampleCount
        self.threshold = threshold
        self.lastIteration = lastIteration
        self.finalLabel1 = finalLabel1
        self.finalLabel0 = finalLabel0
        self.nonFiniteAtEnd = nonFiniteAtEnd
        self.allOnTheirSideFrom = allOnTheirSideFrom
        self.zoomUpTo = zoomUpTo
    }
}
