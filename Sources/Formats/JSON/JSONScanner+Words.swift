extension JSONScanner {
    /// Reads `true`, `false` or `null` at `offset`, or explains the word that stands there
    /// instead (`True`, `NaN`, `Infinity`, or text without quotes).
    mutating func readLiteral() throws(JSONError) -> JSONValue {
        let start = offset
        let word = readWord()
        switch word {
        case "true": return .bool(true)
        case "false": return .bool(false)
        case "null": return .null
        default: break
        }
        let lower = word.lowercased()
        if ["true", "false", "null"].contains(lower) {
            throw error(.misspelledLiteral(found: word, literal: lower), at: start)
        }
        if ["nan", "inf", "infinity"].contains(lower) { throw error(.nonFiniteNumber(word), at: start) }
        throw error(.unknownWord(word), at: start)
    }

    /// Reads a run of ASCII letters, digits, `_` and `$`: a word, as people type keys and literals.
    mutating func readWord() -> String {
        let start = offset
        while let byte = current, Self.isLetter(byte) || Self.isDigit(byte) || byte == UInt8(ascii: "$") {
            offset += 1
        }
        return String(decoding: bytes[start..<offset], as: UTF8.self)
    }

    /// Whether `byte` is an ASCII letter or `_`.
    static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) || byte == UInt8(ascii: "_")
    }
}
