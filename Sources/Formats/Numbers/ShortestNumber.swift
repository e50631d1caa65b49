/// Numbers as text in the shortest form that reads back to the same double: the one printer of
/// every number the exports, the logs and the messages write exactly.
///
/// `1.0` → "1", `1e-05` → "1e-5", `1.8735013540549517e-16` stays, `-0.0` → "-0";
/// non-finite values are "nan", "inf" and "-inf", as Python's `float()` reads them.
public enum ShortestNumber {
    /// The room `write` needs at its destination. The longest double text is 24 bytes
    /// ("-2.2250738585072014e-308"), the longest integer 20.
    public static let room = 32

    /// The shortest round-trip text of `value`.
    public static func text(_ value: Double) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: room) { scratch in
            guard let base = scratch.baseAddress else { return value.description }
            return String(decoding: UnsafeBufferPointer(start: base, count: write(value, to: base)), as: UTF8.self)
        }
    }

    /// Writes `text(value)` as UTF-8 at `destination` and returns its length.
    ///
    /// The digits are `ShortestDigits`' (the shortest that read back, the closest of them), laid
    /// out as Swift's `description` lays them out, respelled: exponent form below 10^-4 and above
    /// 2^53, "1" for "1.0", "e16" for "e+16", "e-5" for "e-05". Bytes past the returned length may
    /// be overwritten.
    /// - Precondition: `destination` has room for `room` bytes.
    /// - Complexity: O(1).
    public static func write(_ value: Double, to destination: UnsafeMutablePointer<UInt8>) -> Int {
        let magnitude = value.bitPattern & ~(1 << 63)
        guard magnitude < 0x7FF0_0000_0000_0000 else { return writeNonFinite(value, to: destination) }
        let negative = value.sign == .minus
        if negative { destination[0] = UInt8(ascii: "-") }
        let start = destination + (negative ? 1 : 0)
        guard magnitude != 0 else {
            start[0] = UInt8(ascii: "0")
            return (negative ? 1 : 0) + 1
        }
        let (digits, exponent) = ShortestDigits.decimal(magnitude)
        let count = ShortestDigits.digitCount(digits)
        // The power of ten of the first digit: the value is d.ddd × 10^scientific.
        let scientific = exponent + count - 1
        let length: Int
        if scientific < -4 || magnitude > 0x4340_0000_0000_0000 {
            // "1.2345e-7", "1e16": `description`'s exponent form, for values below 10^-4 and
            // above 2^53 (beyond which not every integer is a double).
            writeDigits(digits, count: count, to: start + 1)
            start[0] = start[1]
            var end = 1
            if count > 1 {
                start[1] = UInt8(ascii: ".")
                end = count + 1
            }
            start[end] = UInt8(ascii: "e")
            end += 1
            if scientific < 0 {
                start[end] = UInt8(ascii: "-")
                end += 1
            }
            length = end + writeExponent(scientific.magnitude, to: start + end)
        } else if scientific < 0 {
            // "0.000123": "0." and −scientific − 1 zeros before the digits.
            let lead = 1 - scientific
            UnsafeMutableRawPointer(start).storeBytes(of: leadingZeros.littleEndian, as: UInt64.self)
            writeDigits(digits, count: count, to: start + lead)
            length = lead + count
        } else if scientific < count - 1 {
            // "12.345": the digits one byte on, the first scientific + 1 moved back before a ".".
            writeDigits(digits, count: count, to: start + 1)
            for index in 0...scientific { start[index] = start[index + 1] }
            start[scientific + 1] = UInt8(ascii: ".")
            length = count + 1
        } else {
            // "1200": an integer below 2^53, the digits and zeros up to the units.
            writeDigits(digits, count: count, to: start)
            (start + count).initialize(repeating: UInt8(ascii: "0"), count: scientific + 1 - count)
            length = scientific + 1
        }
        return (negative ? 1 : 0) + length
    }

    /// Writes `text(value)` as the standard library's formatter spells `value`, respelled as
    /// `write` spells it; the reference `write` is tested against, and the benchmarks' baseline.
    /// - Precondition: `destination` has room for `room` bytes.
    @_spi(Benchmarks)
    public static func referenceWrite(_ value: Double, to destination: UnsafeMutablePointer<UInt8>) -> Int {
        guard value.isFinite else { return writeNonFinite(value, to: destination) }
        // The formatter expects its buffer filled with "0" (it writes some digits over them).
        destination.initialize(repeating: UInt8(ascii: "0"), count: room)
        let written = standardLibraryFormat(destination, UInt(room), value, false)
        return trim(destination, count: Int(min(written, UInt64(room))))
    }

    /// Writes the decimal digits of `value`, with a "-" when negative, and returns their count.
    /// - Precondition: `destination` has room for `room` bytes.
    public static func write(_ value: Int, to destination: UnsafeMutablePointer<UInt8>) -> Int {
        var magnitude = value.magnitude
        var length = value < 0 ? 1 : 0
        var rest = magnitude
        repeat {
            length += 1
            rest /= 10
        } while rest > 0
        if value < 0 { destination[0] = UInt8(ascii: "-") }
        var index = length
        repeat {
            index -= 1
            destination[index] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
        return length
    }

    /// Appends the shortest text of `value` to `bytes`.
    public static func append(_ value: Double, to bytes: inout [UInt8]) {
        append(to: &bytes) { write(value, to: $0) }
    }

    /// Appends the decimal digits of `value` to `bytes`.
    public static func append(_ value: Int, to bytes: inout [UInt8]) {
        append(to: &bytes) { write(value, to: $0) }
    }

    // MARK: - Helpers

    /// "nan", "inf" or "-inf", as Python's `float()` reads them.
    private static func writeNonFinite(_ value: Double, to destination: UnsafeMutablePointer<UInt8>) -> Int {
        let text: StaticString = value.isNaN ? "nan" : value < 0 ? "-inf" : "inf"
        destination.update(from: text.utf8Start, count: text.utf8CodeUnitCount)
        return text.utf8CodeUnitCount
    }

    /// "0.000000" as the bytes of a little-endian UInt64: the start of a value below 1 in plain
    /// form, "0." and up to 4 zeros (the digits overwrite the rest).
    private static var leadingZeros: UInt64 { 0x3030_3030_3030_2E30 }

    /// Writes the `count` decimal digits of `digits` at `destination`, 8 at a time.
    /// - Precondition: `count` is the digit count of `digits` (1 ... 20); `destination` has room
    ///   for max(`count`, 8) bytes (the first store writes 8).
    @inline(__always)
    private static func writeDigits(_ digits: UInt64, count: Int, to destination: UnsafeMutablePointer<UInt8>) {
        let raw = UnsafeMutableRawPointer(destination)
        // The first 1 ... 8 digits, then blocks of 8: the first store's extra bytes are overwritten.
        let first = (count - 1) % 8 + 1
        var rest = digits
        var blocks: (UInt64, UInt64) = (0, 0)
        if count > 8 { (rest, blocks.1) = rest.quotientAndRemainder(dividingBy: 100_000_000) }
        if count > 16 { (rest, blocks.0) = rest.quotientAndRemainder(dividingBy: 100_000_000) }
        // 20 digits (from 10^19) leave 4 for the first store after two blocks: fits in a UInt32.
        raw.storeBytes(
            of: (eightDigits(UInt32(truncatingIfNeeded: rest)) >> (8 * (8 - first))).littleEndian, as: UInt64.self)
        if count > 16 {
            raw.storeBytes(
                of: eightDigits(UInt32(truncatingIfNeeded: blocks.0)).littleEndian, toByteOffset: first, as: UInt64.self
            )
            raw.storeBytes(
                of: eightDigits(UInt32(truncatingIfNeeded: blocks.1)).littleEndian, toByteOffset: first + 8,
                as: UInt64.self)
        } else if count > 8 {
            raw.storeBytes(
                of: eightDigits(UInt32(truncatingIfNeeded: blocks.1)).littleEndian, toByteOffset: first, as: UInt64.self
            )
        }
    }

    /// The 8 decimal digits of `value` (< 10^8, with leading zeros) as ASCII, the first digit in
    /// the lowest byte: lanes of 4 digits, then of 2, then of 1, each split by a multiplication.
    @inline(__always)
    private static func eightDigits(_ value: UInt32) -> UInt64 {
        // Two 32-bit lanes of 4 digits: the first four in the low lane.
        let fours = UInt64(value / 10_000) | UInt64(value % 10_000) << 32
        // x / 100 is (x · 10486) >> 20 for x < 10^4; four 16-bit lanes of 2 digits.
        let hundreds = ((fours &* 10486) >> 20) & 0x0000_007F_0000_007F
        let twos = hundreds | (fours &- hundreds &* 100) << 16
        // x / 10 is (x · 103) >> 10 for x < 100; eight 8-bit lanes of 1 digit.
        let tens = ((twos &* 103) >> 10) & 0x000F_000F_000F_000F
        let ones = tens | (twos &- tens &* 10) << 8
        return ones | 0x3030_3030_3030_3030
    }

    /// Writes the decimal digits of an exponent (below 1000) and returns their count.
    @inline(__always)
    private static func writeExponent(_ exponent: UInt, to destination: UnsafeMutablePointer<UInt8>) -> Int {
        let zero = UInt8(ascii: "0")
        if exponent < 10 {
            destination[0] = zero + UInt8(truncatingIfNeeded: exponent)
            return 1
        }
        if exponent < 100 {
            destination[0] = zero + UInt8(truncatingIfNeeded: exponent / 10)
            destination[1] = zero + UInt8(truncatingIfNeeded: exponent % 10)
            return 2
        }
        destination[0] = zero + UInt8(truncatingIfNeeded: exponent / 100)
        destination[1] = zero + UInt8(truncatingIfNeeded: exponent / 10 % 10)
        destination[2] = zero + UInt8(truncatingIfNeeded: exponent % 10)
        return 3
    }

    private static func append(to bytes: inout [UInt8], _ write: (UnsafeMutablePointer<UInt8>) -> Int) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: room) { scratch in
            guard let base = scratch.baseAddress else { return }
            bytes.append(contentsOf: UnsafeBufferPointer(start: base, count: write(base)))
        }
    }

    /// Trims a finite double's `description` text of `count` bytes at `text` in place: drops a
    /// ".0" before the end or before the exponent, and the exponent's "+" and leading zeros.
    /// Returns the new length.
    private static func trim(_ text: UnsafeMutablePointer<UInt8>, count: Int) -> Int {
        let dot = UInt8(ascii: "."), zero = UInt8(ascii: "0"), e = UInt8(ascii: "e")
        // The exponent, when there is one, is at most "e+308": look only at the last 5 bytes.
        var exponent = count
        for index in stride(from: count - 1, through: max(count - 5, 0), by: -1) where text[index] == e {
            exponent = index
        }
        var length = exponent
        if length >= 2, text[length - 2] == dot, text[length - 1] == zero { length -= 2 }
        guard exponent < count else { return length }
        text[length] = e
        length += 1
        var index = exponent + 1
        if text[index] == UInt8(ascii: "-") {
            text[length] = text[index]
            length += 1
            index += 1
        } else if text[index] == UInt8(ascii: "+") {
            index += 1
        }
        while index < count - 1, text[index] == zero { index += 1 }
        while index < count {
            text[length] = text[index]
            length += 1
            index += 1
        }
        return length
    }
}

/// The standard library's own entry to `Double.description`'s digits (the runtime's
/// `swift_float64ToString`, kept for the ABI since Swift 4; the standard library declares it the
/// same way): writes into `buffer` and returns the length, without allocating.
@_silgen_name("swift_float64ToString")
private func standardLibraryFormat(
    _ buffer: UnsafeMutablePointer<UInt8>, _ bufferLength: UInt, _ value: Double, _ debug: Bool
) -> UInt64
