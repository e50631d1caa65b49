/// What a series does over the iterations, in numbers a sentence can state: its ends, its
/// extremes when they lie beyond the ends, its sign changes, where it settles or breaks. The
/// charts find these facts; the site says them.
public struct SeriesFacts: Sendable, Equatable {
    /// A value and the iteration where it is first reached.
    public struct Extreme: Sendable, Equatable {
        public let value: Double
        public let iteration: Int
    }

    /// The range of a series that keeps turning back and forth.
    public struct Swing: Sendable, Equatable {
        public let low: Double, high: Double
    }

    /// The iteration of the first value.
    public let firstIteration: Int
    /// The first value.
    public let start: Double
    /// The last finite value.
    public let end: Double
    /// The iteration of the last value.
    public let lastIteration: Int
    /// The last iteration whose value differs from the one before, if any.
    public let lastChange: Int?
    /// The first iteration whose value is NaN or infinite, if any.
    public let firstNonFinite: Int?
    /// The smallest and largest finite values, each where first reached.
    public let minimum: Extreme, maximum: Extreme
    /// The iterations whose value has the other sign than the last non-zero value before it.
    public let signChanges: [Int]
    /// The smallest and largest finite values of the second half, when it turns back and forth
    /// (more than twice); nil for a series that settles or moves one way.
    public let oscillation: Swing?

    /// Reads `values`, value i belonging to iteration `firstIteration + i`.
    ///
    /// - Complexity: O(n).
    public init(_ values: [Double], firstIteration: Int) {
        self = SeriesScan.scan(SeriesValues(values), firstIteration: firstIteration).facts
    }

    /// The facts as `SeriesScan` found them.
    init(
        firstIteration: Int, start: Double, end: Double, lastIteration: Int, lastChange: Int?, firstNonFinite: Int?,
        minimum: Extreme, maximum: Extreme, signChanges: [Int], oscillation: Swing?
    ) {
        self.firstIteration = firstIteration
        self.start = start
        self.end = end
        self.lastIteration = lastIteration
        self.lastChange = lastChange
        self.firstNonFinite = firstNonFinite
        self.minimum = minimum
        self.maximum = maximum
        self.signChanges = signChanges
        self.oscillation = oscillation
    }
}
