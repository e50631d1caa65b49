import Foundation

/// The range, ticks and labels of one axis, with ticks at 1, 2 or 5 × 10^e.
///
/// ```
/// NiceScale(lower: 0, upper: 1000, maximumTicks: 8)   // ticks 0, 200, …, 1000
/// NiceScale(lower: 0.1, upper: 0.1 + 1e-17, …)        // ticks relative to 0.1: "−1e-17", "0", …
/// ```
/// A flat range (lower = upper) is widened around its value; a range so narrow for its
/// magnitude that labels would need more than about six significant digits gets labels
/// relative to a short round value, `offsetLabel`.
struct NiceScale: Equatable, Sendable {
    /// The value at the start of the axis.
    let lower: Double
    /// The value at the end of the axis.
    let upper: Double
    /// The ticks, in increasing order.
    let ticks: [Tick]
    /// When labels are relative, the value they are relative to ("0.1"); nil otherwise.
    let offsetLabel: String?

    /// Chooses a scale for data from `lower` to `upper`.
    ///
    /// - Parameters:
    ///   - maximumTicks: the most ticks that fit (at least 2).
    ///   - integer: ticks only at whole numbers (counts, iterations).
    ///   - loose: widen the range to the outermost ticks (y axes); otherwise ticks lie within it.
    ///   - nonNegative: data that cannot be negative; a widened range does not go below 0.
    init(
        lower: Double, upper: Double, maximumTicks: Int, integer: Bool = false, loose: Bool = true,
        nonNegative: Bool = false
    ) {
        var (low, high) = Self.sanitized(lower, upper, integer: integer, nonNegative: nonNegative)
        let maximumTicks = max(2, maximumTicks)
        let magnitude = max(abs(low), abs(high))
        let step = Self.step(low: low, high: high, maximumTicks: maximumTicks, integer: integer)
        if magnitude / step.value > 1e5 {
            let relative = RelativeTicks(low: low, high: high, step: step)
            self.init(lower: low, upper: high, ticks: relative.ticks, offsetLabel: relative.baseLabel)
            return
        }
        var first = Int(((loose ? floor : ceil)(low / step.value + (loose ? 1e-9 : -1e-9))))
        var last = Int(((loose ? ceil : floor)(high / step.value + (loose ? -1e-9 : 1e-9))))
        if last < first { (first, last) = (last, first) }
        // Near the largest doubles the outermost ticks may not exist; keep the ones that do.
        while first < last && !step.value(first).isFinite { first += 1 }
        while last > first && !step.value(last).isFinite { last -= 1 }
        if loose {
            low = min(low, step.value(first))
            high = max(high, step.value(last))
        }
        let largest = max(abs(first), abs(last)) * step.multiple
        let largestExponent = largest == 0 ? step.exponent : step.exponent + String(largest).count - 1
        let notation = DecimalLabel.notation(stepExponent: step.exponent, largestExponent: largestExponent)
        let map = AxisMap(lower: low, upper: high, start: 0, end: 1)
        let ticks = (first...last).map { k -> Tick in
            let n = k * step.multiple
            return Tick(
                fraction: map.pixel(step.value(k)),
                label: DecimalLabel.label(n, exponent: step.exponent, notation: notation))
        }
        self.init(
            lower: low, upper: high, ticks: ticks.filter { $0.fraction >= -1e-9 && $0.fraction <= 1 + 1e-9 },
            offsetLabel: nil)
    }

    private init(lower: Double, upper: Double, ticks: [Tick], offsetLabel: String?) {
        self.lower = lower
        self.upper = upper
        self.ticks = ticks
        self.offsetLabel = offsetLabel
    }

    /// A finite, increasing range; flat ranges are widened around their value.
    private static func sanitized(_ a: Double, _ b: Double, integer: Bool, nonNegative: Bool) -> (Double, Double) {
        guard a.isFinite, b.isFinite else { return (0, 1) }
        var (low, high) = (min(a, b), max(a, b))
        if low == high {
            let pad = low == 0 ? 1 : (integer ? max(1, (abs(low) / 2).rounded()) : abs(low) / 2)
            low = max(low - pad, -Double.greatestFiniteMagnitude)
            high = min(high + pad, Double.greatestFiniteMagnitude)
            if nonNegative && a >= 0 { low = max(low, 0) }
        }
        return (low, high)
    }

    /// The smallest step of 1, 2 or 5 × 10^e that gives at most `maximumTicks` ticks.
    private static func step(low: Double, high: Double, maximumTicks: Int, integer: Bool) -> TickStep {
        // Halving both ends keeps the span finite for ranges as wide as the doubles.
        let logarithm = log10(high / 2 - low / 2) + log10(2.0) - log10(Double(maximumTicks))
        var exponent = logarithm.isFinite ? Int(floor(logarithm)) - 1 : -307
        if integer { exponent = max(exponent, 0) }
        // Below 10^-307 the step would be subnormal or zero.
        exponent = min(max(exponent, -307), 307)
        while true {
            for multiple in [1, 2, 5] {
                let step = TickStep(multiple: multiple, exponent: exponent)
                let count = ceil(high / step.value - 1e-9) - floor(low / step.value + 1e-9) + 1
                if count <= Double(maximumTicks) || (exponent >= 307 && multiple == 5) { return step }
            }
            exponent += 1
        }
    }
}
