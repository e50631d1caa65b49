import Foundation
import Site
import Testing

/// `escapeHTML` and the three ways a template prints a value.
@Suite struct HTMLEscapingTests {
    static let table: [(String, String)] = [
        ("", ""),
        ("plain text", "plain text"),
        ("&", "&amp;"),
        ("<", "&lt;"),
        (">", "&gt;"),
        ("\"", "&quot;"),
        ("'", "&#39;"),
        ("a & b < c > d \" e ' f", "a &amp; b &lt; c &gt; d &quot; e &#39; f"),
        ("&amp;", "&amp;amp;"),
        ("<<>>", "&lt;&lt;&gt;&gt;"),
        ("héllo <wörld> ✓ 😀 \u{301}'", "héllo &lt;wörld&gt; ✓ 😀 \u{301}&#39;"),
        ("=?;:/`", "=?;:/`"),
    ]

    /// Bidirectional controls: unpaired ones are removed, paired ones kept (UAX #9 pairing).
    static let bidi: [(String, String)] = [
        ("a\u{202E}b", "ab"),
        ("a\u{202E}b\u{202C}c", "a\u{202E}b\u{202C}c"),
        ("a\u{202C}b", "ab"),
        ("\u{2067}x\u{2069}", "\u{2067}x\u{2069}"),
        ("\u{2067}x", "x"),
        ("x\u{2069}", "x"),
        ("\u{2067}\u{202B}x\u{2069}", "\u{2067}\u{202B}x\u{2069}"),
        ("\u{202B}\u{2067}x\u{202C}", "x"),
        ("<\u{202D}>", "&lt;&gt;"),
        ("café – ok", "café – ok"),
    ]

    @Test(arguments: bidi)
    func unpairedBidiControlsAreRemoved(_ input: String, _ expected: String) {
        #expect(escapeHTML(input) == expected)
    }

    @Test(arguments: table)
    func escapes(_ input: String, _ expected: String) {
        #expect(escapeHTML(input) == expected)
    }

    @Test(arguments: table)
    func templatesEscapeDoubleMustachesOnly(_ input: String, _ expected: String) throws {
        let library = try TemplateLibrary(
            files: ["page.mustache": "{{x}}|{{{x}}}|{{& x}}|{{=<% %>=}}<%x%>|<%{x}%>"], origin: "test")
        #expect(
            try library.render("page", ["x": .string(input)]) == "\(expected)|\(input)|\(input)|\(expected)|\(input)")
    }

    @Test func numbersAndFlagsNeedNoEscaping() throws {
        let library = try TemplateLibrary(files: ["page.mustache": "{{a}} {{b}} {{c}} {{d}}"], origin: "test")
        #expect(
            try library.render("page", ["a": 1.210, "b": -3, "c": true, "d": .double(-.infinity)])
                == "1.21 -3 true -inf")
    }

    static let payloads: [String] = {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appending(path: "Fixtures/xss/xss-payloads-combined.txt")
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init)
    }()

    @Test func payloadCorpusIsLoaded() {
        #expect(Self.payloads.count == 123)
    }

    @Test(arguments: payloads)
    func xssPayloadIsInert(_ payload: String) throws {
        let library = try TemplateLibrary(files: ["page.mustache": "<p title=\"{{x}}\">{{x}}</p>"], origin: "test")
        let output = try library.render("page", ["x": .string(payload)])
        let prefix = "<p title=\""
        let suffix = "</p>"
        #expect(output.hasPrefix(prefix) && output.hasSuffix(suffix))
        let middle = output.dropFirst(prefix.count).dropLast(suffix.count)
        let parts = middle.components(separatedBy: "\">")
        #expect(parts.count == 2 && parts[0] == parts[1])
        for part in parts {
            #expect(!part.contains(where: { "<>\"'".contains($0) }), "raw markup character in \(part)")
            #expect(unescape(part) == payload)
        }
    }

    /// The inverse of the five replacements, to show nothing else was changed.
    private func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
