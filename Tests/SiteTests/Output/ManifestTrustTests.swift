import Foundation
import TestSupport
import Testing

@testable import Site

/// An edited, hand-written or hostile `.nnreport-manifest` never makes nnreport delete or replace
/// a file it cannot show it wrote (same size, same hash, a path of the report's layout).
@Suite("SiteManifest: only files that still match are nnreport's")
struct ManifestTrustTests {
    /// A manifest line for `text` at `path`, with its true size and hash: XXH3-128, or SHA-256
    /// as the manifests of earlier versions list it.
    static func line(_ path: String, _ text: String, sha256: Bool = false) -> String {
        let bytes = Array(text.utf8)
        return "\(SHA256.hex(sha256 ? SHA256.digest(bytes) : ContentHash.digest(bytes))) \(bytes.count) \(path)"
    }

    /// The manifest an earlier version (manifest 2, SHA-256) would have written for `files`.
    static func earlierManifest(_ files: [String: String]) -> String {
        ([SiteManifest.earlierHeader] + files.keys.sorted().map { line($0, files[$0] ?? "", sha256: true) })
            .joined(separator: "\n") + "\n"
    }

    @Test("a site written by an earlier version (manifest 2, SHA-256) is still known: its files replaced, edits kept")
    func earlierManifest() throws {
        let fixture = try SiteFixture()
        let destination = fixture.folder.at("site")
        try fixture.build(destination, SiteFixture.firstReport)
        try fixture.folder.write(Self.earlierManifest(SiteFixture.firstReport), to: "site/.nnreport-manifest")
        try fixture.folder.write("p2 with notes", to: "site/history/page-0002.html")
        try fixture.folder.write("mine", to: "site/notes.txt")
        try fixture.build(destination, SiteFixture.secondReport)
        // The unedited files were nnreport's and are replaced; the edited page is the user's now.
        #expect(fixture.folder.read("site/index.html") == "<p>second</p>")
        #expect(fixture.folder.read("site/history/page-0002.html") == "p2 with notes")
        #expect(fixture.folder.read("site/notes.txt") == "mine")
        let manifest = try #require(fixture.folder.read("site/.nnreport-manifest"))
        #expect(manifest.hasPrefix(SiteManifest.header + "\n"))
        #expect(manifest.contains(Self.line("index.html", "<p>second</p>")))
        #expect(!manifest.contains("page-0002.html"))
        // An edit at a path the new report writes is refused by name under manifest 2 as well (and
        // the user's page 2 is in the way of the first report's).
        try fixture.folder.write(Self.earlierManifest(SiteFixture.secondReport), to: "site/.nnreport-manifest")
        try fixture.folder.write("my edits", to: "site/history/index.html")
        let refusal = OutputError(path: destination + "/history/index.html", reason: .changedSinceWritten(more: 1))
        #expect(throws: refusal) { try fixture.build(destination, SiteFixture.firstReport) }
        #expect(fixture.folder.read("site/history/index.html") == "my edits")
    }

    @Test("a manifest line whose hash has the other version's length claims nothing")
    func wrongDigestLength() throws {
        let fixture = try SiteFixture()
        let destination = fixture.folder.at("site")
        try fixture.build(destination, SiteFixture.firstReport)
        // Manifest 3's header over SHA-256 lines, and manifest 2's over XXH3-128 lines.
        for (header, sha256) in [(SiteManifest.header, true), (SiteManifest.earlierHeader, false)] {
            let lines = SiteFixture.firstReport.keys.sorted().map {
                Self.line($0, SiteFixture.firstReport[$0] ?? "", sha256: sha256)
            }
            try fixture.folder.write(([header] + lines).joined(separator: "\n") + "\n", to: "site/.nnreport-manifest")
            guard case .manifest(let read, let ignored) = try SiteManifest.read(in: destination) else {
                Issue.record("the manifest was not read")
                continue
            }
            #expect(read.files.isEmpty && ignored == lines.count)
        }
    }

    @Test("a hand-written manifest (no nnreport first line) refuses the folder, deletes nothing")
    func handWritten() throws {
        let fixture = try SiteFixture()
        let destination = fixture.folder.at("thesis")
        try fixture.folder.write(["thesis/thesis.tex": "\\documentclass", "thesis/sub/data.csv": "1,2"])
        try fixture.folder.write("thesis.tex\nsub/data.csv\n", to: "thesis/.nnreport-manifest")
        let before = try fixture.folder.snapshot("thesis")
        let refusal = OutputError(path: destination, reason: .manifestNotNnreports)
        #expect(throws: refusal) { try fixture.build(destination, SiteFixture.firstReport) }
        #expect(try fixture.folder.snapshot("thesis") == before)
        #expect(try fixture.leftovers(beside: destination).isEmpty)
        #expect(refusal.description.contains("does not start with nnreport's first line"))
        // With --force the manifest proves nothing: every file of theirs is carried over.
        try fixture.build(destination, SiteFixture.firstReport, force: true)
        #expect(fixture.folder.read("thesis/thesis.tex") == "\\documentclass")
        #expect(fixture.folder.read("thesis/sub/data.csv") == "1,2")
    }

