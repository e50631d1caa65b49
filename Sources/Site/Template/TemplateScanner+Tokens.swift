// MARK: - Reading tokens with the current delimiters

extension TemplateScanner {
    /// Reads the next text run or tag, or returns nil at the end.
    ///
    /// The delimiters are parameters because a set-delimiter tag changes them for everything
    /// after it; the parser passes the current pair each time.
    /// - Throws: `.unclosedTag` when a tag's closing delimiter never comes.
    mutating func nextToken(open: [UInt8], close: [UInt8]) throws(TemplateError) -> TemplateToken? {
        if isAtEnd { return nil }
        guard hasPrefix(open) else {
            return .text(scan(upTo: open))
        }
        let start = offset
        let leadingBlanks = isBlank(lineStart..<start) ? start - lineStart : nil
        advance(by: open.count)
        let (kind, closing) = Self.kind(of: peek, close: close)
        if kind != .variable {
            advance(by: 1)
        }
        let content = scan(upTo: closing)
        guard hasPrefix(closing) else {
            throw error(.unclosedTag(expected: String(decoding: closing, as: UTF8.self)), at: start)
        }
        advance(by: closing.count)
        return .tag(kind, content: trimmed(content), offset: start, leadingBlanks: leadingBlanks)
    }

    /// The tag kind a sigil byte starts, and the bytes that end such a tag.
    private static func kind(of sigil: UInt8?, close: [UInt8]) -> (TemplateToken.TagKind, [UInt8]) {
        switch sigil {
        case UInt8(ascii: "{"): (.unescaped, [UInt8(ascii: "}")] + close)
        case UInt8(ascii: "&"): (.unescaped, close)
        case UInt8(ascii: "#"): (.section, close)
        case UInt8(ascii: "^"): (.invertedSection, close)
        case UInt8(ascii: "/"): (.closing, close)
        case UInt8(ascii: "!"): (.comment, close)
        case UInt8(ascii: ">"): (.partial, close)
        case UInt8(ascii: "="): (.setDelimiters, [UInt8(ascii: "=")] + close)
        default: (.variable, close)
        }
    }

    /// The text of `range` without surrounding spaces, tabs and line breaks.
    private func trimmed(_ range: Range<Int>) -> String {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, Self.isWhitespace(source[lower]) { lower += 1 }
        while upper > lower, Self.isWhitespace(source[upper - 1]) { upper -= 1 }
        return String(decoding: source[lower..<upper], as: UTF8.self)
    }

    /// Whether `byte` is a space, tab or line-break byte.
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r")
    }
}
