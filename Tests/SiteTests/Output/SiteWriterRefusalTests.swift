import Foundation
import Testing

@testable import Site

@Suite("SiteWriter: destinations that are refused")
struct SiteWriterRefusalTests {
    /// A destination and the refusal it must get, with the fixture's paths substituted for
    /// `$T` (the sandbox), `$CWD` (the pretend current folder) and `$HOME`.
    struct Case: CustomStringConvertible, Sendable {
        let destination: String
        let reason: OutputError.Reason
        /// What the error's path is (the resolved destination), with the same substitutions.
        let resolved: String
        var description: String { destination }
    }

    static let alwaysRefused: [Case] = [
        Case(destination: "/", reason: .isFilesystemRoot, resolved: "/"),
        Case(destination: "/tmp/../", reason: .isFilesystemRoot, resolved: "/"),
        Case(destination: "~", reason: .isHomeFolder, resolved: "$HOME"),
        Case(destination: "~/", reason: .isHomeFolder, resolved: "$HOME"),
        Case(destination: "$HOME/.", reason: .isHomeFolder, resolved: "$HOME"),
        Case(destination: "$T", reason: .containsHomeFolder, resolved: "$T"),
        Case(destination: ".", reason: .isCurrentFolder, resolved: "$CWD"),
        Case(destination: "", reason: .isCurrentFolder, resolved: "$CWD"),
        Case(destination: "sub/..//", reason: .isCurrentFolder, resolved: "$CWD"),
        Case(destination: "$CWD/", reason: .isCurrentFolder, resolved: "$CWD"),
        Case(destination: "..", reason: .containsCurrentFolder, resolved: "$T/work"),
        Case(destination: "$T/link-to-work", reason: .containsCurrentFolder, resolved: "$T/link-to-work"),
        Case(destination: "$T/linked-parent/project", reason: .isCurrentFolder, resolved: "$T/work/project"),
        Case(destination: "templates", reason: .containsInput("$CWD/templates"), resolved: "$CWD/templates"),
        Case(destination: "inputs", reason: .containsInput("$CWD/inputs/data.csv"), resolved: "$CWD/inputs"),
        Case(
            destination: "inputs/data.csv", reason: .containsInput("$CWD/inputs/data.csv"),
            resolved: "$CWD/inputs/data.csv"),
        Case(destination: "$T/site-link", reason: .isSymbolicLink, resolved: "$T/site-link"),
        Case(destination: "$T/file.txt", reason: .notAFolder, resolved: "$T/file.txt"),
    ]

    @Test("refused always, even with --force", arguments: alwaysRefused)
    func refused(_ refusal: Case) throws {
        let fixture = try SiteFixture()
        let folder = fixture.folder
        try folder.write("a,b,y\n", to: "work/project/inputs/data.csv")
        try folder.write("{{title}}", to: "work/project/templates/index.mustache")
        try folder.write("text", to: "file.txt")
        try FileManager.default.createDirectory(atPath: folder.at("real-site"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: folder.at("site-link"), withDestinationPath: folder.at("real-site"))
        try FileManager.default.createSymbolicLink(
            atPath: folder.at("link-to-work"), withDestinationPath: folder.at("work"))
        try FileManager.default.createSymbolicLink(
            atPath: folder.at("linked-parent"), withDestinationPath: folder.at("work"))
        let before = try folder.snapshot()
        let substitute = { (text: String) in
            text.replacingOccurrences(of: "$CWD", with: fixture.paths.currentFolder)
                .replacingOccurrences(of: "$HOME", with: fixture.paths.homeFolder)
                .replacingOccurrences(of: "$T", with: folder.path)
        }
        var reason = refusal.reason
        if case .containsInput(let input) = reason { reason = .containsInput(substitute(input)) }
        let expected = OutputError(path: substitute(refusal.resolved), reason: reason)
        let inputs = ["inputs/data.csv", "templates", "settings.json"]
        for force in [false, true] {
            #expect(throws: expected) {
                let site = try fixture.writer(substitute(refusal.destination), protecting: inputs, force: force)
                site.discard()
            }
        }
        #expect(try folder.snapshot() == before)
        #expect(!expected.description.isEmpty && expected.description.hasSuffix("."))
    }

    @Test("a non-empty folder nnreport did not write is refused without --force, kept with it")
    func foreignFolder() throws {
        let fixture = try SiteFixture()
        let destination = fixture.folder.at("theirs")
        try fixture.folder.write("their page", to: "theirs/index.html")
        try fixture.folder.write("their readme", to: "theirs/README.md")
        try fixture.folder.write("[core]", to: "theirs/.git/config")
        let before = try fixture.folder.snapshot("theirs")
        let refusal = OutputError(path: destination, reason: .foreignFolder)
        #expect(throws: refusal) { try fixture.build(destination, SiteFixture.firstReport) }
        #expect(try fixture.folder.snapshot("theirs") == before)
        #expect(try fixture.leftovers(beside: destination).isEmpty)
        #expect(refusal.description.contains("--force"))

        try fixture.build(destination, SiteFixture.firstReport, force: true)
        #expect(fixture.folder.read("theirs/README.md") == "their readme")
        #expect(fixture.folder.read("theirs/.git/config") == "[core]")
        // Documented: with --force, a file of theirs at one of the report's paths is replaced.
        #expect(fixture.folder.read("theirs/index.html") == "<p>first</p>")
        // From now on the folder is a report: the next run needs no --force and keeps README.md.
        try fixture.build(destination, SiteFixture.secondReport)
        #expect(fixture.folder.read("theirs/README.md") == "their readme")
    }

    @Test("hidden files beside a visible file of the user's still make the folder someone else's")
    func hiddenAndVisible() throws {
        let fixture = try SiteFixture()
        try fixture.folder.write("", to: "repo/.gitignore")
        try fixture.folder.write("mine", to: "repo/notes.txt")
        #expect(throws: OutputError(path: fixture.folder.at("repo"), reason: .foreignFolder)) {
            try fixture.build(fixture.folder.at("repo"), ["index.html": "x"])
        }
    }

    @Test("a hidden file of the user's where the report writes one is not replaced without --force")
    func hiddenFileInTheWay() throws {
        let fixture = try SiteFixture()
        try fixture.folder.write("theirs", to: "repo/.nojekyll")
        #expect(throws: OutputError(path: fixture.folder.at("repo/.nojekyll"), reason: .foreignFileInTheWay(more: 0))) {
            try fixture.build(fixture.folder.at("repo"), ["index.html": "x", ".nojekyll": ""])
        }
        #expect(fixture.folder.read("repo/.nojekyll") == "theirs")
    }
}
