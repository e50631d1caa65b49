import Site
import Testing

/// Strict rendering (our own templates) turns every unresolved name into an error with its place;
/// non-strict rendering (the spec's rule) renders the same templates with the gaps left empty.
@Suite struct TemplateStrictRenderingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let label: String
        let files: [String: String]
        let context: TemplateValue
        let reason: TemplateError.Reason
        let file: String
        let line: Int
        let column: Int
        /// What non-strict rendering gives instead.
        let lenient: String
        var testDescription: String { label }
    }

    static let page: TemplateValue = ["title": "AND gate", "run": ["name": "and", "iterations": 1000]]

    static let cases: [Case] = [
        Case(
            label: "misspelled variable", files: ["page.mustache": "<head>\n<title>{{titel}}</title>"], context: page,
            reason: .unresolvedName("titel", missing: "titel", available: ["run", "title"]),
            file: "page.mustache", line: 2, column: 8, lenient: "<head>\n<title></title>"),
        Case(
            label: "misspelled inner key", files: ["page.mustache": "{{run.nmae}}!"], context: page,
            reason: .unresolvedName("run.nmae", missing: "run.nmae", available: ["iterations", "name"]),
            file: "page.mustache", line: 1, column: 1, lenient: "!"),
        Case(
            label: "key inside a value that is not an object", files: ["page.mustache": "{{title.size}}"],
            context: page, reason: .unresolvedName("title.size", missing: "title.size", available: []),
            file: "page.mustache", line: 1, column: 1, lenient: ""),
        Case(
            label: "missing section", files: ["page.mustache": "a{{#rows}}<tr>{{/rows}}b"], context: page,
            reason: .unresolvedName("rows", missing: "rows", available: ["run", "title"]),
            file: "page.mustache", line: 1, column: 2, lenient: "ab"),
        Case(
            label: "missing inverted section", files: ["page.mustache": "{{^rows}}none{{/rows}}"], context: page,
            reason: .unresolvedName("rows", missing: "rows", available: ["run", "title"]),
            file: "page.mustache", line: 1, column: 1, lenient: "none"),
        Case(
            label: "names of all enclosing objects are suggested",
            files: ["page.mustache": "{{#run}}{{nam}}{{/run}}"], context: page,
            reason: .unresolvedName("nam", missing: "nam", available: ["iterations", "name", "run", "title"]),
            file: "page.mustache", line: 1, column: 9, lenient: ""),
        Case(
            label: "missing partial", files: ["page.mustache": "<body>\n  {{> partials/summry }}\n</body>"],
            context: page, reason: .missingPartial("partials/summry"),
            file: "page.mustache", line: 2, column: 3, lenient: "<body>\n</body>"),
        Case(
            label: "error inside a partial names the partial's file",
            files: ["page.mustache": "{{>partials/head}}", "partials/head.mustache": "<h1>{{run.title}}</h1>"],
            context: page,
            reason: .unresolvedName("run.title", missing: "run.title", available: ["iterations", "name"]),
            file: "partials/head.mustache", line: 1, column: 5, lenient: "<h1></h1>"),
        Case(
            label: "list printed as text", files: ["page.mustache": "{{rows}}"], context: ["rows": [1, 2]],
            reason: .unprintableValue("rows", kind: "a list"), file: "page.mustache", line: 1, column: 1, lenient: ""),
        Case(
            label: "object printed as text", files: ["page.mustache": "x {{{run}}}"], context: page,
            reason: .unprintableValue("run", kind: "an object"), file: "page.mustache", line: 1, column: 3,
            lenient: "x "),
    ]

    @Test(arguments: cases)
    func strictError(_ test: Case) throws {
        let library = try TemplateLibrary(files: test.files, origin: "templates")
        let error = #expect(throws: TemplateError.self) { try library.render("page", test.context) }
        let found = try #require(error)
        #expect(found.reason == test.reason)
        #expect(found.file == "templates/" + test.file)
        #expect(found.location?.line == test.line)
        #expect(found.location?.column == test.column)
        expectQuoted(found, prefix: "templates/" + test.file)
    }

    @Test(arguments: cases)
    func nonStrictRendersGapsEmpty(_ test: Case) throws {
        let library = try TemplateLibrary(files: test.files, origin: "templates")
        #expect(try library.render("page", test.context, strict: false) == test.lenient)
    }

    @Test func strictRenderingOfResolvedNamesSucceeds() throws {
        let library = try TemplateLibrary(
            files: ["page.mustache": "{{title}}|{{run.name}}|{{#run}}{{iterations}} {{title}}{{/run}}|{{none}}."],
            origin: "templates")
        let context: TemplateValue = ["title": "AND", "run": ["name": "and", "iterations": 10], "none": .null]
        #expect(try library.render("page", context) == "AND|and|10 AND|.")
    }

    @Test func unknownTemplateListsTheKnownOnes() throws {
        let library = try TemplateLibrary(files: ["index.mustache": "", "history.mustache": ""], origin: "templates")
        let error = try #require(#expect(throws: TemplateError.self) { try library.render("histroy", [:]) })
        #expect(error.reason == .unknownTemplate("histroy", known: ["history", "index"]))
        #expect(error.location == nil)
        #expect(error.file == "templates/histroy.mustache")
        #expect(
            error.description.contains("There is no template named \"histroy\". The templates are: history, index."))
    }

    @Test func unresolvedNameMessageSaysWhatAndHowToFix() throws {
        let library = try TemplateLibrary(files: ["page.mustache": "{{run.nmae}}"], origin: "templates")
        let error = try #require(#expect(throws: TemplateError.self) { try library.render("page", Self.page) })
        #expect(
            error.description.hasPrefix(
                "templates/page.mustache:1:1: The name \"run.nmae\" cannot be resolved, because \"run\" has no "
                    + "\"nmae\". The names inside \"run\" are: iterations, name. Correct the spelling, or add "
                    + "\"nmae\" to \"run\" in the data the page is rendered with.\n"))
    }

    @Test func undefinedNameMessageListsTheNamesInScope() throws {
        let library = try TemplateLibrary(files: ["page.mustache": "{{titel}}"], origin: "templates")
        let error = try #require(#expect(throws: TemplateError.self) { try library.render("page", Self.page) })
        #expect(
            error.description.hasPrefix(
                "templates/page.mustache:1:1: The name \"titel\" is not defined here. The names defined here are: "
                    + "run, title. Correct the spelling, or add \"titel\" to the data the page is rendered with.\n"))
    }
}
