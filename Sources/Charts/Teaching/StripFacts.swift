/// What strip.png shows: z of every sample against its label, before training and after, with
/// the threshold's z.
public struct StripFacts: Sendable, Equatable {
    /// One panel: the forward pass with one set of parameters.
    public struct Pass: Sendable, Equatable {
        /// 0 for the initial parameters (iteration 1's forward pass), otherwise the iteration
        /// after whose update the parameters are taken (the last).
        public let iteration: Int
        /// The smallest and largest finite z of the samples of each label, over all samples; nil
        /// when the label has no sample with a finite z.
        public let label1: ClosedRange<Double>?, label0: ClosedRange<Double>?
        /// How many samples have a z that is not finite.
        public let nonFinite: Int
        /// How many samples the pass misclassifies (ŷ ≠ y), of all m.
        public let misclassified: Int

        public init(
            iteration: Int, label1: ClosedRange<Double>?, label0: ClosedRange<Double>?, nonFinite: Int,
            misclassified: Int
        ) {
            self.iteration = iteration
            self.label1 = label1
            self.label0 = label0
            self.nonFinite = nonFinite
            self.misclassified = misclassified
        }
    }

    /// Before training and after.
    public let before: Pass, after: Pass
    /// The z where σ(z) = T: ln(T/(1−T)), 0 for T = 0.5.
    public let level: Double
    /// How many samples are drawn, of m; n, the number of features.
    public let drawnSamples: Int, sampleCount: Int, featureCount: Int

    public init(before: Pass, after: Pass, level: Double, drawnSamples: Int, sampleCount: Int, featureCount: Int) {
        self.before = before
        self.after = after
        self.level = level
        self.drawnSamples = drawnSamples
        self.sampleCount = sampleCount
        self.featureCount = featureCount
    }
}
