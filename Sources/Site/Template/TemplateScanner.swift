import Formats

/// A cursor over a template's UTF-8 bytes that knows where the current line starts.
///
/// A value type: to look ahead, copy it, read the copy, and keep it only if the reading
/// matched (`var lookahead = scanner; …; scanner = lookahead`).
struct TemplateScanner {
    /// The template's bytes.
    let source: [UInt8]
    /// The file name used in errors.
    let file: String
    /// The offset of the next byte to read.
    private(set) var offset = 0
    /// The offset of the first byte of the line `offset` is on.
    private(set) var lineStart = 0

    /// A scanner at the start of `source`.
    init(_ source: [UInt8], file: String) {
        self.source = source
        self.file = file
    }

    /// Whether every byte has been read.
    var isAtEnd: Bool { offset >= source.count }

    /// Whether the unread bytes start with `prefix`.
    func hasPrefix(_ prefix: [UInt8]) -> Bool {
        guard source.count - offset >= prefix.count else { return false }
        for (index, byte) in prefix.enumerated() where source[offset + index] != byte {
            return false
        }
        return true
    }

    /// The next byte, if any, without reading it.
    var peek: UInt8? { isAtEnd ? nil : source[offset] }

    /// Reads `count` bytes, noting each line break passed.
    mutating func advance(by count: Int) {
        let end = min(offset + count, source.count)
        while offset < end {
            if source[offset] == UInt8(ascii: "\n") {
                lineStart = offset + 1
            }
            offset += 1
        }
    }

    /// Reads up to the first occurrence of `delimiter` (or the end) and returns the bytes read.
    ///
    /// Looks for the delimiter's first byte in a tight loop and notes the last line break read
    /// once at the end: byte by byte through `hasPrefix` and `advance`, this was most of parsing
    /// the built-in templates at every start.
    mutating func scan(upTo delimiter: [UInt8]) -> Range<Int> {
        let start = offset
        guard let first = delimiter.first else { return start..<start }
        let end = source.withUnsafeBufferPointer { bytes -> Int in
            var index = start
            while index < bytes.count {
                if bytes[index] == first, bytes.count - index >= delimiter.count,
                    delimiter.indices.allSatisfy({ bytes[index + $0] == delimiter[$0] })
                {
                    return index
                }
                index += 1
            }
            return bytes.count
        }
        if let newline = source[start..<end].lastIndex(of: UInt8(ascii: "\n")) { lineStart = newline + 1 }
        offset = end
        return start..<end
    }

    /// Reads any spaces and tabs.
    mutating func skipBlanks() {
        while let byte = peek, byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
            offset += 1
        }
    }

    /// Reads a line break (`\n` or `\r\n`) and returns true, or returns true at the end;
    /// otherwise reads nothing and returns false.
    mutating func skipLineEnd() -> Bool {
        if isAtEnd { return true }
        if hasPrefix([UInt8(ascii: "\r"), UInt8(ascii: "\n")]) {
            advance(by: 2)
            return true
        }
        if peek == UInt8(ascii: "\n") {
            advance(by: 1)
            return true
        }
        return false
    }

    /// Whether the bytes in `range` are all spaces and tabs.
    func isBlank(_ range: Range<Int>) -> Bool {
        source[range].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }

    /// An error at byte `offset` of this template.
    func error(_ reason: TemplateError.Reason, at offset: Int) -> TemplateError {
        TemplateError(file: file, location: SourceLocation(offset: offset, in: source), reason)
    }
}
