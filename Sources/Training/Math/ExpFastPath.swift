/// e^x as an unevaluated double-double: the fast path of `correctlyRoundedExp`, with a proven
/// error bound.
///
/// x = (q + j/N)·ln 2 + r with N = 2¹⁰ (Tang's reduction), so e^x = 2^q · 2^(j/N) · e^r and
///
///     v = 2^(j/N)·e^r ∈ [0.9996, 2.0007]   is approximated by   s + lo.
///
/// Reduction: K = round(x·N/ln 2) through the shifter 1.5·2⁵² (the sum stays in [2⁵², 2⁵³), where
/// doubles are the integers and their bit patterns count them, so K is the difference of patterns),
/// and |x − K·ln 2/N| ≤ (½ + 2⁻²⁹)·ln 2/N = R < 2⁻¹¹·⁵²⁸. r₁ = x − K·step1 is exact: K·step1 is
/// exact (`ExpTable`), and for K ≠ 0 both x and r₁ are multiples of ulp(x) ≥ 2⁻⁶⁴ with |r₁| < 2⁻¹¹
/// (Sterbenz's argument). K·step2 is exact too; TwoSum gives rh + e = r₁ − K·step2 exactly, and
/// rl = e − K·step3 (|rl| < 2⁻⁵⁰·⁹⁹⁹): rh + rl is r within 2⁻¹⁰¹·⁹⁹.
///
/// e^r − 1 − rh = rl·(1 + rh) + rh²·(1/2 + rh/6 + rh²/24 + rh³/120) + ρ, |ρ| < 2⁻⁷⁴·⁹⁴ (the
/// Taylor remainder R⁶/720 < 2⁻⁷⁸·⁶⁶ and rl's higher terms, rl·rh²/2 < 2⁻⁷⁵·⁰⁶ the largest): the
/// second term is `series` (< 2⁻²⁴·⁰⁶), evaluated by Estrin's scheme, the first `rlTerm`.
///
/// v = (hi + lo_T)(1 + rh + rlTerm + series): hi·rh by TwoProduct (its rounding error, 2⁻⁶⁴, would
/// be 2⁸ times the budget; the table stores hi already split), hi + ph by FastTwoSum, the small
/// terms summed in doubles into lo (|lo| < 2⁻²³·⁰⁶); lo_T·(rlTerm + series) (< 2⁻⁷⁷·⁰⁶) is left
/// out. Every rounding of the evaluation, bounded operation by operation, adds up to < 2⁻⁷³·²⁵.
///
/// In all |v − (s + lo)| < Δ = 1.5·10⁻²² < 2⁻⁷²·⁴⁹, a relative error ε < 2⁻⁷²·⁴⁹/0.9996 < 2⁻⁷²
/// (the terms are added up in Tests/TrainingTests/Reference/exp_error_bound.py; the largest error
/// measured by ExpFastPathTests is 2⁻⁷⁴·⁸).
enum ExpFastPath {
    /// An absolute bound on |v − (s + lo)| plus the rounding of lo ± margin (< 2⁻⁷⁶), with room:
    /// 1.0625·2⁻⁷² = 2⁻⁷¹·⁹¹ > 2⁻⁷²·³⁸.
    static let margin = 0x1.1p-72

    /// The fast path covers x with q ≥ −1020: then the result, at least 0.9996·2^q, is normal and
    /// scaling it by 2^q is exact.
    static let lowestScale = -1020

    /// The double nearest to e^x, or nil when the fast path cannot tell (a midpoint between doubles
    /// within Δ of s + lo, or x below about −707).
    ///
    /// - Precondition: 2⁻⁵⁴ < |x| < 709.79.
    @inline(__always)
    static func rounded(_ x: Double) -> Double? {
        let (s, lo, q) = evaluate(x)
        guard q >= lowestScale else { return nil }
        // With v the exact value (in units of 2^q), lo ± margin rounds to within 2⁻⁷⁶ of itself, so
        // s + fl(lo + margin) ≥ s + lo + Δ ≥ v and s + fl(lo − margin) ≤ v. Rounding to nearest is
        // monotone: below ≤ the double nearest to v ≤ above, and when the two are equal, that is it.
        let above = s + (lo + margin)
        let below = s + (lo - margin)
        guard above == below else { return nil }
        // above ≥ 0.9996 and q ≥ −1020: above·2^(q−1) is normal, so both products are exact, and the
        // second overflows to +∞ exactly when the rounded result is 2¹⁰²⁴ or more, as IEEE 754 wants.
        return above * Double(bitPattern: UInt64(q + 1022) << 52) * 2
    }

    /// (s, lo, q) with e^x = 2^q·v and |v − (s + lo)| < Δ (see the type's comment).
    ///
    /// - Precondition: 2⁻⁵⁴ < |x| < 709.79.
    @inline(__always)
    static func evaluate(_ x: Double) -> (s: Double, lo: Double, q: Int) {
        // K = round(x·N/ln 2): adding 1.5·2⁵² leaves the integer in the low bits, ties to even.
        let shifter = 0x1.8p52
        let shifted = x * ExpTable.inverseStep + shifter
        let kDouble = shifted - shifter
        let k = Int(truncatingIfNeeded: shifted.bitPattern &- shifter.bitPattern)
        let r1 = x - kDouble * ExpTable.step1
        let (rh, e) = twoSum(r1, -(kDouble * ExpTable.step2))
        let rl = e - kDouble * ExpTable.step3
        let j = k & (ExpTable.size - 1)
        let hi = ExpTable.values[3 &* j], loT = ExpTable.values[3 &* j &+ 1]
        let hiHigh = ExpTable.values[3 &* j &+ 2]

        // Estrin's scheme: the series waits on fewer dependent operations than by Horner's rule.
        let c3 = 1.0 / 6, c4 = 1.0 / 24, c5 = 1.0 / 120
        let rh2 = rh * rh
        let series = rh2 * ((0.5 + rh * c3) + rh2 * (c4 + rh * c5))
        let rlTerm = rl * (1 + rh)
        let (ph, pl) = twoProduct(hi, split: (hiHigh, hi - hiHigh), rh)
        let (s, e0) = fastTwoSum(hi, ph)
        let lo = (((e0 + pl) + (loT + loT * rh)) + hi * series) + hi * rlTerm
        return (s, lo, k >> ExpTable.logSize)
    }
}
