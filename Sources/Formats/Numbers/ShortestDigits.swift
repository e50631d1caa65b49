/// The shortest decimal digits of a double that read back to it, found by Schubfach.
///
/// Raffaello Giulietti's Schubfach ("The Schubfach way to render doubles", 2020): the double
/// c · 2^q is read back by every decimal of its rounding interval, the reals that round to it
/// (closed when c is even, because a tie rounds to the even neighbour). With k = ⌊log10 2^q⌋ the
/// interval, scaled by 10^−k, is wider than 1 and narrower than 10: it holds at most one
/// multiple of 10 and at least one integer. So the shortest decimal is either that multiple of 10
/// (the one of a digit less) or, when there is none, the integer of the interval closest to
/// the double (ties to the even one), scaled back by 10^k. The scaling multiplies by 10^−k to
/// 128 bits, rounded up, and rounds the product to odd: an even result is exact, and comparisons
/// with even numbers come out as with the exact product (the paper proves it for 126-bit powers;
/// these are 128-bit, as in Alexander Bolz's C++ port of Schubfach).
///
/// Swift's `description` keeps the same digits: the shortest that read back, the closest of
/// them, ties to even (FormatsTests compare the two on every kind of double).
enum ShortestDigits {
    /// The shortest decimal of the finite, nonzero double whose bit pattern without its sign is
    /// `magnitude`: the digits that read back to the value, as few as can, of those the closest
    /// to it, as the value `digits` · 10^(`scientific` − 16). `digits` has exactly 17 digits, the
    /// decimal's followed by zeros, so that `scientific` is the power of ten of the first.
    ///
    /// Which candidate wins is chosen with bit operations, not jumps, and the digits are scaled
    /// to 17 before the choice, not after: random inputs cost no mispredicted jump, and the
    /// result comes a few multiplications earlier.
    /// - Precondition: 0 < `magnitude` < 0x7FF0_0000_0000_0000 (finite, nonzero, no sign bit).
    /// - Complexity: O(1).
    @inline(__always)
    static func decimal(_ magnitude: UInt64) -> (digits: UInt64, scientific: Int) {
        let fraction = magnitude & (1 << 52 - 1)
        let biasedExponent = Int(truncatingIfNeeded: magnitude >> 52)
        // c · 2^q: the hidden bit of normals; subnormals have the exponent of the smallest normal.
        let normal = biasedExponent != 0
        let c = normal ? fraction | 1 << 52 : fraction
        let q = normal ? biasedExponent &- 1075 : -1074
        // The interval's ends in quarters of 2^q: c ± 1/2, except below a power of two (other
        // than the smallest normal), whose lower neighbour is half as far, so c − 1/4.
        let closerBelow = fraction == 0 && biasedExponent > 1
        let centre = c &<< 2
        let below = centre &- (closerBelow ? 1 : 2)
        let above = centre &+ 2
        // k = ⌊log10 2^q⌋, or ⌊log10 (3/4 · 2^q)⌋ when closer below, so that the scaled interval
        // is at least 1 wide; `shift` aligns 2^q with the table's 10^−k (1 to 4 bits).
        // Tests/Tools/shortest-digits-powers.py checks both approximations over every q.
        let k = (q &* 1_262_611 &- (closerBelow ? 524_031 : 0)) >> 22
        let shift = UInt64(truncatingIfNeeded: q &+ (((0 &- k) &* 1_741_647) >> 19) &+ 1)
        let index = 2 &* (0 &- k &- firstPower)
        let powerHigh = powers[index], powerLow = powers[index &+ 1]
        let scaledBelow = roundedToOdd(powerHigh, powerLow, below &<< shift)
        let scaled = roundedToOdd(powerHigh, powerLow, centre &<< shift)
        let scaledAbove = roundedToOdd(powerHigh, powerLow, above &<< shift)
        // The interval's ends in quarters of 10^k, moved in by one when they are excluded (c odd):
        // a multiple of 4 between them, ends included, reads back. (All below 2^62: no overflow.)
        let odd = c & 1
        let lowest = scaledBelow &+ odd
        let highest = scaledAbove &- odd

        // The choices below are bits combined with & | ^, not && || ?:, which the compiler
        // would turn into jumps that random inputs mispredict.
        // A decimal of a digit less: a multiple of 10 (40 quarters) in the interval, at most one
        // as it is less than 10 wide, so the highest if any; unless the value has one digit.
        let tens = highest / 40
        let shorter = bit(scaled >= 40) & bit(40 &* tens >= lowest)
        // Otherwise the integer in the interval, or of two the closer, a tie (only when `scaled`
        // is exact, so even) to the even one.
        let integer = scaled &>> 2
        let upper = bit(4 &* integer &+ 4 <= highest)
        let onlyOne = bit(lowest <= 4 &* integer) ^ upper
        let middle = 4 &* integer &+ 2
        let closerAbove = bit(scaled > middle) | (bit(scaled == middle) & integer)
        let units = integer &+ ((onlyOne & upper) | (~onlyOne & closerAbove & 1))

        guard normal else {
            // Subnormals: fewer digits, any count; counted (a rare, well-predicted jump).
            let digits = shorter != 0 ? tens : units
            let count = digitCount(digits)
            return (digits &* powersOfTen[17 &- count], k &+ Int(truncatingIfNeeded: shorter) &+ count &- 1)
        }
        // A normal's 53 bits scaled by 10^−k make units of 16 or 17 digits (at least 2^52 >
        // 10^15), tens of 15 or 16: each scaled to 17 digits before the choice.
        let shortTens = bit(tens < 1_000_000_000_000_000)
        let shortUnits = bit(units < 10_000_000_000_000_000)
        let tensDigits = tens &* (10 &+ 90 &* shortTens)
        let unitsDigits = units &* (1 &+ 9 &* shortUnits)
        let choose = 0 &- shorter  // all ones when shorter
        let digits = (choose & tensDigits) | (~choose & unitsDigits)
        let scientific = k &+ 16 &- Int(truncatingIfNeeded: (choose & shortTens) | (~choose & shortUnits))
        return (digits, scientific)
    }

