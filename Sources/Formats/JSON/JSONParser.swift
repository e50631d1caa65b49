/// Parses a JSON text (RFC 8259, strictly) into a `JSONValue`.
///
/// Strict means: no comments, no trailing commas, no NaN or Infinity, no leading zeros or `+`,
/// no single quotes, no unquoted keys, no raw control characters in strings, no lone surrogates,
/// no duplicate keys in an object, nothing after the value. A UTF-8 byte order mark is skipped;
/// UTF-16 and UTF-32 byte order marks, invalid UTF-8 and empty input are errors. Each error
/// names its line and column, and the common mistakes get their own message.
///
/// The parser keeps open arrays and objects on an explicit stack instead of recursing, and
/// refuses nesting deeper than `maximumDepth`, so no input can overflow the call stack.
///
/// - Complexity: O(n) time and memory.
struct JSONParser {
    /// The deepest nesting of arrays and objects accepted.
    public static let maximumDepth = 512

    /// An array or object still open, with what it has collected so far.
    private struct Frame {
        let isObject: Bool
        let offset: Int
        var elements: [JSONElement] = []
        var members: [JSONMember] = []
        /// The offsets of the keys seen, by their UTF-8 bytes (JSON compares keys code unit by
        /// code unit, where Swift's `String ==` would call "é" and "e\u{301}" equal).
        var keyOffsets: [[UInt8]: Int] = [:]
        var key = ""
        var keyOffset = 0
    }

    private var scanner: JSONScanner
    private var stack: [Frame] = []

    /// Parses `bytes` as one JSON value.
    ///
    /// - Parameter file: the name that errors report.
    public static func parse(_ bytes: [UInt8], file: String) throws(JSONError) -> JSONValue {
        try parseElement(bytes, file: file).value
    }

    /// Parses `bytes` as one JSON value, with the offset where it starts.
    static func parseElement(_ bytes: [UInt8], file: String) throws(JSONError) -> JSONElement {
        var parser = JSONParser(scanner: JSONScanner(bytes: bytes, file: file))
        try parser.scanner.skipByteOrderMark()
        parser.scanner.skipWhitespace()
        guard parser.scanner.current != nil else { throw parser.scanner.error(.emptyInput, at: parser.scanner.offset) }
        let root = try parser.parseValue()
        parser.scanner.skipWhitespace()
        guard parser.scanner.current == nil else {
            let error = parser.scanner.unexpected(expected: "the end of the file")
            if case .unexpectedCharacter = error.reason {
                throw parser.scanner.error(.trailingText, at: parser.scanner.offset)
            }
            throw error
        }
        return root
    }

    private init(scanner: JSONScanner) {
        self.scanner = scanner
    }

    /// Reads the value at the scanner's offset, with everything nested in it.
    private mutating func parseValue() throws(JSONError) -> JSONElement {
        nextValue: while true {
            let start = scanner.offset
            guard let value = try readValueOrOpen() else { continue nextValue }
            var element = JSONElement(value: value, offset: start)
            // Hand the finished value to the container it is in; close those that end here.
            while !stack.isEmpty {
                let top = stack.count - 1
                if stack[top].isObject {
                    stack[top].members.append(
                        JSONMember(
                            key: stack[top].key, keyOffset: stack[top].keyOffset, value: element.value,
                            valueOffset: element.offset))
                } else {
                    stack[top].elements.append(element)
                }
                scanner.skipWhitespace()
                let closing: Unicode.Scalar = stack[top].isObject ? "}" : "]"
                if scanner.consume(UInt8(ascii: ",")) {
                    let comma = scanner.offset - 1
                    scanner.skipWhitespace()
                    if scanner.current == UInt8(ascii: closing) {
                        throw scanner.error(.trailingComma(closing: String(closing)), at: comma)
                    }
                    if stack[top].isObject { try readKey() }
                    continue nextValue
                }
                guard scanner.consume(UInt8(ascii: closing)) else {
                    if scanner.current == nil { throw unclosed() }
                    throw scanner.unexpected(expected: "a comma or \(closing)")
                }
                let frame = stack.removeLast()
                let value: JSONValue = frame.isObject ? .object(frame.members) : .array(frame.elements)
                element = JSONElement(value: value, offset: frame.offset)
            }
            return element
        }
    }

    /// Reads the string, number or literal at the scanner's offset, or opens the array or object
    /// there: an empty one is returned whole; otherwise it is pushed, its first key read, and the
    /// result is `nil` (its first value comes next).
    private mutating func readValueOrOpen() throws(JSONError) -> JSONValue? {
        let start = scanner.offset
        guard let byte = scanner.current else { throw unclosed() }
        switch byte {
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            guard stack.count < Self.maximumDepth else {
                throw scanner.error(.tooDeep(limit: Self.maximumDepth), at: start)
            }
            let isObject = byte == UInt8(ascii: "{")
            scanner.offset += 1
            scanner.skipWhitespace()
            if scanner.consume(UInt8(ascii: isObject ? "}" : "]")) { return isObject ? .object([]) : .array([]) }
            stack.append(Frame(isObject: isObject, offset: start))
            if isObject { try readKey() }
            return nil
        case UInt8(ascii: "\""):
            return .string(try scanner.readString())
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return .number(try scanner.readNumber())
        case _ where JSONScanner.isLetter(byte):
            return try scanner.readLiteral()
        case UInt8(ascii: "+"):
            throw scanner.error(.plusSign, at: start)
        case UInt8(ascii: ".") where start + 1 < scanner.bytes.count && JSONScanner.isDigit(scanner.bytes[start + 1]):
            throw scanner.error(.leadingDecimalPoint, at: start)
        default:
            throw scanner.unexpected(expected: "a value")
        }
    }

    /// Reads a key of the innermost object and the colon after it, refusing a key it already has.
    private mutating func readKey() throws(JSONError) {
        let top = stack.count - 1
        let keyOffset = scanner.offset
        guard scanner.current == UInt8(ascii: "\"") else {
            if scanner.current == nil { throw unclosed() }
            if let byte = scanner.current, JSONScanner.isLetter(byte) {
                var probe = scanner
                throw scanner.error(.unquotedKey(probe.readWord()), at: keyOffset)
            }
            throw scanner.unexpected(expected: "a key in double quotes")
        }
        let key = try scanner.readString()
        let keyBytes = Array(key.utf8)
        if let first = stack[top].keyOffsets[keyBytes] {
            let firstLine = SourceLocation(offset: first, in: scanner.bytes).line
            throw scanner.error(.duplicateKey(key, firstLine: firstLine), at: keyOffset)
        }
        stack[top].keyOffsets[keyBytes] = keyOffset
        scanner.skipWhitespace()
        guard scanner.consume(UInt8(ascii: ":")) else {
            if scanner.current == nil { throw unclosed() }
            throw scanner.unexpected(expected: "a colon (:) after the key")
        }
        scanner.skipWhitespace()
        stack[top].key = key
        stack[top].keyOffset = keyOffset
    }

    /// The error for a file that ends inside the innermost open array or object.
    private func unclosed() -> JSONError {
        guard let frame = stack.last else { return scanner.error(.emptyInput, at: scanner.offset) }
        let line = SourceLocation(offset: frame.offset, in: scanner.bytes).line
        return scanner.error(.unclosed(bracket: frame.isObject ? "{" : "[", openedOnLine: line), at: scanner.offset)
    }
}
