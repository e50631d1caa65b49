extension JSONReason {
    /// What is wrong and how to fix it, in whole sentences.
    public var sentence: String {
        switch self {
        case .emptyInput:
            return "the file holds no JSON value; write one, such as an object: {}."
        case .foreignEncoding(let encoding):
            return SourceLocation.foreignEncodingSentence(encoding)
        case .invalidUTF8:
            return SourceLocation.invalidUTF8Sentence
        case .nulByte:
            return SourceLocation.nulByteSentence
        case .unexpectedCharacter(let found, let expected):
            return "expected \(expected) but found \(found)."
        case .unclosed(let bracket, let line):
            let closing = bracket == "[" ? "]" : "}"
            let kind = bracket == "[" ? "array" : "object"
            return "the file ends inside the \(kind) opened with \(bracket) on line \(line); close it with \(closing)."
        case .trailingComma(let closing):
            return "a comma must be followed by another element; remove the comma before \(closing)."
        case .trailingText:
            return "unexpected text after the JSON value; the file must hold exactly one value."
        case .tooDeep(let limit):
            return "arrays and objects are nested more than \(limit) levels deep here, the most supported."
        case .duplicateKey(let key, let line):
            return "the key \(Self.quoted(key)) appears twice in this object (first on line \(line)); keep only one."
        case .comment:
            return "comments are not allowed in JSON; remove this one."
        case .singleQuotes:
            return "strings must be in double quotes (\"), not single quotes."
        case .smartQuote:
            return "this is a typographic quote; JSON strings need straight double quotes (\")."
        case .unquotedKey(let word):
            return "the key \(word) must be in double quotes: \(Self.quoted(word))."

        case .misspelledLiteral(let found, let literal):
            return "\(found) is not JSON; write \(literal) in lower case."
        case .unknownWord(let word):
            return "unexpected word \(Self.quoted(word)); text must be in double quotes, like \(Self.quoted(word))."
        case .nonFiniteNumber(let text):
            return "\(text) is not a JSON number; JSON has no NaN or infinity, so give a finite number."
        case .leadingZero:
            return "a number must not start with 0 followed by more digits; write 7, not 07."
        case .plusSign:
            return "a number must not start with +; leave the plus sign out."
        case .leadingDecimalPoint:
            return "a number must start with a digit; write 0.5, not .5."
        case .missingDigits(let after):
            return "a digit must follow \(after) in a number."
        case .numberOutOfRange(let text):
            return "the number \(text) is out of range; numbers must lie within ±1.8e308."
        case .unterminatedString:
            return "the string that starts here is never closed; add the closing quote (\")."
        case .controlCharacter(0x0A), .controlCharacter(0x0D):
            return "a string cannot hold a raw line break; write it as \\n, or close the string before the line ends."
        case .controlCharacter(0x09):
            return "a string cannot hold a raw tab; write it as \\t."
        case .controlCharacter(let byte):
            return "a string cannot hold the control character \(JSONScanner.codePoint(Unicode.Scalar(byte))); "
                + "write it as \\u00\(byte < 0x10 ? "0" : "")\(String(byte, radix: 16, uppercase: true))."
        case .invalidEscape(let escape):
            return "\(escape) is not a JSON escape; use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\u followed by "
                + "four hexadecimal digits."
        case .invalidUnicodeEscape:
            return "\\u must be followed by four hexadecimal digits, such as \\u00E9."
        case .loneSurrogate(let escape):
            return "\(escape) is half of a UTF-16 surrogate pair without its other half; write the character "
                + "itself, or both halves (such as \\uD83D\\uDE00)."

        case .wrongType(let path, let expected, let found):
            return "\(Self.name(of: path)) must be \(expected), but it is \(found)."
        case .missingMember(let key, let object):
            return "\(Self.name(of: object)) has no \(Self.quoted(key)) key; add it."
        case .unknownMember(let key, let object, let known):
            let place = object.isEmpty ? "" : " in \(object)"
            if let nearest = Suggestion.nearest(to: key, in: known) {
                return "unknown key \(Self.quoted(key))\(place); did you mean \(Self.quoted(nearest))?"
            }
            return "unknown key \(Self.quoted(key))\(place); the known keys are "
                + known.map { Self.quoted($0) }.joined(separator: ", ") + "."
        case .notAnInteger(let path, let text):
            return "\(Self.name(of: path)) must be a whole number, but it is \(text)."
        case .integerOutOfRange(let path, let text):
            return "\(Self.name(of: path)) is \(text), which is too large a whole number."
        case .invalidValue(let path, let problem):
            return "\(Self.name(of: path)) \(problem)"
        }
    }
}
