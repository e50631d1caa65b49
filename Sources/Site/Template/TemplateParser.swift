import Formats

/// Turns template source into a tree of nodes, applying the Mustache spec's whitespace rules.
///
/// A section, inverted, closing, comment, partial or set-delimiter tag alone on its line
/// (only spaces and tabs besides it) removes that whole line, line break included; a
/// standalone partial keeps the removed indentation to put before each of its own lines.
struct TemplateParser {
    /// How deeply sections may nest; deeper input is an error rather than a deep recursion.
    static let maximumNesting = 100

    /// A section whose closing tag has not been read yet.
    private struct OpenSection {
        let name: TemplateName
        let inverted: Bool
        let offset: Int
        /// The nodes of the enclosing level, to return to when the section closes.
        let enclosingNodes: [TemplateNode]
    }

    private var scanner: TemplateScanner
    private var open: [UInt8] = Array("{{".utf8)
    private var close: [UInt8] = Array("}}".utf8)
    private var nodes: [TemplateNode] = []
    /// Text read since the last node, merged so comments and removed lines leave one text node.
    private var text: [UInt8] = []
    private var openSections: [OpenSection] = []

    /// Parses `source`; `file` names it in errors.
    static func parse(_ source: String, name: String, file: String) throws(TemplateError) -> Template {
        var parser = TemplateParser(scanner: TemplateScanner(Array(source.utf8), file: file))
        let nodes = try parser.parseAll()
        return Template(name: name, file: file, source: parser.scanner.source, nodes: nodes)
    }

    private init(scanner: TemplateScanner) {
        self.scanner = scanner
    }

    private mutating func parseAll() throws(TemplateError) -> [TemplateNode] {
        while let token = try scanner.nextToken(open: open, close: close) {
            switch token {
            case .text(let range):
                text.append(contentsOf: scanner.source[range])
            case .tag(let kind, let content, let offset, let leadingBlanks):
                let indent = removeLineIfStandalone(kind, leadingBlanks: leadingBlanks)
                try add(kind, content: content, offset: offset, indent: indent)
            }
        }
        if let section = openSections.last {
            throw scanner.error(.unclosedSection(section.name.text), at: section.offset)
        }
        flushText()
        return nodes
    }

    /// For a tag alone on its line, drops the blanks before it and the line break after it,
    /// and returns the dropped blanks; otherwise returns nil and changes nothing.
    private mutating func removeLineIfStandalone(_ kind: TemplateToken.TagKind, leadingBlanks: Int?) -> [UInt8]? {
        guard kind.canStandAlone, let leadingBlanks, leadingBlanks <= text.count else { return nil }
        var lookahead = scanner
        lookahead.skipBlanks()
        guard lookahead.skipLineEnd() else { return nil }
        scanner = lookahead
        let indent = Array(text.suffix(leadingBlanks))
        text.removeLast(leadingBlanks)
        return indent
    }

    private mutating func add(
        _ kind: TemplateToken.TagKind, content: String, offset: Int, indent: [UInt8]?
    ) throws(TemplateError) {
        switch kind {
        case .comment:
            return
        case .setDelimiters:
            try setDelimiters(content, offset: offset)
            return
        default:
            break
        }
        guard !content.isEmpty else { throw scanner.error(.emptyTagName, at: offset) }
        flushText()
        if kind == .partial {
            nodes.append(.partial(content, indent: indent, offset: offset))
            return
        }
        guard let name = TemplateName(content) else { throw scanner.error(.invalidName(content), at: offset) }
        switch kind {
        case .variable, .unescaped:
            nodes.append(.variable(name, escaped: kind == .variable, offset: offset))
        case .section, .invertedSection:
            guard openSections.count < Self.maximumNesting else {
                throw scanner.error(.sectionsTooDeep(limit: Self.maximumNesting), at: offset)
            }
            openSections.append(
                OpenSection(name: name, inverted: kind == .invertedSection, offset: offset, enclosingNodes: nodes))
            nodes = []
        default:
            try closeSection(name, offset: offset)
        }
    }

    private mutating func closeSection(_ name: TemplateName, offset: Int) throws(TemplateError) {
        guard let section = openSections.popLast() else {
            throw scanner.error(.unexpectedClosingTag(name.text), at: offset)
        }
        guard section.name == name else {
            let opened = SourceLocation(offset: section.offset, in: scanner.source)
            throw scanner.error(
                .mismatchedClosingTag(
                    open: section.name.text, close: name.text, openLine: opened.line, openColumn: opened.column),
                at: offset)
        }
        let body = nodes
        nodes = section.enclosingNodes
        nodes.append(.section(section.name, inverted: section.inverted, body: body, offset: section.offset))
    }

    /// Applies `{{=open close=}}`: two delimiters, separated by whitespace, without `=` or blanks.
    private mutating func setDelimiters(_ content: String, offset: Int) throws(TemplateError) {
        let parts = content.utf8.split(whereSeparator: TemplateScanner.isWhitespace)
        guard parts.count == 2, !parts.contains(where: { $0.contains(UInt8(ascii: "=")) }) else {
            throw scanner.error(.invalidDelimiters(content), at: offset)
        }
        open = Array(parts[0])
        close = Array(parts[1])
    }

    private mutating func flushText() {
        guard !text.isEmpty else { return }
        nodes.append(.text(text))
        text = []
    }
}
