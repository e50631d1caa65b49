/// Reads the tokens of a JSON text from UTF-8 bytes; a value type whose `offset` moves forward.
///
/// `JSONParser` drives it; the scanner knows strings, numbers and words, and how to explain a
/// character that does not belong where it stands.
struct JSONScanner {
    /// The whole file.
    let bytes: [UInt8]
    /// The file name for errors.
    let file: String
    /// Where reading continues.
    var offset = 0

    /// The byte at `offset`, or `nil` at the end.
    var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    /// Skips a UTF-8 byte order mark, refusing UTF-16 and UTF-32 ones.
    mutating func skipByteOrderMark() throws(JSONError) {
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) {
            throw error(.foreignEncoding("UTF-32"), at: 0)
        }
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) {
            throw error(.foreignEncoding("UTF-16"), at: 0)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { offset = 3 }
    }

    /// Skips the four whitespace characters of JSON: space, tab, LF and CR.
    mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x09, 0x0A, 0x0D: offset += 1
            default: return
            }
        }
    }

    /// Consumes `byte` if it is next.
    mutating func consume(_ byte: UInt8) -> Bool {
        guard current == byte else { return false }
        offset += 1
        return true
    }

    /// An error at byte `offset`.
    func error(_ reason: JSONReason, at offset: Int) -> JSONError {
        JSONError(file: file, reason: reason, at: offset, in: bytes)
    }

    /// The error for the character at `offset`, which is not `expected` (a phrase such as
    /// "a comma or ]"), naming the common mistakes: comments, single or typographic quotes, NUL.
    func unexpected(expected: String) -> JSONError {
        guard let byte = current else {
            return error(.unexpectedCharacter(found: "the end", expected: expected), at: offset)
        }
        let next = offset + 1 < bytes.count ? bytes[offset + 1] : 0
        switch byte {
        case UInt8(ascii: "/") where next == UInt8(ascii: "/") || next == UInt8(ascii: "*"):
            return error(.comment, at: offset)
        case UInt8(ascii: "#"): return error(.comment, at: offset)
        case UInt8(ascii: "'"): return error(.singleQuotes, at: offset)
        case 0x00: return error(.nulByte, at: offset)
        default: break
        }
        guard let length = UTF8Validation.sequenceLength(bytes, at: offset, end: bytes.count) else {
            return error(.invalidUTF8, at: offset)
        }
        let scalar = String(decoding: bytes[offset..<(offset + length)], as: UTF8.self).unicodeScalars.first ?? "?"
        if ["\u{201C}", "\u{201D}", "\u{201E}", "\u{2018}", "\u{2019}"].contains(scalar) {
            return error(.smartQuote, at: offset)
        }
        let found =
            scalar.properties.generalCategory == .control || scalar.properties.isWhitespace
            ? Self.codePoint(scalar) : "\"\(scalar)\""
        return error(.unexpectedCharacter(found: found, expected: expected), at: offset)
    }

    /// `U+0009`: how messages name an invisible character.
    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// Whether `byte` is an ASCII digit.
    static func isDigit(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        return byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
