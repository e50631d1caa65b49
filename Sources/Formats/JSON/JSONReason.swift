/// Why a JSON file could not be read, or why a value in it does not fit, and where.
public typealias JSONError = LocatedError<JSONReason>

/// What is wrong with a JSON file (syntax) or with a value in it (access); `sentence` says it.
public enum JSONReason: ErrorReason {
    // MARK: - Bytes
    case emptyInput
    case foreignEncoding(String)
    case invalidUTF8
    case nulByte

    // MARK: - Structure
    case unexpectedCharacter(found: String, expected: String)
    case unclosed(bracket: String, openedOnLine: Int)
    case trailingComma(closing: String)
    case trailingText
    case tooDeep(limit: Int)
    case duplicateKey(String, firstLine: Int)
    case comment
    case singleQuotes
    case smartQuote
    case unquotedKey(String)

    // MARK: - Literals and numbers
    case misspelledLiteral(found: String, literal: String)
    case unknownWord(String)
    case nonFiniteNumber(String)
    case leadingZero
    case plusSign
    case leadingDecimalPoint
    case missingDigits(after: String)
    case numberOutOfRange(String)

    // MARK: - Strings
    case unterminatedString
    case controlCharacter(UInt8)
    case invalidEscape(String)
    case invalidUnicodeEscape
    case loneSurrogate(String)

    // MARK: - Access (the config loader's view of the values)
    case wrongType(path: String, expected: String, found: String)
    case missingMember(key: String, object: String)
    case unknownMember(key: String, object: String, known: [String])
    case notAnInteger(path: String, text: String)
    case integerOutOfRange(path: String, text: String)
    case invalidValue(path: String, problem: String)

    /// How a key path is named in a sentence: the path, or "the top-level value" for "".
    static func name(of path: String) -> String {
        path.isEmpty ? "the top-level value" : path
    }

    /// `text` in double quotes, cut to 40 characters, with controls escaped.
    static func quoted(_ text: String) -> String { SourceLocation.quoted(text) }
}
