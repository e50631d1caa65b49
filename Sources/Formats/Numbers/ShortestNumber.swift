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
        // A "-" always; a positive value's first byte overwrites it.
        destination[0] = UInt8(ascii: "-")
        let signLength = value.sign == .minus ? 1 : 0
        let start = destination + signLength
        guard magnitude != 0 else {
            start[0] = UInt8(ascii: "0")
            return signLength + 1
        }
        // An integer below 2^53 (a count, a label, an iteration) is its own shortest decimal: its
        // interval is at most 1 wide, any other decimal in it has a fraction. One jump, on
        // c · 2^q with −52 ≤ q ≤ 0 and no bits below the units.
        let fractionBits = 1075 &- Int(truncatingIfNeeded: magnitude &>> 52)  // −q
        let significand = magnitude & (1 << 52 - 1) | 1 << 52
        let belowUnits = significand & ((1 &<< UInt64(truncatingIfNeeded: fractionBits & 63)) &- 1)
        if UInt(bitPattern: fractionBits) < 53 && belowUnits == 0 {
            return signLength &+ writeInteger(significand &>> UInt64(truncatingIfNeeded: fractionBits), to: start)
        }
        // The value is d.dddd × 10^scientific.
        let (digits, scientific) = ShortestDigits.decimal(magnitude)
        let text = SeventeenDigits(digits)
        let count = text.significant
        let length: Int
        if scientific < -4 || magnitude > 0x4340_0000_0000_0000 {
            // "1.2345e-7", "1e16": `description`'s exponent form, for values below 10^-4 and
            // above 2^53 (beyond which not every integer is a double).
            text.write(to: start + 1)
            start[0] = text.first
            start[1] = UInt8(ascii: ".")
            var end = count == 1 ? 1 : count &+ 1
            start[end] = UInt8(ascii: "e")
            start[end &+ 1] = UInt8(ascii: "-")
            end &+= scientific < 0 ? 2 : 1
            length = end &+ writeExponent(scientific.magnitude, to: start + end)
        } else if scientific < 0 {
            // "0.000123": "0." and −scientific − 1 zeros before the digits.
            let lead = 1 &- scientific
            UnsafeMutableRawPointer(start).storeBytes(of: leadingZeros.littleEndian, as: UInt64.self)
            text.write(to: start + lead)
            length = lead &+ count
        } else if scientific < count &- 1 {
            // "12.345": the digits one byte on, the first scientific + 1 moved back before a ".".
            text.write(to: start + 1)
            for index in 0...scientific { start[index] = start[index &+ 1] }
            start[scientific &+ 1] = UInt8(ascii: ".")
            length = count &+ 1
        } else {
            // "1200": an integer below 2^53; the seventeen digits end in the zeros up to the units.
            text.write(to: start)
            length = scientific &+ 1
        }
        return signLength &+ length
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

    /// Writes the decimal digits of `value` and returns their count.
    /// - Precondition: 0 < `value` < 10^16; `destination` has room for 16 bytes.
    @inline(__always)
    private static func writeInteger(_ value: UInt64, to destination: UnsafeMutablePointer<UInt8>) -> Int {
        let raw = UnsafeMutableRawPointer(destination)
        // Eight digits with leading zeros (the zero bytes at the bottom once 0x30 is taken off),
        // shifted out.
        guard value >= 100_000_000 else {
            let text = SeventeenDigits.eightDigits(UInt32(truncatingIfNeeded: value))
            let zeros = (text ^ 0x3030_3030_3030_3030).trailingZeroBitCount &>> 3
            raw.storeBytes(of: (text &>> UInt64(truncatingIfNeeded: zeros &* 8)).littleEndian, as: UInt64.self)
            return 8 &- zeros
        }
        let (high, low) = value.quotientAndRemainder(dividingBy: 100_000_000)
        let highText = SeventeenDigits.eightDigits(UInt32(truncatingIfNeeded: high))
        let zeros = (highText ^ 0x3030_3030_3030_3030).trailingZeroBitCount &>> 3
        raw.storeBytes(of: (highText &>> UInt64(truncatingIfNeeded: zeros &* 8)).littleEndian, as: UInt64.self)
        raw.storeBytes(
            of: SeventeenDigits.eightDigits(UInt32(truncatingIfNeeded: low)).littleEndian, toByteOffset: 8 &- zeros,
            as: UInt64.self)
        return 16 &- zeros
    }

    /// Writes the decimal digits of an exponent (below 1000) and returns their count.
    @inline(__always)
    private static func writeExponent(_ exponent: UInt, to destination: UnsafeMutablePointer<UInt8>) -> Int {
        // Three digits with leading zeros, then shifted past the zeros: no jump on the length.
        let (hundreds, rest) = exponent.quotientAndRemainder(dividingBy: 100)
        let (tens, ones) = rest.quotientAndRemainder(dividingBy: 10)
        let padded = UInt32(truncatingIfNeeded: hundreds | tens << 8 | ones << 16) | 0x0030_3030
        let zeros = (exponent < 100 ? 1 : 0) &+ (exponent < 10 ? 1 : 0)
        UnsafeMutableRawPointer(destination).storeBytes(
            of: (padded >> (8 &* zeros)).littleEndian, as: UInt32.self)
        return 3 &- zeros
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
