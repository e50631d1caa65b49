extension JSONScanner {
    /// Reads the number at `offset` by the grammar of RFC 8259:
    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    ///
    /// Leading zeros, a leading `+` or `.`, a missing digit after `-`, `.` or `e`, `-Infinity`
    /// and values beyond ±1.8e308 are errors; the value is correctly rounded.
    mutating func readNumber() throws(JSONError) -> JSONNumber {
        let start = offset
        _ = consume(UInt8(ascii: "-"))
        guard Self.isDigit(current) else {
            if let byte = current, Self.isLetter(byte) {
                let word = readWord()
                throw error(
                    word.lowercased().hasPrefix("inf") ? .nonFiniteNumber("-" + word) : .unknownWord("-" + word),
                    at: start)
            }
            throw error(.missingDigits(after: "the minus sign"), at: offset)
        }
        if consume(UInt8(ascii: "0")) {
            if Self.isDigit(current) { throw error(.leadingZero, at: start) }
        } else {
            skipDigits()
        }
        var isInteger = true
        if consume(UInt8(ascii: ".")) {
            isInteger = false
            guard Self.isDigit(current) else { throw error(.missingDigits(after: "the decimal point"), at: offset) }
            skipDigits()
        }
        if consume(UInt8(ascii: "e")) || consume(UInt8(ascii: "E")) {
            isInteger = false
            if !consume(UInt8(ascii: "+")) { _ = consume(UInt8(ascii: "-")) }
            guard Self.isDigit(current) else { throw error(.missingDigits(after: "the exponent (e)"), at: offset) }
            skipDigits()
        }
        let text = String(decoding: bytes[start..<offset], as: UTF8.self)
        // The grammar above is a subset of what Double(_:) reads, so it parses; it may overflow.
        guard let value = Double(text), value.isFinite else { throw error(.numberOutOfRange(text), at: start) }
        return JSONNumber(value: value, text: text, isIntegerLiteral: isInteger)
    }

    /// Skips ASCII digits.
    private mutating func skipDigits() {
        while Self.isDigit(current) { offset += 1 }
    }
}
