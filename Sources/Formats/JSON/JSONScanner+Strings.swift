extension JSONScanner {
    /// Reads the string whose opening quote is at `offset`, resolving escapes.
    ///
    /// Refuses raw control characters (U+0000–U+001F), invalid UTF-8, unknown escapes and
    /// `\u` escapes of a lone UTF-16 surrogate; a surrogate pair becomes one character.
    mutating func readString() throws(JSONError) -> String {
        let opening = offset
        offset += 1
        var text = ""
        var chunkStart = offset
        while true {
            guard offset < bytes.count else { throw error(.unterminatedString, at: opening) }
            let byte = bytes[offset]
            switch byte {
            case UInt8(ascii: "\""):
                text += String(decoding: bytes[chunkStart..<offset], as: UTF8.self)
                offset += 1
                return text
            case UInt8(ascii: "\\"):
                text += String(decoding: bytes[chunkStart..<offset], as: UTF8.self)
                try readEscape(into: &text, opening: opening)
                chunkStart = offset
            case 0x00..<0x20:
                throw error(.controlCharacter(byte), at: offset)
            case 0x20..<0x80:
                offset += 1
            default:
                guard let length = UTF8Validation.sequenceLength(bytes, at: offset, end: bytes.count) else {
                    throw error(.invalidUTF8, at: offset)
                }
                offset += length
            }
        }
    }

    /// Reads the escape whose backslash is at `offset` and appends what it stands for.
    private mutating func readEscape(into text: inout String, opening: Int) throws(JSONError) {
        let backslash = offset
        guard offset + 1 < bytes.count else { throw error(.unterminatedString, at: opening) }
        let letter = bytes[offset + 1]
        offset += 2
        switch letter {
        case UInt8(ascii: "\""): text += "\""
        case UInt8(ascii: "\\"): text += "\\"
        case UInt8(ascii: "/"): text += "/"
        case UInt8(ascii: "b"): text += "\u{08}"
        case UInt8(ascii: "f"): text += "\u{0C}"
        case UInt8(ascii: "n"): text += "\n"
        case UInt8(ascii: "r"): text += "\r"
        case UInt8(ascii: "t"): text += "\t"
        case UInt8(ascii: "u"):
            text.unicodeScalars.append(try readUnicodeEscape(backslash: backslash))
        default:
            let length = UTF8Validation.sequenceLength(bytes, at: backslash + 1, end: bytes.count) ?? 1
            let shown = String(decoding: bytes[backslash..<(backslash + 1 + length)], as: UTF8.self)
            throw error(.invalidEscape(shown), at: backslash)
        }
    }

    /// Reads the four hex digits after `\u` (and a second `\uXXXX` for a surrogate pair).
    private mutating func readUnicodeEscape(backslash: Int) throws(JSONError) -> Unicode.Scalar {
        guard let unit = hexQuad(at: offset) else { throw error(.invalidUnicodeEscape, at: backslash) }
        offset += 4
        let escape = String(decoding: bytes[backslash..<offset], as: UTF8.self)
        switch unit {
        case 0xD800...0xDBFF:
            guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u"),
                let low = hexQuad(at: offset + 2), (0xDC00...0xDFFF).contains(low)
            else { throw error(.loneSurrogate(escape), at: backslash) }
            offset += 6
            return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)) ?? "\u{FFFD}"
        case 0xDC00...0xDFFF:
            throw error(.loneSurrogate(escape), at: backslash)
        default:
            return Unicode.Scalar(unit) ?? "\u{FFFD}"
        }
    }

    /// The value of four hex digits at `index`, or `nil` when there are not four.
    private func hexQuad(at index: Int) -> UInt32? {
        guard index + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for byte in bytes[index..<(index + 4)] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}
