/// σ(z) = 1 / (1 + e^(−z)), exactly as the original numpy code writes it: `1 / (1 + np.exp(-z))`
/// in float64, with an exp that is correctly rounded, so that the result is the same on every
/// machine and equals numpy's wherever numpy's exp rounds correctly.
///
/// This form never produces NaN from a finite z: e^(−z) overflows to +∞ for z < −709 and σ is then
/// exactly 0; for z > 37 it rounds to exactly 1.
@inline(__always)
func sigmoid(_ z: Double) -> Double {
    sigmoid(expOfMinusZ: articleExp(-z))
}

/// σ from e^(−z) already computed (the trainer shares it with the cross-entropy).
@inline(__always)
func sigmoid(expOfMinusZ e: Double) -> Double {
    1 / (1 + e)
}

/// e^x as the sigmoid uses it: correctly rounded (the C library's exp is one ulp off on about one
/// input in 1,250, which would change the article's numbers).
@inline(__always)
func articleExp(_ x: Double) -> Double {
    correctlyRoundedExp(x)
}

/// True when `s` lies within two ulps of `threshold`: there the rounding of the article's
/// formula, not the data, decides the class.
@inline(__always)
func isNearThreshold(_ s: Double, _ threshold: Double) -> Bool {
    s >= threshold.nextDown.nextDown && s <= threshold.nextUp.nextUp
}

/// Whether [σ ≥ T] would give the other class had e^(−z) been rounded one ulp up or one ulp down,
/// as an exp that is not correctly rounded (numpy's vectorised exp on some CPUs) may round it.
func classFlipsWithExpOneUlpOff(expOfMinusZ e: Double, threshold: Double) -> Bool {
    let predicted = sigmoid(expOfMinusZ: e) >= threshold
    return (sigmoid(expOfMinusZ: e.nextDown) >= threshold) != predicted
        || (sigmoid(expOfMinusZ: e.nextUp) >= threshold) != predicted
}
