/// ln 2 and e^r in fixed point, each with a proven error bound in units u = 2^(−64·n), where n is
/// the number of fraction limbs. Every operation truncates (see `FixedPoint`), so every result is
/// at most the exact value.
extension FixedPoint {
    /// ln 2 truncated: within (43n + 6) units below the exact value.
    ///
    /// ln 2 = 2·artanh(1/3) = Σ 2 / ((2i + 1)·3^(2i+1)), three bits a term. Error: the power
    /// pᵢ = 2/3^(2i+1) is computed as ⌊pᵢ₋₁/9⌋, so its error eᵢ ≤ eᵢ₋₁/9 + u ≤ 9u/8; each summand
    /// ⌊pᵢ/(2i+1)⌋ then errs by at most 9u/8 + u < 2.13u. The loop stops at the first power that
    /// truncates to 0, after at most 64n/log₂9 + 2 < 20.2n + 2 terms; the exact terms left out sum
    /// to less than (9/8)·(9u/8) < 1.3u. In all: (20.2n + 2)·2.13u + 1.3u < (43n + 6)u.
    static func ln2(fractionLimbs n: Int) -> FixedPoint {
        var power = FixedPoint(2, fractionLimbs: n).divided(by: 3)
        var sum = FixedPoint(0, fractionLimbs: n)
        var denominator: UInt64 = 1
        while !power.isZero {
            sum += power.divided(by: denominator)
            power.divide(by: 9)
            denominator += 2
        }
        return sum
    }

    /// e^r for 0 ≤ r < 1, within 2¹³·(9n + 8) units below the exact value (for the value r holds).
    ///
    /// r is halved h ≤ 12 times, to s = r/2^h < 2⁻¹², the Taylor series of e^s summed until a term
    /// truncates to 0, and the sum squared h times.
    ///
    /// Error, as a relative error d (the result is ≥ 1, so d·e^r bounds the absolute error):
    /// - s̃ = ⌊s⌋ loses at most u, hence e^s̃ ≥ e^s·(1 − u).
    /// - Term k, computed as ⌊⌊tₖ₋₁·s̃⌋/k⌋, errs by eₖ ≤ eₖ₋₁·2⁻¹³ + 1.5u ≤ 1.51u. The first term that
    ///   truncates to 0 is the m-th with m ≤ 64n/12 + 2, and then the exact tₘ ≤ 1.51u, with the rest of
    ///   the series smaller than tₘ·2⁻¹¹. The sum errs by at most (m + 1)·1.51u < (8.1n + 4.6)u; with s̃:
    ///   d₀ ≤ (9n + 7)u.
    /// - A truncated square of y = Y(1 − d) is Y²(1 − d)² − δ with δ < u ≤ uY², so d doubles plus u:
    ///   d_h ≤ 2^h·d₀ + (2^h − 1)u ≤ 2¹²·(9n + 8)u. As e^r < 2, the absolute error is below 2¹³·(9n + 8)u.
    static func exp(ofReduced r: FixedPoint) -> FixedPoint {
        let n = r.fractionLimbs
        let halvings = r.leadingBitPosition.map { max(0, $0 + 13) } ?? 0
        let s = r.shiftedRight(by: halvings)
        var sum = FixedPoint(1, fractionLimbs: n) + s
        var term = s
        var k: UInt64 = 2
        var scratch: [UInt64] = []  // in-place operations: the loops allocate nothing
        while !term.isZero {
            term.multiply(by: s, scratch: &scratch)
            term.divide(by: k)
            sum += term
            k += 1
        }
        for _ in 0..<halvings { sum.square(scratch: &scratch) }
        return sum
    }
}
