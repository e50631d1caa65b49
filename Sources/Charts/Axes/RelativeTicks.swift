import Formats
import Foundation
import Training

/// Ticks for a range too narrow for its magnitude to label absolutely (0.1 … 0.1 + 1e-17):
/// each tick is labelled by its distance from a short round value inside the range.
struct RelativeTicks {
    /// The ticks, labelled "−1e-17", "0", "+1e-17", ….
    let ticks: [Tick]
    /// The value the labels are relative to, as short text ("0.1").
    let baseLabel: String

    /// Ticks every `step` from the shortest decimal in [low, high].
    init(low: Double, high: Double, step: TickStep) {
        let base = Self.shortestDecimal(in: low, high)
        baseLabel = Display.typographic(ShortestNumber.text(base))
        // base and the ends are close, so these differences are exact (Sterbenz).
        let below = low - base
        let above = high - base
        let span = high - low
        let first = Int(ceil(below / step.value - 1e-9))
        let last = Int(floor(above / step.value + 1e-9))
        guard first <= last, span > 0 else {
            ticks = [Tick(fraction: 0.5, label: "0")]
            return
        }
        let largest = max(abs(first), abs(last)) * step.multiple
        let largestExponent = largest == 0 ? step.exponent : step.exponent + String(largest).count - 1
        let notation = DecimalLabel.notation(stepExponent: step.exponent, largestExponent: largestExponent)
        ticks = (first...last).map { k in
            Tick(
                fraction: ((base - low) + step.value(k)) / span,
                label: DecimalLabel.label(k * step.multiple, exponent: step.exponent, notation: notation, signed: true))
        }
    }

    /// The double with the fewest significant digits in [low, high] (both finite, low ≤ high).
    static func shortestDecimal(in low: Double, _ high: Double) -> Double {
        let middle = low / 2 + high / 2
        for digits in 1...17 {
            let text = Printf.text("%.\(digits - 1)e", middle)
            if let value = Double(text), value >= low, value <= high { return value }
        }
        return middle
    }
}
