import Foundation

/// σ(z) = 1 / (1 + e^(−z)), computed as numpy's `1 / (1 + np.exp(-z))`.
///
/// This form never produces NaN from a finite z: e^(−z) overflows to +∞ for z < −709 and σ is then
/// exactly 0; for z > 37 it rounds to exactly 1.
@inline(__always)
func sigmoid(_ z: Double) -> Double {
    1 / (1 + exp(-z))
}

/// True when `s` lies within two ulps of `threshold`, where the rounding of e^(−z) decides the class.
///
/// numpy's vectorised exp is not correctly rounded on AVX-512 CPUs, so there numpy may round such
/// an s to the other side of the threshold than the C library does; these cases are flagged.
@inline(__always)
func isNearThreshold(_ s: Double, _ threshold: Double) -> Bool {
    s >= threshold.nextDown.nextDown && s <= threshold.nextUp.nextUp
}

/// σ(z) evaluated in 80-bit extended precision and rounded once to a double: the correctly
/// rounded sigmoid (up to inputs whose exact value is within 2⁻⁶³ of a rounding boundary).
///
/// Used only near the threshold (see `isNearThreshold`), where it decides the class independently
/// of any CPU's exp. Platforms without Float80 fall back to `sigmoid(_:)`.
func preciseSigmoid(_ z: Double) -> Double {
    #if arch(x86_64) && !os(Windows)
        let wide = Float80(z)
        return Double(1 / (1 + exp(-wide)))
    #else
        return sigmoid(z)
    #endif
}
