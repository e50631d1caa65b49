import Testing

@testable import Formats

/// Every way a JSON text can be wrong gives its reason at the right line and column.
@Suite struct JSONParserErrorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let bytes: [UInt8]
        let line: Int
        let column: Int
        let reason: JSONReason
        var testDescription: String { name }

        init(_ name: String, _ text: String, _ line: Int, _ column: Int, _ reason: JSONReason) {
            self.init(name, Array(text.utf8), line, column, reason)
        }

        init(_ name: String, _ bytes: [UInt8], _ line: Int, _ column: Int, _ reason: JSONReason) {
            self.name = name
            self.bytes = bytes
            self.line = line
            self.column = column
            self.reason = reason
        }
    }

    static func unexpected(_ found: String, _ expected: String) -> JSONReason {
        .unexpectedCharacter(found: found, expected: expected)
    }

    static let cases: [Case] = [
        // MARK: Bytes
        Case("empty", "", 1, 1, .emptyInput),
        Case("only whitespace", "  \n ", 2, 2, .emptyInput),
        Case("only a BOM", [0xEF, 0xBB, 0xBF], 1, 1, .emptyInput),
        Case("UTF-16 LE BOM", [0xFF, 0xFE, 0x7B, 0x00], 1, 1, .foreignEncoding("UTF-16")),
        Case("UTF-16 BE BOM", [0xFE, 0xFF, 0x00, 0x7B], 1, 1, .foreignEncoding("UTF-16")),
        Case("UTF-32 LE BOM", [0xFF, 0xFE, 0x00, 0x00], 1, 1, .foreignEncoding("UTF-32")),
        Case("UTF-16 without BOM", [0x7B, 0x00, 0x7D, 0x00], 1, 2, .nulByte),
        Case("NUL between values", [0x5B, 0x00, 0x5D], 1, 2, .nulByte),
        Case("invalid UTF-8 in a string", [0x22, 0xC3, 0x28, 0x22], 1, 2, .invalidUTF8),
        Case("invalid UTF-8 outside strings", [0x5B, 0xFF, 0x5D], 1, 2, .invalidUTF8),
        Case("overlong UTF-8", Array("[\"é".utf8) + [0xC0, 0xAF, 0x22, 0x5D], 1, 4, .invalidUTF8),
        Case("UTF-8 surrogate", [0x22, 0xED, 0xA0, 0x80, 0x22], 1, 2, .invalidUTF8),
        Case("truncated UTF-8", [0x22, 0xE6, 0x97], 1, 2, .invalidUTF8),

        // MARK: Structure
        Case("trailing comma in an array", "[1,]", 1, 3, .trailingComma(closing: "]")),
        Case("trailing comma in an object", "{\"a\":1,}", 1, 7, .trailingComma(closing: "}")),
        Case("trailing comma before whitespace", "[1, \n ]", 1, 3, .trailingComma(closing: "]")),
        Case("missing comma", "[1 2]", 1, 4, unexpected("\"2\"", "a comma or ]")),
        Case("missing comma in an object", "{\"a\":1 \"b\":2}", 1, 8, unexpected("\"\"\"", "a comma or }")),
        Case("missing colon", "{\"a\" 1}", 1, 6, unexpected("\"1\"", "a colon (:) after the key")),
        Case("leading comma", "[,1]", 1, 2, unexpected("\",\"", "a value")),
        Case("missing value", "{\"a\":}", 1, 6, unexpected("\"}\"", "a value")),
        Case("key not a string", "{1:2}", 1, 2, unexpected("\"1\"", "a key in double quotes")),
        Case("unquoted key", "{ name: 1}", 1, 3, .unquotedKey("name")),
        Case("single-quoted key", "{'a':1}", 1, 2, .singleQuotes),
        Case("single-quoted value", "['a']", 1, 2, .singleQuotes),
        Case("typographic quotes", "{“a”:1}", 1, 2, .smartQuote),
        Case("line comment", "// settings\n{}", 1, 1, .comment),
        Case("comment after the value", "{} // end", 1, 4, .comment),
        Case("block comment", "[1, /* x */ 2]", 1, 5, .comment),
        Case("hash comment", "{\n# x\n}", 2, 1, .comment),
        Case("trailing text", "[1] x", 1, 5, .trailingText),
        Case("extra bracket", "{}}", 1, 3, .trailingText),
        Case("two values", "1 2", 1, 3, .trailingText),
        Case("unclosed array", "[", 1, 2, .unclosed(bracket: "[", openedOnLine: 1)),
        Case("unclosed object", "{", 1, 2, .unclosed(bracket: "{", openedOnLine: 1)),
        Case("unclosed after a key", "{\"a\"", 1, 5, .unclosed(bracket: "{", openedOnLine: 1)),
        Case("unclosed after a colon", "{\"a\":", 1, 6, .unclosed(bracket: "{", openedOnLine: 1)),
        Case("unclosed inner array", "[\n[1,\n2", 3, 2, .unclosed(bracket: "[", openedOnLine: 2)),
        Case("unclosed after a value", "{\"a\":[]", 1, 8, .unclosed(bracket: "{", openedOnLine: 1)),
        Case("duplicate key", "{\n  \"a\": 1,\n  \"a\": 2\n}", 3, 3, .duplicateKey("a", firstLine: 2)),
        Case("duplicate key by escape", "{\"a\":1,\"\\u0061\":2}", 1, 8, .duplicateKey("a", firstLine: 1)),
        Case(
            "duplicate key in a nested object", "[{\"x\":{\"k\":1,\"k\":2}}]", 1, 14, .duplicateKey("k", firstLine: 1)),

        // MARK: Literals and numbers
        Case("capitalised true", "True", 1, 1, .misspelledLiteral(found: "True", literal: "true")),
        Case("NULL", "[NULL]", 1, 2, .misspelledLiteral(found: "NULL", literal: "null")),
        Case("bare word", "[yes]", 1, 2, .unknownWord("yes")),
        Case("truncated literal", "nul", 1, 1, .unknownWord("nul")),
        Case("NaN", "[NaN]", 1, 2, .nonFiniteNumber("NaN")),
        Case("Infinity", "Infinity", 1, 1, .nonFiniteNumber("Infinity")),
        Case("-Infinity", "{\"x\": -Infinity}", 1, 7, .nonFiniteNumber("-Infinity")),
        Case("leading zero", "[01]", 1, 2, .leadingZero),
        Case("negative leading zero", "-007", 1, 1, .leadingZero),
        Case("plus sign", "+1", 1, 1, .plusSign),
        Case("leading decimal point", "[.5]", 1, 2, .leadingDecimalPoint),
        Case("lone minus", "-", 1, 2, .missingDigits(after: "the minus sign")),
        Case("minus before a space", "[- 1]", 1, 3, .missingDigits(after: "the minus sign")),
        Case("trailing decimal point", "1.", 1, 3, .missingDigits(after: "the decimal point")),
        Case("empty exponent", "1e", 1, 3, .missingDigits(after: "the exponent (e)")),
        Case("signed empty exponent", "[1E+]", 1, 5, .missingDigits(after: "the exponent (e)")),
        Case("overflow", "1e400", 1, 1, .numberOutOfRange("1e400")),
        Case("negative overflow", "[0, -1.8e308]", 1, 5, .numberOutOfRange("-1.8e308")),
        Case("hex number", "0x10", 1, 2, .trailingText),

        // MARK: Strings
        Case("unterminated string", "[\"abc", 1, 2, .unterminatedString),
        Case("unterminated after an escape", "\"ab\\", 1, 1, .unterminatedString),
        Case("raw line break", "[\"a\nb\"]", 1, 4, .controlCharacter(0x0A)),
        Case("raw tab", "\"a\tb\"", 1, 3, .controlCharacter(0x09)),
        Case("raw control", "\"\u{1}\"", 1, 2, .controlCharacter(0x01)),
        Case("unknown escape", "\"\\x\"", 1, 2, .invalidEscape("\\x")),
        Case("escaped apostrophe", "\"it\\'s\"", 1, 4, .invalidEscape("\\'")),
        Case("non-ASCII escape", "\"\\é\"", 1, 2, .invalidEscape("\\é")),
        Case("short unicode escape", "\"\\u12\"", 1, 2, .invalidUnicodeEscape),
        Case("non-hex unicode escape", "\"\\u12G4\"", 1, 2, .invalidUnicodeEscape),
        Case("lone high surrogate", "\"\\ud800\"", 1, 2, .loneSurrogate("\\ud800")),
        Case("lone low surrogate", "\"a\\uDC00\"", 1, 3, .loneSurrogate("\\uDC00")),
        Case("high surrogate then letter", "\"\\uD800\\u0041\"", 1, 2, .loneSurrogate("\\uD800")),
        Case("two high surrogates", "\"\\uD800\\uD800\"", 1, 2, .loneSurrogate("\\uD800")),

        // MARK: Columns and lines
        Case("columns count characters", "[\"é\", x]", 1, 7, .unknownWord("x")),
        Case("a tab is one column", "\t[1,]", 1, 4, .trailingComma(closing: "]")),
        Case("CRLF lines", "[\r\n1,\r\n]", 2, 2, .trailingComma(closing: "]")),
        Case("CR lines", "[\r1,\r]", 2, 2, .trailingComma(closing: "]")),
        Case("BOM is not a column", "\u{FEFF}[1,]", 1, 3, .trailingComma(closing: "]")),
    ]

    @Test(arguments: cases)
    func reportsTheReasonAndPlace(_ example: Case) {
        #expect {
            try JSONParser.parse(example.bytes, file: "config.json")
        } throws: { error in
            guard let error = error as? JSONError else { return false }
            #expect(error.reason == example.reason)
            #expect(error.line == example.line)
            #expect(error.column == example.column)
            #expect(error.description.hasPrefix("config.json:\(example.line):\(example.column): "))
            #expect(!error.reason.sentence.isEmpty)
            return true
        }
    }

    @Test func theDescriptionQuotesTheLineWithACaret() throws {
        let error = try #require(throws: JSONError.self) {
            try JSONParser.parse(Array("{\n  \"weights\": [0.4, 0.2,],\n}".utf8), file: "nn.json")
        }
        #expect(
            error.description == """
                nn.json:2:23: a comma must be followed by another element; remove the comma before ].
                    2 |   "weights": [0.4, 0.2,],
                      |                       ^
                """)
    }

    @Test func duplicateKeysNameBothLines() throws {
        let error = try #require(throws: JSONError.self) {
            try JSONParser.parse(Array("{\n\"bias\": 1,\n\"rule\": \"logistic\",\n\"bias\": 2\n}".utf8), file: "c.json")
        }
        #expect(
            error.description.hasPrefix(
                "c.json:4:1: the key \"bias\" appears twice in this object (first on line 2); keep only one."))
    }
}
