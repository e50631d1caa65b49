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

/// The correctly rounded σ(z): the double nearest to the exact sigmoid of the double z.
///
/// Used only near the threshold (see `isNearThreshold`), where it decides the class independently
/// of any CPU's exp. For |z| < 1 it rounds ½ + δ once, with δ = σ(z) − ½ = tanh(z/2)/2 carried as
/// the unevaluated sum of two doubles: for tiny z the series z/4 − z³/48 (whose cubic term breaks
/// the halfway cases z = k·2⁻⁵³ hit in training), otherwise tanh in 80-bit precision. Further out,
/// 1/(1 + e^(−z)) in 80-bit precision rounded once. Platforms without Float80 fall back to `sigmoid(_:)`.
func preciseSigmoid(_ z: Double) -> Double {
    #if arch(x86_64) && !os(Windows)
        guard abs(z) < 1 else {
            let x = Float80(z)
            return Double(1 / (1 + exp(-x)))
        }
        let high: Double, low: Double
        if abs(z) < 0x1p-20 {
            high = z / 4
            low = -(z * z * z) / 48  // the next term is smaller by z²/20 < 2⁻⁴⁴
        } else {
            let delta = tanh(Float80(z) / 2) / 2
            high = Double(delta)
            low = Double(delta - Float80(high))
        }
        return roundedSum(0.5, high, low)
    #else
        return sigmoid(z)
    #endif
}

/// a + high + low rounded once to the nearest double, for |low| ≪ |high| ≤ |a|.
private func roundedSum(_ a: Double, _ high: Double, _ low: Double) -> Double {
    let sum = a + high
    // TwoSum: the exact rounding error of a + high.
    let highPart = sum - a
    let error = (a - (sum - highPart)) + (high - highPart)
    let residual = error + low
    guard residual != 0 else { return sum }
    let next = residual > 0 ? sum.nextUp : sum.nextDown
    let halfStep = (next - sum) / 2
    // Past the halfway point toward `next`? `low` may lie far below the last bit of `error`,
    // so it joins only after the exact difference, where it breaks a tie.
    let beyond = (error - halfStep) + low
    return (halfStep > 0 ? beyond > 0 : beyond < 0) ? next : sum
}
