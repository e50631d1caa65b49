/// The linear map from data values on an axis to pixel positions.
struct AxisMap: Equatable, Sendable {
    /// The value drawn at `start`.
    let lower: Double
    /// The value drawn at `end`.
    let upper: Double
    /// The pixel position of `lower`.
    let start: Double
    /// The pixel position of `upper`.
    let end: Double

    /// The pixel position of `value` (which may lie outside the range; not NaN).
    func pixel(_ value: Double) -> Double {
        let span = upper - lower
        if span.isFinite && span > 0 {
            return start + (end - start) * ((value - lower) / span)
        }
        guard upper > lower else { return (start + end) / 2 }
        // Ranges wider than the largest double: compute with halves.
        return start + (end - start) * ((value / 2 - lower / 2) / (upper / 2 - lower / 2))
    }

    /// The pixel position of a point `fraction` of the way along the axis.
    func pixel(fraction: Double) -> Double {
        start + (end - start) * fraction
    }

    /// The value drawn at pixel position `pixel` (the inverse of `pixel(_:)`), kept finite.
    func value(at pixel: Double) -> Double {
        guard end != start else { return lower }
        let fraction = (pixel - start) / (end - start)
        let span = upper - lower
        let value = span.isFinite ? lower + span * fraction : 2 * (lower / 2 + (upper / 2 - lower / 2) * fraction)
        return min(max(value, -Double.greatestFiniteMagnitude), Double.greatestFiniteMagnitude)
    }
}
