import Site
import Testing

/// Every parse error names the file, line and column, and quotes the line with a caret.
@Suite struct TemplateParseErrorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let label: String
        let source: String
        let reason: TemplateError.Reason
        let line: Int
        let column: Int
        let lineText: String
        var testDescription: String { label }
    }

    static let cases: [Case] = [
        Case(
            label: "unclosed section", source: "<ul>\n  {{#rows}}\n  <li>{{name}}</li>\n</ul>\n",
            reason: .unclosedSection("rows"), line: 2, column: 3, lineText: "  {{#rows}}"),
        Case(
            label: "innermost unclosed section", source: "{{#a}}{{#b}}{{/b}}\n",
            reason: .unclosedSection("a"), line: 1, column: 1, lineText: "{{#a}}{{#b}}{{/b}}"),
        Case(
            label: "mismatched closing tag", source: "{{#a}}\n  {{#b}}\n{{/a}}\n",
            reason: .mismatchedClosingTag(open: "b", close: "a", openLine: 2, openColumn: 3),
            line: 3, column: 1, lineText: "{{/a}}"),
        Case(
            label: "closing tag without section", source: "text {{/a}}",
            reason: .unexpectedClosingTag("a"), line: 1, column: 6, lineText: "text {{/a}}"),
        Case(
            label: "unclosed tag", source: "<title>\n<h1>{{title</h1>\n",
            reason: .unclosedTag(expected: "}}"), line: 2, column: 5, lineText: "<h1>{{title</h1>"),
        Case(
            label: "unclosed triple mustache", source: "{{{raw}}",
            reason: .unclosedTag(expected: "}}}"), line: 1, column: 1, lineText: "{{{raw}}"),
        Case(
            label: "unclosed tag with set delimiters", source: "{{=<% %>=}}\nx <% name }}",
            reason: .unclosedTag(expected: "%>"), line: 2, column: 3, lineText: "x <% name }}"),
        Case(
            label: "three delimiters", source: "a\r\n{{=<% %> x=}}\r\n",
            reason: .invalidDelimiters("<% %> x"), line: 2, column: 1, lineText: "{{=<% %> x=}}"),
        Case(
            label: "delimiter with equals sign", source: "{{=a=b c=}}",
            reason: .invalidDelimiters("a=b c"), line: 1, column: 1, lineText: "{{=a=b c=}}"),
        Case(
            label: "no delimiters", source: "{{= =}}",
            reason: .invalidDelimiters(""), line: 1, column: 1, lineText: "{{= =}}"),
        Case(
            label: "empty variable", source: "a\nb {{ }} c",
            reason: .emptyTagName, line: 2, column: 3, lineText: "b {{ }} c"),
        Case(
            label: "empty section", source: "{{#}}{{/}}",
            reason: .emptyTagName, line: 1, column: 1, lineText: "{{#}}{{/}}"),
        Case(
            label: "empty partial", source: "  {{> }}",
            reason: .emptyTagName, line: 1, column: 3, lineText: "  {{> }}"),
        Case(
            label: "empty key in dotted name", source: "{{run..title}}",
            reason: .invalidName("run..title"), line: 1, column: 1, lineText: "{{run..title}}"),
        Case(
            label: "space inside name", source: "<p>{{first name}}</p>",
            reason: .invalidName("first name"), line: 1, column: 4, lineText: "<p>{{first name}}</p>"),
        Case(
            label: "column counts characters, not bytes", source: "héllo → {{#x}}",
            reason: .unclosedSection("x"), line: 1, column: 9, lineText: "héllo → {{#x}}"),
        Case(
            label: "sections nested too deep", source: String(repeating: "{{#a}}", count: 101),
            reason: .sectionsTooDeep(limit: 100), line: 1, column: 601,
            lineText: String(repeating: "{{#a}}", count: 101)),
    ]

    @Test(arguments: cases)
    func parseError(_ test: Case) throws {
        let error = #expect(throws: TemplateError.self) {
            try TemplateLibrary(files: ["page.mustache": test.source, "ok.mustache": "fine"], origin: "templates")
        }
        let found = try #require(error)
        #expect(found.reason == test.reason)
        #expect(found.file == "templates/page.mustache")
        #expect(found.location?.line == test.line)
        #expect(found.location?.column == test.column)
        if test.lineText.count <= 100 {
            #expect(
                found.location?.excerpt.components(separatedBy: "\n").first == "    \(test.line) | \(test.lineText)")
        }
        expectQuoted(found, prefix: "templates/page.mustache")
    }

    @Test func descriptionIsSentencesThenQuotedLineAndCaret() throws {
        let error = #expect(throws: TemplateError.self) {
            try TemplateLibrary(files: ["index.mustache": "<ul>\n\t{{#rows}}<li>x</li>\n"], origin: "templates")
        }
        #expect(
            try #require(error).description == """
                templates/index.mustache:2:2: The section "rows" opened here is never closed. \
                Add {{/rows}} where the section should end.
                    2 |  {{#rows}}<li>x</li>
                      |  ^
                """)
    }

    @Test func longLinesAreQuotedAroundTheColumn() throws {
        let source = String(repeating: "x", count: 300) + "{{#a}}" + String(repeating: "y", count: 300)
        let error = try #require(
            #expect(throws: TemplateError.self) { try TemplateLibrary(files: ["p.mustache": source], origin: "") })
        let lines = error.description.split(separator: "\n")
        #expect(lines.first?.hasPrefix("p.mustache:1:301: ") == true)
        #expect(lines.count == 3)
        #expect(lines[1].contains("…xxx") && lines[1].contains("{{#a}}yyy") && lines[1].hasSuffix("…"))
        #expect(lines[1].count < 120)
        let caretColumn = try #require(lines[2].firstIndex(of: "^"))
        let tagColumn = try #require(lines[1].firstRange(of: "{{#a}}")?.lowerBound)
        #expect(
            lines[2].distance(from: lines[2].startIndex, to: caretColumn)
                == lines[1].distance(from: lines[1].startIndex, to: tagColumn))
    }
}

/// Checks that `error.description` starts with `prefix:line:column:`, quotes the line under a
/// gutter, and puts the caret under the column.
func expectQuoted(_ error: TemplateError, prefix: String, sourceLocation: SourceLocation = #_sourceLocation) {
    guard let location = error.location else {
        Issue.record("\(error) has no location", sourceLocation: sourceLocation)
        return
    }
    let lines = error.description.components(separatedBy: "\n")
    #expect(lines.count == 3, sourceLocation: sourceLocation)
    #expect(lines[0].hasPrefix("\(prefix):\(location.line):\(location.column): "), sourceLocation: sourceLocation)
    #expect(lines[0].hasSuffix("."), sourceLocation: sourceLocation)
    #expect(lines.last?.hasSuffix("^") == true, sourceLocation: sourceLocation)
    // The quoted line and its caret are the one caret renderer's (SourceLocation, tested with the readers).
    #expect(lines.dropFirst().joined(separator: "\n") == location.excerpt, sourceLocation: sourceLocation)
    #expect(lines[1].hasPrefix("    \(location.line) | "), sourceLocation: sourceLocation)
}