    /// 1 for true, 0 for false.
    @inline(__always)
    private static func bit(_ condition: Bool) -> UInt64 { condition ? 1 : 0 }

    /// The count of decimal digits of `value` (0 for 0).
    /// - Complexity: O(1).
    @inline(__always)
    static func digitCount(_ value: UInt64) -> Int {
        // ⌊log10⌋ from the bit length: (bits · 1233) >> 12 is ⌊bits · log10 2⌋ for 0 ... 64 bits,
        // at most one below the count of digits.
        let estimate = ((64 &- value.leadingZeroBitCount) &* 1233) >> 12
        return estimate &+ (value >= powersOfTen[estimate] ? 1 : 0)
    }

    /// 10^0 ... 10^19, every power of ten below 2^64.
    static let powersOfTen: [UInt64] = [
        1, 10, 100, 1000, 10000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000,
        10_000_000_000, 100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000,
        1_000_000_000_000_000, 10_000_000_000_000_000, 100_000_000_000_000_000,
        1_000_000_000_000_000_000, 10_000_000_000_000_000_000,
    ]

    /// ⌊(`high` · 2^64 + `low`) · `factor` / 2^128⌋, with its lowest bit set when the dropped
    /// part is not (nearly) zero: the scaled value rounded to odd, so that an even result is
    /// exact and comparisons with multiples of 2 are decided as with the exact product.
    @inline(__always)
    private static func roundedToOdd(_ high: UInt64, _ low: UInt64, _ factor: UInt64) -> UInt64 {
        let lowProduct = low.multipliedFullWidth(by: factor)
        let highProduct = high.multipliedFullWidth(by: factor)
        // The two products' overlap added as 128 bits: an add and an add-with-carry, no jump.
        let sum = (UInt128(highProduct.high) &<< 64 | UInt128(highProduct.low)) &+ UInt128(lowProduct.high)
        let middle = UInt64(truncatingIfNeeded: sum)
        // The table's power is rounded up, so an exact product shows as a fraction of at most 1.
        return UInt64(truncatingIfNeeded: sum &>> 64) | bit(middle > 1)
    }
}