    @Test("lines with the right header but naming files outside the layout, .git, .. or / claim nothing")
    func hostileLines() throws {
        let fixture = try SiteFixture()
        let destination = fixture.folder.at("site")
        try fixture.build(destination, SiteFixture.firstReport)
        let user = [
            "thesis.tex": "\\documentclass", "sub/data.csv": "1,2", ".git/HEAD": "ref: refs/heads/gh-pages\n",
            ".git/config": "[core]\n", "history/.secret": "s",
        ]
        for (path, text) in user { try fixture.folder.write(text, to: "site/" + path) }
        try fixture.folder.write("outside", to: "outside.txt")
        var manifest = try #require(fixture.folder.read("site/.nnreport-manifest"))
        // Every hostile line has the file's true size and hash: matching is not enough.
        for (path, text) in user { manifest += Self.line(path, text) + "\n" }
        manifest += Self.line("../outside.txt", "outside") + "\n" + Self.line("/etc/hostname", "x") + "\n"
        manifest += "not a line at all\n"
        try fixture.folder.write(manifest, to: "site/.nnreport-manifest")
        try fixture.build(destination, SiteFixture.secondReport)
        for (path, text) in user { #expect(fixture.folder.read("site/" + path) == text, "\(path)") }
        #expect(fixture.folder.read("outside.txt") == "outside")
        #expect(fixture.folder.read("site/index.html") == "<p>second</p>")
        #expect(try fixture.leftovers(beside: destination).isEmpty)
    }

    @Test("a manifest with CRLF line ends (git's core.autocrlf) is read as the same manifest")
    func crlf() throws {
        let fixture = try SiteFixture()
        let destination = fixture.folder.at("site")
        try fixture.build(destination, SiteFixture.firstReport)
        try fixture.folder.write("mine", to: "site/notes.txt")
        let manifest = try #require(fixture.folder.read("site/.nnreport-manifest"))
        try fixture.folder.write(manifest.replacingOccurrences(of: "\n", with: "\r\n"), to: "site/.nnreport-manifest")
        try fixture.build(destination, SiteFixture.secondReport)
        #expect(fixture.folder.read("site/index.html") == "<p>second</p>")
        #expect(fixture.folder.read("site/history/page-0002.html") == nil)
        #expect(fixture.folder.read("site/notes.txt") == "mine")
    }

    @Test("a 4 GB sparse manifest is refused after reading 16 MiB at most, the folder untouched")
    func sparseGiant() throws {
        let fixture = try SiteFixture()
        let destination = fixture.folder.at("site")
        try fixture.build(destination, SiteFixture.firstReport)
        let path = fixture.folder.at("site/.nnreport-manifest")
        #expect(truncate(path, 4 << 30) == 0)
        let before = try fixture.folder.snapshotSizes("site")
        #expect(throws: OutputError(path: destination, reason: .manifestTooLarge(limit: 16 << 20))) {
            try fixture.build(destination, SiteFixture.secondReport)
        }
        #expect(try fixture.folder.snapshotSizes("site") == before)
        #expect(try fixture.leftovers(beside: destination).isEmpty)
    }

    @Test("an edited page at one of the report's paths is refused by name, kept, and replaced with --force")
    func editedPage() throws {
        let fixture = try SiteFixture()
        let destination = fixture.folder.at("site")
        try fixture.build(destination, SiteFixture.firstReport)
        try fixture.folder.write("<p>first, with my edits</p>", to: "site/index.html")
        try fixture.folder.write("my edits", to: "site/history/index.html")
        let before = try fixture.folder.snapshot("site")
        let refusal = OutputError(path: destination + "/history/index.html", reason: .changedSinceWritten(more: 1))
        #expect(throws: refusal) { try fixture.build(destination, SiteFixture.secondReport) }
        #expect(try fixture.folder.snapshot("site") == before)
        #expect(refusal.description.contains("and 1 more file like it: nnreport wrote it, but it was changed since"))
        try fixture.build(destination, SiteFixture.secondReport, force: true)
        #expect(fixture.folder.read("site/index.html") == "<p>second</p>")
    }

    @Test("an edited page the new report no longer writes is the user's now, and carried over")
    func editedPageNoLongerWritten() throws {
        let fixture = try SiteFixture()
        let destination = fixture.folder.at("site")
        try fixture.build(destination, SiteFixture.firstReport)
        try fixture.folder.write("p2 with notes", to: "site/history/page-0002.html")
        try fixture.build(destination, SiteFixture.secondReport)
        #expect(fixture.folder.read("site/history/page-0002.html") == "p2 with notes")
        // Unedited ones are nnreport's and go with the old site; the user's stays.
        try fixture.build(destination, ["index.html": "third"])
        #expect(fixture.folder.read("site/history/index.html") == nil)
        #expect(fixture.folder.read("site/history/page-0001.html") == nil)
        #expect(fixture.folder.read("site/history/page-0002.html") == "p2 with notes")
    }
}

extension TemporaryFolder {
    /// Every entry below `relative` by path, with its size only (for sparse giants).
    func snapshotSizes(_ relative: String) throws -> [String: Int] {
        let root = at(relative)
        var sizes: [String: Int] = [:]
        for entry in try FileManager.default.subpathsOfDirectory(atPath: root) {
            var info = stat()
            guard lstat(root + "/" + entry, &info) == 0 else { continue }
            sizes[entry] = Int(info.st_size)
        }
        return sizes
    }
}
