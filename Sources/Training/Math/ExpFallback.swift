/// The exact path of `correctlyRoundedExp`: e^x in fixed point, rounded once to the double grid.
///
/// e^x = 2^k·e^r with k = ⌊x/ln 2⌋ and r = x − k·ln 2 ∈ [0, ln 2). With n fraction limbs
/// (u = 2^(−64n)), e^r comes out within 2¹⁸·n units of the exact value (below), and is rounded to
/// the grid of the result: 53 bits, or multiples of 2⁻¹⁰⁷⁴ below 2⁻¹⁰²², with ±∞ and 0 at the edges.
/// When the error interval holds a rounding boundary (a midpoint between two doubles), the
/// evaluation is repeated with twice the limbs (Ziv's strategy). e^x is transcendental for every
/// double x ≠ 0 (Lindemann), so it is never a midpoint, and some precision always decides. The
/// hardest inputs in the tests lie within 2⁻⁵⁶ of the spacing of doubles from a midpoint (about 110
/// bits decide them); the first attempt resolves 192 − 20 bits.
///
/// Error of e^r in units: ln 2 errs by at most 43n + 6 (`FixedPoint.ln2`), so r = x − k·ln 2 by at
/// most |k|·(43n + 6) ≤ 1076·(43n + 6) (x itself is exact, |x| > 2⁻⁵⁴), which moves e^r < 2 by at
/// most 2.02 times that; e^r itself errs by 2¹³·(9n + 8) (`FixedPoint.exp(ofReduced:)`). The sum,
/// 167,200n + 78,600 units, is below 2¹⁸·n.
enum ExpFallback {
    /// The fraction limbs of the first attempt: 192 bits.
    static let initialLimbs = 3
    /// The last attempt; never reached by a double, it bounds the loop.
    static let maximumLimbs = 96

    /// ln 2 at the first attempt's precision, computed once.
    static let ln2 = FixedPoint.ln2(fractionLimbs: initialLimbs)
    /// ln 2 as a double, for first guesses.
    static let ln2Estimate = ln2.approximateDouble

    /// The double nearest to e^x (ties to even; never met for x ≠ 0).
    static func exp(_ x: Double) -> Double {
        if x.isNaN { return x }
        // e^710 > 2¹⁰²⁴ and e^−746 < 2⁻¹⁰⁷⁵ (half the least subnormal): beyond, nothing to round.
        if x >= 710 { return .infinity }
        if x <= -746 { return 0 }
        // |x| ≤ 2⁻⁵⁴: 1 − 2⁻⁵⁴ < e^x < 1 + 2⁻⁵³, between the midpoints around 1 (see
        // correctlyRoundedExp); also keeps x exact in fixed point.
        if x.magnitude <= 0x1p-54 { return 1 }
        var limbs = initialLimbs
        while limbs < maximumLimbs {
            if let result = attempt(x, fractionLimbs: limbs) { return result }
            limbs *= 2
        }
        let (k, value) = reducedExp(x, fractionLimbs: limbs)
        return rounded(value, k: k)
    }

    /// e^x rounded with n fraction limbs, or nil when the error interval holds a midpoint.
    ///
    /// The exact e^r lies within 2¹⁸·n units of the computed value; rounding (a monotone map) sends
    /// both ends of that interval to the same double only when no midpoint lies between them, and then
    /// the exact value, which is never a midpoint, rounds to it as well.
    static func attempt(_ x: Double, fractionLimbs n: Int) -> Double? {
        let (k, value) = reducedExp(x, fractionLimbs: n)
        let error = FixedPoint(units: UInt64(n) << 18, fractionLimbs: n)
        let low = rounded(value - error, k: k), high = rounded(value + error, k: k)
        return low == high ? low : nil
    }

    /// k and e^r with e^x = 2^k·e^r, r ∈ [0, ln 2) as far as the computed ln 2 tells.
    static func reducedExp(_ x: Double, fractionLimbs n: Int) -> (k: Int, value: FixedPoint) {
        let ln2 = n == initialLimbs ? Self.ln2 : FixedPoint.ln2(fractionLimbs: n)
        let magnitude = FixedPoint(magnitudeOf: x, fractionLimbs: n)
        // A first guess from double arithmetic, off by at most one, then made exact.
        var k = Int((x.magnitude / ln2Estimate).rounded(x > 0 ? .down : .up))
        var multiple = ln2.multiplied(by: UInt64(k))
        let r: FixedPoint
        if x > 0 {
            // k·ln 2 ≤ |x| < (k + 1)·ln 2
            while magnitude < multiple { (k, multiple) = (k - 1, multiple - ln2) }
            while !(magnitude - multiple < ln2) { (k, multiple) = (k + 1, multiple + ln2) }
            r = magnitude - multiple
        } else {
            // (k − 1)·ln 2 < |x| ≤ k·ln 2, so x = −k·ln 2 + r
            while multiple < magnitude { (k, multiple) = (k + 1, multiple + ln2) }
            while k > 0, !(multiple - ln2 < magnitude) { (k, multiple) = (k - 1, multiple - ln2) }
            r = multiple - magnitude
            k = -k
        }
        return (k, FixedPoint.exp(ofReduced: r))
    }

    /// 2^k·value rounded to the nearest double (ties upward, which the caller never meets).
    ///
    /// The grid in units of 2^k: 2⁻⁵² for a value in [1, 2), 2⁻⁵¹ in [2, 4) and 2^(−1074−k) when that
    /// is coarser (subnormal results). With m the value in grid units rounded, the result is
    /// m·2^e with e = grid + k, whose bit pattern is (e + 1074)·2⁵² + m: for a normal result the
    /// implicit bit of m carries into the exponent field, for a subnormal one (e = −1074) the pattern
    /// is m itself, and m = 2⁵³ at e = 971 gives the pattern of +∞.
    static func rounded(_ value: FixedPoint, k: Int) -> Double {
        if k < -1075 { return 0 }  // value < 4, so the result is below 2⁻¹⁰⁷⁵
        if k > 1023 { return .infinity }
        let binade = value.limbs[value.fractionLimbs] >= 2 ? 1 : 0
        let grid = max(binade - 52, -1074 - k)
        let m = value.adding(halfOf: grid).bits(above: grid)
        let pattern = UInt64(grid + k + 1074) << 52 + m
        return pattern >= Double.infinity.bitPattern ? .infinity : Double(bitPattern: pattern)
    }
}

extension FixedPoint {
    /// The value plus 2^(position − 1): rounding to multiples of 2^position becomes truncation.
    fileprivate func adding(halfOf position: Int) -> FixedPoint {
        self + FixedPoint(powerOfTwo: position - 1, fractionLimbs: fractionLimbs)
    }
}
