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
    /// The digits and power of ten of the finite, nonzero double whose bit pattern without its
    /// sign is `magnitude`: the value is `digits` · 10^`exponent`, `digits` has the fewest
    /// significant digits that read back to the value, the closest of them, and no trailing zero.
    /// - Precondition: 0 < `magnitude` < 0x7FF0_0000_0000_0000 (finite, nonzero, no sign bit).
    /// - Complexity: O(1).
    @inline(__always)
    static func decimal(_ magnitude: UInt64) -> (digits: UInt64, exponent: Int) {
        let fraction = magnitude & (1 << 52 - 1)
        let biasedExponent = Int(truncatingIfNeeded: magnitude >> 52)
        let c: UInt64
        let q: Int
        if biasedExponent != 0 {
            c = fraction | 1 << 52
            q = biasedExponent - 1075
            // An integer below 2^53 is its own shortest decimal: its rounding interval is at most
            // 1 wide, and every other decimal in it has a fraction, so more digits.
            if q <= 0, q > -53, c & (1 << UInt64(-q) - 1) == 0 {
                return removingTrailingZeros(c >> UInt64(-q), exponent: 0)
            }
        } else {
            c = fraction
            q = -1074
        }
        // The interval's ends in quarters of 2^q: c ± 1/2, except below a power of two (other
        // than the smallest normal), whose lower neighbour is half as far, so c − 1/4.
        let closerBelow = fraction == 0 && biasedExponent > 1
        let centre = c << 2
        let below = centre - (closerBelow ? 1 : 2)
        let above = centre + 2
        // k = ⌊log10 2^q⌋, or ⌊log10 (3/4 · 2^q)⌋ when closer below, so that the scaled interval
        // is at least 1 wide; `shift` aligns 2^q with the table's 10^−k (1 to 4 bits).
        let k = (q * 1_262_611 - (closerBelow ? 524_031 : 0)) >> 22
        let shift = UInt64(truncatingIfNeeded: q + ((-k * 1_741_647) >> 19) + 1)
        let index = 2 * (-k - firstPower)
        let powerHigh = powers[index], powerLow = powers[index + 1]
        let scaledBelow = roundedToOdd(powerHigh, powerLow, below << shift)
        let scaled = roundedToOdd(powerHigh, powerLow, centre << shift)
        let scaledAbove = roundedToOdd(powerHigh, powerLow, above << shift)
        // The interval's ends in quarters of 10^k, moved in by one when they are excluded (c odd):
        // a multiple of 4 between them, ends included, reads back.
        let even = c & 1 == 0
        let lowest = scaledBelow + (even ? 0 : 1)
        let highest = scaledAbove - (even ? 0 : 1)

        let integer = scaled / 4
        if integer >= 10 {
            // A decimal of a digit less: a multiple of 10 (40 quarters) in the interval.
            let tens = integer / 10
            let lowerInside = lowest <= 40 * tens
            let upperInside = 40 * tens + 40 <= highest
            if lowerInside != upperInside {
                return removingTrailingZeros(tens + (upperInside ? 1 : 0), exponent: k + 1)
            }
        }
        let lowerInside = lowest <= 4 * integer
        let upperInside = 4 * integer + 4 <= highest
        if lowerInside != upperInside {
            return removingTrailingZeros(integer + (upperInside ? 1 : 0), exponent: k)
        }
        // Both integers read back: the closer one; a tie (only when `scaled` is exact, even) to
        // the even one.
        let middle = 4 * integer + 2
        let up = scaled > middle || (scaled == middle && integer & 1 != 0)
        return removingTrailingZeros(integer + (up ? 1 : 0), exponent: k)
    }

    /// The count of decimal digits of `value` (1 for 0).
    /// - Complexity: O(1).
    @inline(__always)
    static func digitCount(_ value: UInt64) -> Int {
        // ⌊log10⌋ from the bit length: (bits · 1233) >> 12 is ⌊bits · log10 2⌋ for 0 ... 64 bits,
        // at most one below the count of digits.
        let estimate = ((64 - value.leadingZeroBitCount) * 1233) >> 12
        return estimate + (value >= powersOfTen[estimate] ? 1 : 0)
    }

    /// 10^0 ... 10^19, every power of ten below 2^64.
    private static let powersOfTen: [UInt64] = [
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
        let (middle, carry) = highProduct.low.addingReportingOverflow(lowProduct.high)
        // The table's power is rounded up, so an exact product shows as a fraction of at most 1.
        return (highProduct.high + (carry ? 1 : 0)) | (middle > 1 ? 1 : 0)
    }

    /// `digits` · 10^`exponent` with the zeros at the end of `digits` moved into `exponent`.
    @inline(__always)
    private static func removingTrailingZeros(_ digits: UInt64, exponent: Int) -> (digits: UInt64, exponent: Int) {
        guard digits % 10 == 0 else { return (digits, exponent) }
        // At most 19 zeros (digits < 2^64); steps of 16, 8, 4, 2 and 1 take any count up to 31.
        var digits = digits, exponent = exponent
        if digits % 10_000_000_000_000_000 == 0 {
            (digits, exponent) = (digits / 10_000_000_000_000_000, exponent + 16)
        }
        if digits % 100_000_000 == 0 { (digits, exponent) = (digits / 100_000_000, exponent + 8) }
        if digits % 10_000 == 0 { (digits, exponent) = (digits / 10_000, exponent + 4) }
        if digits % 100 == 0 { (digits, exponent) = (digits / 100, exponent + 2) }
        if digits % 10 == 0 { (digits, exponent) = (digits / 10, exponent + 1) }
        return (digits, exponent)
    }
}
