/// What a chart shows, in numbers: the site turns them into its alt text and captions.
public struct ChartFacts: Sendable, Equatable {
    /// One line of a time chart: the name in its legend and what it does.
    public struct Line: Sendable, Equatable {
        public let name: String
        public let facts: SeriesFacts
        /// How many values were exactly 0 where the chart draws a logarithm (gradients.png).
        public var exactZeros = 0
        /// The iteration from which every value is exactly 0, if any (gradients.png).
        public var zeroFrom: Int?
    }

    /// The lines of a time chart, in legend order, when there are at most `describedLines`; empty
    /// for the other charts.
    public let lines: [Line]
    /// The smallest and largest finite value of all lines of a time chart (nil when none is finite).
    public let minimum: Double?, maximum: Double?
    /// How many lines the chart has.
    public let lineCount: Int
    /// Where gradients.png draws the values that are exactly 0 (log₁₀ 0 = −∞), if any.
    public var zeroLine: Double?
    /// The iterations whose decision boundary the chart draws (one per frame of the animation).
    public let iterations: [Int]
    /// How many updates of the run changed W or b.
    public let parameterChanges: Int
    /// What confidence.png shows: s of each sample over the iterations.
    public let confidence: ConfidenceFacts?
    /// What landscape.png shows: the loss and the fewest errors over (w₁, w₂), and the paths.
    public let landscape: LandscapeFacts?
    /// What pull.png shows: each sample's share of the first step.
    public let pull: PullFacts?
    /// What strip.png shows: z of every sample before and after training.
    public let strip: StripFacts?
    /// What units.png shows: the first hidden layer's units as lines in the plane.
    public let units: UnitsFacts?
    /// What the diagram of a network with hidden layers shows.
    public let network: LayeredNetworkFacts?

    /// Time charts with more lines than this describe their range only: a sentence per line
    /// would not help a reader of a thousand weights.
    public static let describedLines = 4

    public init(
        lines: [Line] = [], minimum: Double? = nil, maximum: Double? = nil, lineCount: Int = 0,
        iterations: [Int] = [], parameterChanges: Int = 0, confidence: ConfidenceFacts? = nil,
        landscape: LandscapeFacts? = nil, pull: PullFacts? = nil,
        strip: StripFacts? = nil, units: UnitsFacts? = nil,
        network: LayeredNetworkFacts? = nil
    ) {
        self.lines = lines
        self.minimum = minimum
        self.maximum = maximum
        self.lineCount = lineCount
        self.iterations = iterations
        self.parameterChanges = parameterChanges
        self.confidence = confidence
        self.landscape = landscape
        self.pull = pull
        self.strip = strip
        self.units = units
        self.network = network
    }
}
