/// What pull.png shows: each drawn sample's share of iteration 1's step, and the boundary before
/// and after it.
public struct PullFacts: Sendable, Equatable {
    /// One sample's share of the step: −α·e⁽ⁱ⁾·x⁽ⁱ⁾/m of W and −α·e⁽ⁱ⁾/m of b.
    public struct Share: Sendable, Equatable {
        /// The sample, from 1.
        public let sample: Int
        /// Its features and label.
        public let x: [Double]
        public let label: Double
        /// Its e in iteration 1.
        public let e: Double
        /// Its share of the change of W, and of b.
        public let weightStep: [Double]
        public let biasStep: Double

        public init(sample: Int, x: [Double], label: Double, e: Double, weightStep: [Double], biasStep: Double) {
            self.sample = sample
            self.x = x
            self.label = label
            self.e = e
            self.weightStep = weightStep
            self.biasStep = biasStep
        }
    }

    /// The first `listedShares` drawn samples' shares.
    public let shares: [Share]
    /// At most this many shares are listed.
    public static let listedShares = 8
    /// How many samples are drawn, of m.
    public let drawnSamples: Int, sampleCount: Int
    /// How many drawn samples have an arrow (e ≠ 0, x ≠ 0, a finite share).
    public let arrows: Int
    /// How many drawn samples pull nothing (e = 0).
    public let pullingNothing: Int
    /// How many drawn samples with e ≠ 0 sit at the origin: they move b alone.
    public let onlyBias: Int
    /// How many drawn samples have a share that is not finite (too large to draw).
    public let nonFiniteShares: Int
    /// The factor the arrows are drawn at (1 unit of W is K units of x); nil when none is drawn.
    public let scale: Double?
    /// α and the rule's e, as iteration 1 used them.
    public let learningRate: Double
    /// W and b before iteration 1 and after its update.
    public let weightsBefore: [Double], biasBefore: Double
    public let weightsAfter: [Double], biasAfter: Double
    /// Whether each boundary crosses the plot.
    public let boundaryBeforeShown: Bool, boundaryAfterShown: Bool

    public init(
        shares: [Share], drawnSamples: Int, sampleCount: Int, arrows: Int, pullingNothing: Int, onlyBias: Int,
        nonFiniteShares: Int, scale: Double?, learningRate: Double, weightsBefore: [Double], biasBefore: Double,
        weightsAfter: [Double], biasAfter: Double, boundaryBeforeShown: Bool, boundaryAfterShown: Bool
    ) {
        self.shares = shares
        self.drawnSamples = drawnSamples
        self.sampleCount = sampleCount
        self.arrows = arrows
        self.pullingNothing = pullingNothing
        self.onlyBias = onlyBias
        self.nonFiniteShares = nonFiniteShares
        self.scale = scale
        self.learningRate = learningRate
        self.weightsBefore = weightsBefore
        self.biasBefore = biasBefore
        self.weightsAfter = weightsAfter
        self.biasAfter = biasAfter
        self.boundaryBeforeShown = boundaryBeforeShown
        self.boundaryAfterShown = boundaryAfterShown
    }
}
