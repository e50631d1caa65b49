import Site
import Testing

/// The Mustache spec's core modules, rendered non-strictly as the spec requires.
@Suite struct MustacheSpecTests {
    @Test func allCoreTestsAreLoaded() throws {
        let cases = try MustacheSpecCase.all()
        print("Mustache spec: \(cases.count) core tests loaded from \(MustacheSpecCase.coreFiles.count) files")
        #expect(cases.count == 136)
    }

    @Test(arguments: try MustacheSpecCase.all())
    func specCase(_ test: MustacheSpecCase) throws {
        // The template under test gets a name no spec partial uses (tag names cannot hold spaces).
        var files = ["spec template.mustache": test.template]
        for (name, partial) in test.partials ?? [:] {
            files[name + ".mustache"] = partial
        }
        let library = try TemplateLibrary(files: files, origin: "spec")
        let output = try library.render("spec template", test.data.templateValue, strict: false)
        #expect(output == test.expected, "\(test.desc)")
    }
}
