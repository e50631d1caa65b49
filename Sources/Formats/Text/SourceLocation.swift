/// A byte offset in a text file, told the way people read it: a 1-based line and column, and the
/// line itself quoted with a caret under the column.
///
/// Lines end at LF, CRLF or a lone CR (each counts once, also inside quoted CSV fields). Columns
/// count Unicode scalars, so "é" is one column; a UTF-8 byte order mark before line 1 is not
/// counted, and each byte of invalid UTF-8 counts as one column. Computed only when an error is
/// thrown, so parsers need not track columns while they scan.
///
/// - Complexity: O(offset) to find the line, plus the length of the quoted window.
public struct SourceLocation: Sendable, Equatable {
    /// The 1-based line number.
    public let line: Int
    /// The 1-based column, in Unicode scalars.
    public let column: Int
    /// The line, cut to about 100 columns around `column`, then a caret line; for example
    /// ```
    ///     3 | 1,"abc
    ///       |   ^
    /// ```
    public let excerpt: String

    /// How many columns of the line the excerpt shows on each side of the caret, at most.
    static let window = 50

    /// Locates `offset` (which may equal `bytes.count`, the end of the file) in `bytes`.
    public init(offset: Int, in bytes: [UInt8]) {
        let offset = min(max(offset, 0), bytes.count)
        var line = 1
        var lineStart = 0
        for index in 0..<offset {
            let byte = bytes[index]
            // A CR followed by LF is one line end, counted at the LF.
            if byte == 0x0A || (byte == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A)) {
                line += 1
                lineStart = index + 1
            }
        }
        if lineStart == 0, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { lineStart = min(3, offset) }
        var lineEnd = offset
        while lineEnd < bytes.count, bytes[lineEnd] != 0x0A, bytes[lineEnd] != 0x0D { lineEnd += 1 }

        let column = Self.columnCount(of: bytes, from: lineStart, to: offset)
        let skipped = max(0, column - Self.window)
        let windowStart = Self.advance(bytes, from: lineStart, by: skipped, end: offset)
        let (before, _) = Self.units(of: bytes, from: windowStart, to: offset)
        let (after, afterEnd) = Self.units(of: bytes, from: offset, to: lineEnd, limit: Self.window)
        self.line = line
        self.column = column + 1

        var text = skipped > 0 ? "…" : ""
        text += before.joined() + after.joined()
        if afterEnd < lineEnd { text += "…" }
        let number = String(line)
        let gutter = String(repeating: " ", count: number.count)
        let caretIndent = String(repeating: " ", count: before.count + (skipped > 0 ? 1 : 0))
        self.excerpt = "    \(number) | \(text)\n    \(gutter) | \(caretIndent)^"
    }

    /// The number of columns between `start` and `end`.
    private static func columnCount(of bytes: [UInt8], from start: Int, to end: Int) -> Int {
        var count = 0
        var index = start
        while index < end {
            index += UTF8Validation.sequenceLength(bytes, at: index, end: end) ?? 1
            count += 1
        }
        return count
    }

    /// The offset `columns` columns after `start`.
    private static func advance(_ bytes: [UInt8], from start: Int, by columns: Int, end: Int) -> Int {
        var index = start
        for _ in 0..<columns where index < end {
            index += UTF8Validation.sequenceLength(bytes, at: index, end: end) ?? 1
        }
        return index
    }

    /// The printable form of each column between `start` and `end`: one string per scalar, or per
    /// byte of invalid UTF-8 (shown as U+FFFD). Controls become their visible pictures (␀ for
    /// NUL) and a tab a space, so the caret stays under its column.
    private static func units(
        of bytes: [UInt8], from start: Int, to end: Int, limit: Int = .max
    ) -> (units: [String], end: Int) {
        var units: [String] = []
        var index = start
        while index < end, units.count < limit {
            guard let length = UTF8Validation.sequenceLength(bytes, at: index, end: end) else {
                units.append("\u{FFFD}")
                index += 1
                continue
            }
            let scalars = String(decoding: bytes[index..<(index + length)], as: UTF8.self).unicodeScalars
            let scalar = scalars.first ?? "\u{FFFD}"
            switch scalar.value {
            case 0x09: units.append(" ")
            case 0x00..<0x20: units.append(String(Unicode.Scalar(0x2400 + scalar.value) ?? "?"))
            case 0x7F: units.append("\u{2421}")
            default: units.append(String(scalar))
            }
            index += length
        }
        return (units, index)
    }
}

extension SourceLocation {
    /// `text` in double quotes for a message, cut to 40 characters, with line breaks, quotes,
    /// backslashes and other control characters escaped (controls as U+XXXX).
    public static func quoted(_ text: String) -> String {
        var shown = ""
        for scalar in text.unicodeScalars.prefix(40) {
            switch scalar {
            case "\n": shown += "\\n"
            case "\r": shown += "\\r"
            case "\t": shown += "\\t"
            case "\"": shown += "\\\""
            case "\\": shown += "\\\\"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                shown += "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            default: shown.unicodeScalars.append(scalar)
            }
        }
        return "\"" + shown + (text.unicodeScalars.count > 40 ? "…" : "") + "\""
    }
}

extension SourceLocation {
    /// The sentences for a text file that is not UTF-8, shared by the CSV and JSON readers.
    package static func foreignEncodingSentence(_ encoding: String) -> String {
        "the file is encoded as \(encoding) (it starts with a \(encoding) byte order mark); re-save it as UTF-8."
    }

    /// Invalid UTF-8 at the error's place.
    package static let invalidUTF8Sentence = "the file is not valid UTF-8 here; re-save it as UTF-8."

    /// A NUL byte at the error's place.
    package static let nulByteSentence =
        "the file contains a NUL byte, so it is not UTF-8 text (UTF-16 files look like this); re-save it as UTF-8."
}
