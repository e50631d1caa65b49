import Foundation
import Site
import TestSupport
import Testing

/// Building a library from files and from a folder: templates, assets and load errors.
@Suite struct TemplateLibraryTests {
    static let files = [
        "index.mustache": "<h1>{{title}}</h1>\n{{>partials/summary}}\n",
        "partials/summary.mustache": "<p>{{summary}}</p>\n",
        "assets/style.css": "body { color: #222; }\n",
        "robots.txt": "User-agent: *\n",
    ]

    @Test func templatesAndAssetsAreSeparatedByExtension() throws {
        let library = try TemplateLibrary(files: Self.files, origin: "templates")
        #expect(library.templateNames == ["index", "partials/summary"])
        #expect(library.assetPaths == ["assets/style.css", "robots.txt"])
        #expect(library.asset("assets/style.css") == "body { color: #222; }\n")
        #expect(library.asset("index.mustache") == nil)
        #expect(library.asset("assets/missing.css") == nil)
        #expect(try library.render("index", ["title": "T", "summary": "S"]) == "<h1>T</h1>\n<p>S</p>\n")
    }

    @Test func byteOrderMarkOfATemplateIsDropped() throws {
        let library = try TemplateLibrary(files: ["page.mustache": "\u{FEFF}<!doctype html>{{x}}"], origin: "t")
        #expect(try library.render("page", ["x": 1]) == "<!doctype html>1")
    }

    @Test func firstParseErrorInPathOrderIsReported() throws {
        let files = ["b.mustache": "{{#b}}", "a.mustache": "{{/a}}", "c.css": "{{#"]
        let error = try #require(#expect(throws: TemplateError.self) { try TemplateLibrary(files: files, origin: "t") })
        #expect(error.file == "t/a.mustache")
    }

    @Test func directoryIsLoadedWithRelativePaths() throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.files)
        try folder.write([".hidden.mustache": "{{#broken", ".git/config.mustache": "{{#broken"])
        let library = try TemplateLibrary(directory: folder.url)
        #expect(library.templateNames == ["index", "partials/summary"])
        #expect(library.assetPaths == ["assets/style.css", "robots.txt"])
        #expect(try library.render("index", ["title": "T", "summary": "S"]) == "<h1>T</h1>\n<p>S</p>\n")
    }

    @Test func parseErrorInDirectoryNamesTheFileInsideIt() throws {
        let folder = try TemporaryFolder()
        try folder.write(["partials/row.mustache": "<tr>\n{{#cells}}<td>{{.}}</td>\n</tr>\n"])
        let error = try #require(#expect(throws: TemplateError.self) { try TemplateLibrary(directory: folder.url) })
        expectQuoted(error, prefix: folder.url.path + "/partials/row.mustache")
        #expect(error.location?.line == 2)
    }

    @Test(arguments: ["page.mustache", "assets/logo.css"])
    func nonUTF8FileIsAnErrorNamingIt(_ path: String) throws {
        let folder = try TemporaryFolder()
        try folder.write(["index.mustache": "fine"])
        try folder.write(path, bytes: [0x3C, 0x70, 0x3E, 0xFF, 0xFE, 0x3C])
        let error = try #require(#expect(throws: TemplateError.self) { try TemplateLibrary(directory: folder.url) })
        #expect(error.reason == .notUTF8)
        #expect(error.file == folder.url.appending(path: path).path)
        #expect(error.description.hasPrefix("\(error.file): This file is not valid UTF-8 text. Save it with UTF-8"))
    }

    @Test func missingFolderIsAnError() throws {
        let folder = try TemporaryFolder()
        let missing = folder.url.appending(path: "no-such-templates")
        let error = try #require(#expect(throws: TemplateError.self) { try TemplateLibrary(directory: missing) })
        #expect(error.reason == .unreadable("there is no readable folder at this path"))
        #expect(error.description.hasPrefix("\(missing.path): This cannot be read: there is no readable folder"))
    }

    @Test func fileInsteadOfFolderIsAnError() throws {
        let folder = try TemporaryFolder()
        try folder.write(["index.mustache": "x"])
        let file = folder.url.appending(path: "index.mustache")
        let error = try #require(#expect(throws: TemplateError.self) { try TemplateLibrary(directory: file) })
        #expect(error.file == file.path)
    }
}
