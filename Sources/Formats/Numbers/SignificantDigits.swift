import Glibc

/// The significant decimal digits of a number, up to 17 as an integer, and the power of ten of
/// the first: `mantissa` × 10^(exponent − count + 1). Allocation-free, for the millions of
/// numbers of a history.
struct SignificantDigits: Equatable {
    /// The digits as an integer (no leading zeros).
    var mantissa: UInt64
    /// How many digits `mantissa` stands for (trailing zeros included when they were kept).
    var count: Int
    /// The power of ten of the first digit.
    var exponent: Int

    /// The digits of a shortest round-trip text such as "-0.0012", "1.5e-16" or "25", trailing
    /// zeros dropped.
    init(_ text: UnsafeBufferPointer<UInt8>) {
        mantissa = 0
        count = 0
        var point: Int?
        var leadingZeros = 0, written = 0
        var index = text.startIndex
        if index < text.endIndex, text[index] == UInt8(ascii: "-") { index += 1 }
        while index < text.endIndex, text[index] != UInt8(ascii: "e") {
            let byte = text[index]
            index += 1
            if byte == UInt8(ascii: ".") {
                point = written
                continue
            }
            written += 1
            if count == 0 && byte == UInt8(ascii: "0") {
                leadingZeros += 1
            } else if count < 19 {
                mantissa = mantissa &* 10 &+ UInt64(byte &- UInt8(ascii: "0"))
                count += 1
            }
        }
        var power = 0
        if index < text.endIndex {
            index += 1
            var sign = 1
            if index < text.endIndex, text[index] == UInt8(ascii: "-") || text[index] == UInt8(ascii: "+") {
                sign = text[index] == UInt8(ascii: "-") ? -1 : 1
                index += 1
            }
            while index < text.endIndex, power < 100_000 {
                power = power * 10 + Int(text[index] &- UInt8(ascii: "0"))
                index += 1
            }
            power *= sign
        }
        exponent = (point ?? written) - leadingZeros - 1 + power
        while count > 1, mantissa % 10 == 0 {
            mantissa /= 10
            count -= 1
        }
    }

    init(mantissa: UInt64, count: Int, exponent: Int) {
        self.mantissa = mantissa
        self.count = count
        self.exponent = exponent
    }

    /// The digits printf gives for `value` with `digits` significant digits ("%.*e"), correctly
    /// rounded from the exact binary value, trailing zeros kept.
    init(printed value: Double, digits: Int) {
        var buffer = [CChar](repeating: 0, count: 64)
        let length = withVaList([digits - 1, value]) { vsnprintf(&buffer, buffer.count, "%.*e", $0) }
        let bytes = buffer.prefix(max(0, Int(length))).map { UInt8(bitPattern: $0) }
        self = bytes.withUnsafeBufferPointer { SignificantDigits($0) }
        pad(to: digits)
    }

    /// The digits rounded half up to `digits`, trailing zeros kept; nil when the digits dropped
    /// are exactly one half, where the shortest text cannot tell on which side the exact value lies.
    func rounded(to digits: Int) -> SignificantDigits? {
        guard count > digits else { return self }
        var divisor: UInt64 = 1
        for _ in 0..<(count - digits) { divisor *= 10 }
        var kept = mantissa / divisor
        let rest = mantissa % divisor
        if rest * 2 == divisor { return nil }
        if rest * 2 > divisor { kept += 1 }
        var limit: UInt64 = 1
        for _ in 0..<digits { limit *= 10 }
        // 999999.5 → 1000000: one more power of ten.
        if kept == limit { return SignificantDigits(mantissa: limit / 10, count: digits, exponent: exponent + 1) }
        return SignificantDigits(mantissa: kept, count: digits, exponent: exponent)
    }

    /// Adds trailing zeros up to `digits` digits.
    mutating func pad(to digits: Int) {
        while count < digits {
            mantissa *= 10
            count += 1
        }
    }

    /// Writes the number in decimals from 0.0001 to 999,999, else as d.ddddde±XX; returns the length.
    func write(negative: Bool, to destination: UnsafeMutablePointer<UInt8>) -> Int {
        // The digits as characters, first to last, taken off the mantissa once.
        var characters = SIMD32<UInt8>(repeating: UInt8(ascii: "0"))
        var rest = mantissa
        for index in stride(from: min(count, 32) - 1, through: 0, by: -1) {
            characters[index] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
        }
        var length = 0
        func put(_ byte: UInt8) {
            destination[length] = byte
            length += 1
        }
        func putDigit(_ index: Int) { put(index < count && index < 32 ? characters[index] : UInt8(ascii: "0")) }
        if negative { put(UInt8(ascii: "-")) }
        if exponent >= -4 && exponent < SignificantNumber.digits {
            if exponent < 0 {
                put(UInt8(ascii: "0"))
                put(UInt8(ascii: "."))
                for _ in 0..<(-exponent - 1) { put(UInt8(ascii: "0")) }
                for index in 0..<count { putDigit(index) }
            } else {
                for index in 0...exponent { putDigit(index) }
                if count > exponent + 1 {
                    put(UInt8(ascii: "."))
                    for index in (exponent + 1)..<count { putDigit(index) }
                }
            }
            return length
        }
        putDigit(0)
        if count > 1 {
            put(UInt8(ascii: "."))
            for index in 1..<count { putDigit(index) }
        }
        put(UInt8(ascii: "e"))
        put(exponent < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        let power = abs(exponent)
        if power < 10 { put(UInt8(ascii: "0")) }
        var divisor = 1
        while divisor * 10 <= power { divisor *= 10 }
        while divisor > 0 {
            put(UInt8(ascii: "0") + UInt8(power / divisor % 10))
            divisor /= 10
        }
        return length
    }
}
