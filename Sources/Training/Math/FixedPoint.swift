/// A non-negative binary fixed-point number below 2⁶⁴ with 64·`fractionLimbs` fraction bits: the
/// exact arithmetic under `ExpFallback`.
///
/// The value is Σ limbs[i]·2^(64·(i − fractionLimbs)), the limbs least significant first; the last
/// limb is the integer part. Every operation that cannot be exact truncates toward zero, so each
/// costs at most one unit u = 2^(−64·fractionLimbs); the error analyses in `FixedPoint+Exp.swift`
/// count those units. Both operands of a binary operation have the same number of limbs.
struct FixedPoint: Comparable {
    /// The limbs, least significant first; `limbs.count` = `fractionLimbs` + 1.
    var limbs: [UInt64]

    /// How many 64-bit limbs hold the fraction.
    var fractionLimbs: Int { limbs.count - 1 }

    /// The integer `value` with `fractionLimbs` limbs of fraction.
    init(_ value: UInt64, fractionLimbs: Int) {
        limbs = [UInt64](repeating: 0, count: fractionLimbs + 1)
        limbs[fractionLimbs] = value
    }

    /// |x|, truncated to the fraction bits; exact when |x| ≥ 2^(52 − 64·fractionLimbs).
    ///
    /// - Precondition: |x| < 2⁶⁴ and finite.
    init(magnitudeOf x: Double, fractionLimbs: Int) {
        self.init(0, fractionLimbs: fractionLimbs)
        guard x != 0 else { return }
        // |x| = significand · 2^(exponent − 52) with an integer significand below 2⁵³.
        let significand = x.significandBitPattern | (x.isNormal ? 1 << 52 : 0)
        var lowestBit = Int(x.exponent) - 52 + 64 * fractionLimbs  // the significand's bit 0, from limb 0
        var bits = significand
        if lowestBit < 0 {  // below the last fraction bit: truncated
            bits = -lowestBit < 64 ? bits >> UInt64(-lowestBit) : 0
            lowestBit = 0
        }
        let index = lowestBit >> 6, offset = UInt64(lowestBit & 63)
        limbs[index] |= bits << offset
        if offset > 11 { limbs[index + 1] |= bits >> (64 - offset) }
    }

    /// Whether every bit is zero.
    var isZero: Bool { limbs.allSatisfy { $0 == 0 } }

    /// The position of the highest set bit relative to the binary point (the value lies in
    /// [2^p, 2^(p+1))), or nil for zero.
    var leadingBitPosition: Int? {
        guard let index = limbs.lastIndex(where: { $0 != 0 }) else { return nil }
        return 64 * (index - fractionLimbs) + 63 - limbs[index].leadingZeroBitCount
    }

    /// ⌊value / 2^position⌋, for a value below 2^(position + 64).
    func bits(above position: Int) -> UInt64 {
        let shift = position + 64 * fractionLimbs
        let index = shift >> 6, offset = UInt64(shift & 63)
        let low = index < limbs.count ? limbs[index] >> offset : 0
        let high = offset != 0 && index + 1 < limbs.count ? limbs[index + 1] << (64 - offset) : 0
        return low | high
    }

    /// The value within two ulps (each limb is converted and added, the highest first): enough for
    /// the low part of a double-double, whose error the fast path's bound allows for.
    var approximateDouble: Double {
        var sum = 0.0
        for (index, limb) in limbs.enumerated().reversed() where limb != 0 {
            sum += Double(sign: .plus, exponent: 64 * (index - fractionLimbs), significand: Double(limb))
        }
        return sum
    }

    static func < (a: FixedPoint, b: FixedPoint) -> Bool {
        for index in a.limbs.indices.reversed() where a.limbs[index] != b.limbs[index] {
            return a.limbs[index] < b.limbs[index]
        }
        return false
    }
}
