import Foundation

/// softplus(t) = ln(1 + eᵗ), computed as numpy's `np.logaddexp(0, t)` so it never overflows:
/// t + ln(1 + e^(−t)) for t > 0, ln(1 + eᵗ) otherwise.
@inline(__always)
func softplus(_ t: Double) -> Double {
    if t == 0 { return 0.6931471805599453 }  // ln 2, numpy's LOGE2
    if t.isNaN { return t }
    return t > 0 ? t + log1p(exp(-t)) : log1p(exp(t))
}

/// The binary cross-entropy of one sample from its pre-activation z:
/// −[y·ln σ(z) + (1 − y)·ln(1 − σ(z))] = softplus(−z) when y = 1, softplus(z) when y = 0.
///
/// Working from z rather than from s = σ(z) keeps it finite where s rounds to exactly 0 or 1.
@inline(__always)
func crossEntropy(z: Double, label: Double) -> Double {
    label == 1 ? softplus(-z) : softplus(z)
}

/// The same cross-entropy from z and e^(−z), which the sigmoid has already computed: every
/// softplus needs only one more log1p, e^z being 1/e^(−z). The result is within an ulp or two of
/// `crossEntropy(z:label:)` (numpy's `logaddexp`), inside the losses' 1e-12 tolerance.
@inline(__always)
func crossEntropy(z: Double, expNegZ: Double, label: Double) -> Double {
    if z.isNaN { return z }
    if z == 0 { return 0.6931471805599453 }  // ln 2, numpy's LOGE2
    // softplus(t) = max(t, 0) + ln(1 + e^(−|t|)); e^(−|z|) is e^(−z) for z > 0, 1/e^(−z) otherwise.
    let expNegAbs = z > 0 ? expNegZ : 1 / expNegZ
    let tail = log1p(expNegAbs)
    // y = 1: softplus(−z); y = 0: softplus(z).
    if label == 1 { return z > 0 ? tail : -z + tail }
    return z > 0 ? z + tail : tail
}
