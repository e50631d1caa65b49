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
        self.firstIteration = firstIteration
        lastIteration = firstIteration + max(values.count - 1, 0)
        start = values.first ?? .nan
        var end = Double.nan
        var lastChange: Int?
        var firstNonFinite: Int?
        var low = Extreme(value: .infinity, iteration: firstIteration)
        var high = Extreme(value: -.infinity, iteration: firstIteration)
        var signChanges: [Int] = []
        var lastSign: FloatingPointSign?
        var tail = (low: Double.infinity, high: -Double.infinity, turns: 0, rising: Bool?.none)
        let half = values.count / 2
        for (i, value) in values.enumerated() {
            let iteration = firstIteration + i
            if i >= half && value.isFinite {
                tail.low = min(tail.low, value)
                tail.high = max(tail.high, value)
                let previous = values[max(i - 1, 0)]
                if previous.isFinite && previous != value {
                    let rising = value > previous
                    if let before = tail.rising, before != rising { tail.turns += 1 }
                    tail.rising = rising
                }
            }
            if value.isFinite {
                end = value
                if value < low.value { low = Extreme(value: value, iteration: iteration) }
                if value > high.value { high = Extreme(value: value, iteration: iteration) }
                if value != 0 {
                    if let lastSign, lastSign != value.sign { signChanges.append(iteration) }
                    lastSign = value.sign
                }
            } else if firstNonFinite == nil {
                firstNonFinite = iteration
            }
            // Bitwise, so that NaN after NaN is no change and -0 after 0 is one.
            if i > 0 && value.bitPattern != values[i - 1].bitPattern { lastChange = iteration }
        }
        self.end = end
        self.lastChange = lastChange
        self.firstNonFinite = firstNonFinite
        self.signChanges = signChanges
        minimum = low
        maximum = high
        oscillation = tail.turns > 2 ? Swing(low: tail.low, high: tail.high) : nil
    }
}
