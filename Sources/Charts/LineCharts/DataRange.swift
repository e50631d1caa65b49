/// The finite extent of a chart's series and whether any value is not finite.
struct DataRange: Equatable, Sendable {
    /// The smallest finite value, or nil when there is none.
    var minimum: Double?
    /// The largest finite value, or nil when there is none.
    var maximum: Double?
    /// Whether some value is NaN or infinite.
    var hasNonFinite = false
    /// The length of the longest series.
    var longest = 0

    /// Scans every value once.
    ///
    /// - Complexity: O(total number of values).
    init(_ series: [LineSeries]) {
        self.init(series.map { SeriesScan.scan($0.values, firstIteration: 0, keepsSignChanges: false) })
    }

    /// The range of the series that `scans` read, in order.
    init(_ scans: [SeriesScan]) {
        var low = Double.infinity
        var high = -Double.infinity
        for scan in scans {
            longest = max(longest, scan.total)
            // In series order with Swift's min and max, as a scan of every value would take them.
            if scan.rangeLow <= scan.rangeHigh {
                low = min(low, scan.rangeLow)
                high = max(high, scan.rangeHigh)
            }
            hasNonFinite = hasNonFinite || scan.firstNonFinite != nil
        }
        if low <= high {
            minimum = low
            maximum = high
        }
    }
}
