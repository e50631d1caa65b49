/// The seventeen digits of a `ShortestDigits.decimal` as ASCII (the significant ones, then
/// zeros), in three pieces: the text's layout never depends on its length, as the zeros fall past
/// the written length or are the zeros of an integer's units.
struct SeventeenDigits {
    /// The first digit, as ASCII.
    let first: UInt8
    /// Digits 2 to 9 and 10 to 17, as ASCII, the first in the lowest byte.
    let middle: UInt64, last: UInt64
    /// The count of significant digits: 17 less the zeros at the end.
    let significant: Int

    /// - Precondition: 10^16 ≤ `digits` < 10^17.
    @inline(__always)
    init(_ digits: UInt64) {
        // 1 + 8 + 8 digits; both quotients from `digits`, side by side rather than one after the other.
        let first = digits / 10_000_000_000_000_000
        let upper = digits / 100_000_000
        self.first = UInt8(truncatingIfNeeded: first) | 0x30
        middle = Self.eightDigits(UInt32(truncatingIfNeeded: upper &- first &* 100_000_000))
        last = Self.eightDigits(UInt32(truncatingIfNeeded: digits &- upper &* 100_000_000))
        // The zeros at the end are the zero bytes at the top of the digits without their 0x30.
        let lastZeros = (last ^ 0x3030_3030_3030_3030).leadingZeroBitCount >> 3
        let middleZeros = (middle ^ 0x3030_3030_3030_3030).leadingZeroBitCount >> 3
        significant = 17 &- lastZeros &- (lastZeros == 8 ? middleZeros : 0)
    }

    /// Writes the seventeen digits at `destination`.
    /// - Precondition: `destination` has room for 17 bytes.
    @inline(__always)
    func write(to destination: UnsafeMutablePointer<UInt8>) {
        destination[0] = first
        let raw = UnsafeMutableRawPointer(destination)
        raw.storeBytes(of: middle.littleEndian, toByteOffset: 1, as: UInt64.self)
        raw.storeBytes(of: last.littleEndian, toByteOffset: 9, as: UInt64.self)
    }

    /// The 8 decimal digits of `value` (< 10^8, with leading zeros) as ASCII, the first digit in
    /// the lowest byte, two at a time: `value` / 10^6 in fixed point (8 integer bits, 56 of
    /// fraction, rounded up), whose integer part is the first pair; the fraction times 100 gives
    /// the next, and so on. The rounding adds less than 10^8 / 2^56 < 2·10^-9 to `value` / 10^6,
    /// and the three ×100 make it at most 2·10^-3: always less than the distance to the next
    /// pair's boundary, 10^-6, 10^-4, 10^-2 and 1 at each step.
    @inline(__always)
    static func eightDigits(_ value: UInt32) -> UInt64 {
        let fraction: UInt64 = 1 << 56 - 1
        var scaled = UInt64(value) &* 72_057_594_038  // ⌈2^56 / 10^6⌉; below 2^63
        let first = pairs[Int(truncatingIfNeeded: scaled >> 56)]
        scaled = (scaled & fraction) &* 100
        let second = pairs[Int(truncatingIfNeeded: scaled >> 56)]
        scaled = (scaled & fraction) &* 100
        let third = pairs[Int(truncatingIfNeeded: scaled >> 56)]
        scaled = (scaled & fraction) &* 100
        let fourth = pairs[Int(truncatingIfNeeded: scaled >> 56)]
        return UInt64(first) | UInt64(second) << 16 | UInt64(third) << 32 | UInt64(fourth) << 48
    }

    /// "00" ... "99" as ASCII, the first digit in the lowest byte.
    static let pairs: [UInt16] = [
        0x3030, 0x3130, 0x3230, 0x3330, 0x3430, 0x3530, 0x3630, 0x3730, 0x3830, 0x3930,
        0x3031, 0x3131, 0x3231, 0x3331, 0x3431, 0x3531, 0x3631, 0x3731, 0x3831, 0x3931,
        0x3032, 0x3132, 0x3232, 0x3332, 0x3432, 0x3532, 0x3632, 0x3732, 0x3832, 0x3932,
        0x3033, 0x3133, 0x3233, 0x3333, 0x3433, 0x3533, 0x3633, 0x3733, 0x3833, 0x3933,
        0x3034, 0x3134, 0x3234, 0x3334, 0x3434, 0x3534, 0x3634, 0x3734, 0x3834, 0x3934,
        0x3035, 0x3135, 0x3235, 0x3335, 0x3435, 0x3535, 0x3635, 0x3735, 0x3835, 0x3935,
        0x3036, 0x3136, 0x3236, 0x3336, 0x3436, 0x3536, 0x3636, 0x3736, 0x3836, 0x3936,
        0x3037, 0x3137, 0x3237, 0x3337, 0x3437, 0x3537, 0x3637, 0x3737, 0x3837, 0x3937,
        0x3038, 0x3138, 0x3238, 0x3338, 0x3438, 0x3538, 0x3638, 0x3738, 0x3838, 0x3938,
        0x3039, 0x3139, 0x3239, 0x3339, 0x3439, 0x3539, 0x3639, 0x3739, 0x3839, 0x3939,
    ]
}
