import Foundation

/// A tick spacing of `multiple` × 10^`exponent`, with `multiple` 1, 2 or 5.
struct TickStep: Equatable, Sendable {
    /// 1, 2 or 5.
    let multiple: Int
    /// The power of ten.
    let exponent: Int

    /// The step as a double (correctly rounded for negative exponents down to 10^-22).
    var value: Double { value(1) }

    /// k steps, k × multiple × 10^exponent, rounded once.
    func value(_ k: Int) -> Double {
        let n = Double(k * multiple)
        if exponent >= 0 { return n * pow(10, Double(exponent)) }
        // Dividing by an exact power of ten rounds once; 10^23 and beyond are not exact, so split.
        if exponent >= -22 { return n / pow(10, Double(-exponent)) }
        return n / pow(10, 22) / pow(10, Double(-exponent - 22))
    }
}
