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
        var low = Double.infinity
        var high = -Double.infinity
        var nonFinite = false
        for line in series {
            longest = max(longest, line.values.count)
            for value in line.values {
                if value.isFinite {
                    low = min(low, value)
                    high = max(high, value)
                } else {
                    nonFinite = true
                }
            }
        }
        hasNonFinite = nonFinite
        if low <= high {
            minimum = low
            maximum = high
        }
    }
}
