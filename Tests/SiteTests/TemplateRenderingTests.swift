import Site
import Testing

/// Rendering beyond the spec's cases: value printing, truthiness, indentation, recursion limit.
@Suite struct TemplateRenderingTests {
    private func render(_ template: String, _ context: TemplateValue, partials: [String: String] = [:]) throws
        -> String
    {
        var files = ["page.mustache": template]
        for (name, text) in partials {
            files[name + ".mustache"] = text
        }
        return try TemplateLibrary(files: files, origin: "test").render("page", context)
    }

    static let printed: [(TemplateValue, String)] = [
        (.double(1.210), "1.21"),
        (.double(1.0), "1"),
        (.double(1e-5), "1e-5"),
        (.double(-0.0), "-0"),
        (.double(.nan), "nan"),
        (.double(0.1 + 0.2), "0.30000000000000004"),
        (.int(0), "0"),
        (.int(-42), "-42"),
        (.int(Int.max), "9223372036854775807"),
        (.bool(true), "true"),
        (.bool(false), "false"),
        (.null, ""),
        (.string("x"), "x"),
    ]

    @Test(arguments: printed)
    func valueIsPrinted(_ value: TemplateValue, _ expected: String) throws {
        #expect(try render("[{{x}}]", ["x": value]) == "[\(expected)]")
    }

    static let truthiness: [(TemplateValue, Bool)] = [
        (.bool(true), true), (.bool(false), false), (.null, false), (.string(""), false), (.string("0"), true),
        (.int(0), true), (.double(0), true), (.list([]), false), (.list([.null]), true), (.object([:]), true),
    ]

    @Test(arguments: truthiness)
    func sectionsAndInvertedSectionsAreOpposites(_ value: TemplateValue, _ truthy: Bool) throws {
        #expect(try render("{{#x}}yes{{/x}}{{^x}}no{{/x}}", ["x": value]) == (truthy ? "yes" : "no"))
    }

    @Test func listsRepeatWithEachItemOnTheStack() throws {
        let context: TemplateValue = ["unit": "s", "rows": [["t": 1], ["t": 2.5]], "xs": ["a", "b"]]
        #expect(try render("{{#rows}}{{t}}{{unit}};{{/rows}} {{#xs}}{{.}},{{/xs}}", context) == "1s;2.5s; a,b,")
    }

    @Test func nestedStandalonePartialsAddTheirIndentation() throws {
        let output = try render(
            "<div>\n  {{>a}}\n</div>\n", [:], partials: ["a": "A\n  {{>b}}\nA\n", "b": "B1\nB2\n"])
        #expect(output == "<div>\n  A\n    B1\n    B2\n  A\n</div>\n")
    }

    @Test func inlinePartialInsideAnIndentedPartialIsNotIndented() throws {
        let output = try render("  {{>a}}\n", [:], partials: ["a": "x {{>b}} y\n", "b": "1\n2"])
        #expect(output == "  x 1\n2 y\n")
    }

    @Test func sectionLinesInsideAnIndentedPartialAreIndented() throws {
        let output = try render(
            "<ul>\n\t{{>items}}\n</ul>", ["items": [1, 2]],
            partials: ["items": "{{#items}}\n<li>{{.}}</li>\n{{/items}}\n"])
        #expect(output == "<ul>\n\t<li>1</li>\n\t<li>2</li>\n</ul>")
    }

    @Test func indentedPartialLastLineKeepsIndentBeforeATag() throws {
        #expect(try render(" {{>p}}", ["x": ""], partials: ["p": "a\n{{x}}"]) == " a\n ")
    }

    /// A tree of `depth` nested nodes rendered by a partial that includes itself once per level.
    private func tree(depth: Int) -> TemplateValue {
        var node: TemplateValue = ["name": "n\(depth)", "children": []]
        for level in stride(from: depth - 1, through: 1, by: -1) {
            node = ["name": .string("n\(level)"), "children": [node]]
        }
        return node
    }

    @Test(arguments: [1, 2, 63, 64])
    func recursivePartialsUpToTheLimitRender(_ depth: Int) throws {
        let output = try render(
            "{{>node}}", tree(depth: depth), partials: ["node": "{{name}}({{#children}}{{>node}}{{/children}})"])
        #expect(output.hasPrefix("n1(n2(") || depth == 1)
        #expect(output.filter { $0 == ")" }.count == depth)
    }

    @Test(arguments: [true, false])
    func recursionPastTheLimitIsAnErrorInBothModes(_ strict: Bool) throws {
        let library = try TemplateLibrary(
            files: ["page.mustache": "{{>loop}}", "loop.mustache": "x\n {{> loop }}\n"], origin: "t")
        let error = try #require(
            #expect(throws: TemplateError.self) { try library.render("page", [:], strict: strict) })
        #expect(error.reason == .partialsTooDeep("loop", limit: 64))
        #expect(error.file == "t/loop.mustache")
        expectQuoted(error, prefix: "t/loop.mustache")
        #expect(error.location?.line == 2 && error.location?.column == 2)
    }

    @Test func treeOneLevelPastTheLimitIsAnError() throws {
        let library = try TemplateLibrary(
            files: ["page.mustache": "{{>node}}", "node.mustache": "{{name}}({{#children}}{{>node}}{{/children}})"],
            origin: "t")
        #expect(throws: TemplateError.self) { try library.render("page", tree(depth: 65)) }
    }

    @Test func thousandRowsRenderEveryRow() throws {
        let rows = TemplateValue.list((0..<1000).map { .object(["i": .int($0), "v": .double(Double($0) / 8)]) })
        let output = try render(
            "<table>\n{{#rows}}\n<tr><td>{{i}}</td><td>{{v}}</td></tr>\n{{/rows}}\n</table>\n", ["rows": rows])
        let lines = output.split(separator: "\n")
        #expect(lines.count == 1002)
        #expect(lines[1] == "<tr><td>0</td><td>0</td></tr>")
        #expect(lines[1000] == "<tr><td>999</td><td>124.875</td></tr>")
    }
}
