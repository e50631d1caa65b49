/// A place in a template file: line and column counted from 1, and the text of that line.
public struct TemplateLocation: Sendable, Equatable {
    /// The line number, from 1.
    public let line: Int
    /// The column in characters, from 1.
    public let column: Int
    /// The whole line the place is on, without its line break, quoted in error messages.
    public let lineText: String

    /// The location of byte `offset` in `source`.
    ///
    /// Computed only when an error is raised, so parsing and rendering carry byte offsets alone.
    /// - Complexity: O(*n*) in `offset`.
    init(offset: Int, in source: [UInt8]) {
        let offset = min(max(offset, 0), source.count)
        var line = 1
        var lineStart = 0
        for index in 0..<offset where source[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        var lineEnd = offset
        while lineEnd < source.count, source[lineEnd] != UInt8(ascii: "\n") {
            lineEnd += 1
        }
        if lineEnd > lineStart, source[lineEnd - 1] == UInt8(ascii: "\r") {
            lineEnd -= 1
        }
        self.line = line
        self.column = String(decoding: source[lineStart..<offset], as: UTF8.self).count + 1
        self.lineText = String(decoding: source[lineStart..<max(lineStart, lineEnd)], as: UTF8.self)
    }

    /// The line quoted under a line-number gutter, with a caret under the column.
    ///
    /// Lines longer than 100 characters are cut to a window around the column, so a minified
    /// template does not flood the terminal.
    var quoted: String {
        var characters = Array(lineText)
        var caretIndex = column - 1
        if characters.count > 100 {
            let start = max(0, min(caretIndex - 50, characters.count - 100))
            let end = min(characters.count, start + 100)
            characters = (start > 0 ? ["…"] : []) + characters[start..<end] + (end < characters.count ? ["…"] : [])
            caretIndex = caretIndex - start + (start > 0 ? 1 : 0)
        }
        // Tabs stay tabs under the caret so it lines up however the terminal expands them.
        let padding = characters.prefix(caretIndex).map { $0 == "\t" ? "\t" : " " }.joined()
        let gutter = String(line)
        let blankGutter = String(repeating: " ", count: gutter.count)
        return " \(gutter) | \(String(characters))\n \(blankGutter) | \(padding)^"
    }
}
