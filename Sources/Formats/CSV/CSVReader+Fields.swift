extension CSVReader {
    /// Reads the field at `offset`, leaving `offset` at the comma, line end or end of file after it.
    mutating func readField() throws(CSVError) -> String {
        if offset < bytes.count, bytes[offset] == Self.quote { return try readQuotedField() }
        let start = offset
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == Self.comma || byte == Self.lineFeed || byte == Self.carriageReturn { break }
            if byte == Self.quote {
                let afterSpaces = bytes[start..<offset].allSatisfy { $0 == 0x20 || $0 == 0x09 }
                throw error(.quoteInUnquotedField(afterSpaces: afterSpaces), at: offset)
            }
            if byte == 0 { throw error(.nulByte, at: offset) }
            offset += 1
        }
        guard offset - start <= Self.maximumFieldBytes else { throw error(.fieldTooLarge, at: start) }
        return try text(of: start..<offset, raw: start..<offset)
    }

    /// Reads a quoted field: `""` is a quote, line ends are kept and counted.
    private mutating func readQuotedField() throws(CSVError) -> String {
        let opening = offset
        offset += 1
        var content: [UInt8] = []
        var chunkStart = offset
        while true {
            guard offset < bytes.count else { throw error(.unterminatedQuote, at: opening) }
            guard offset - opening - 1 <= Self.maximumFieldBytes else { throw error(.fieldTooLarge, at: opening) }
            switch bytes[offset] {
            case Self.quote:
                content.append(contentsOf: bytes[chunkStart..<offset])
                offset += 1
                guard offset < bytes.count, bytes[offset] == Self.quote else {
                    return try closeQuotedField(opening: opening, content: content)
                }
                chunkStart = offset
                offset += 1
            case Self.lineFeed:
                line += 1
                offset += 1
            case Self.carriageReturn:
                offset += 1
                if offset == bytes.count || bytes[offset] != Self.lineFeed { line += 1 }
            case 0:
                throw error(.nulByte, at: offset)
            default:
                offset += 1
            }
        }
    }

    /// Checks what follows a closing quote and decodes the field.
    private func closeQuotedField(opening: Int, content: [UInt8]) throws(CSVError) -> String {
        if offset < bytes.count {
            let next = bytes[offset]
            guard next == Self.comma || next == Self.lineFeed || next == Self.carriageReturn else {
                throw error(.textAfterClosingQuote, at: offset)
            }
        }
        return try text(of: content.indices, in: content, raw: opening..<offset)
    }

    /// Decodes `bytes[range]` after checking that it is UTF-8.
    private func text(of range: Range<Int>, raw: Range<Int>) throws(CSVError) -> String {
        try text(of: range, in: bytes, raw: raw)
    }

    /// Decodes `source[range]`, whose bytes come from `raw` in the file, after checking `raw` is
    /// UTF-8 (quotes and line ends are ASCII, so `raw` is valid exactly when the content is).
    private func text(of range: Range<Int>, in source: [UInt8], raw: Range<Int>) throws(CSVError) -> String {
        if let bad = UTF8Validation.firstInvalidOffset(in: bytes, range: raw) { throw error(.invalidUTF8, at: bad) }
        return String(decoding: source[range], as: UTF8.self)
    }
}
