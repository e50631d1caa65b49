import Foundation
import Testing

@testable import Site

@Suite("SiteWriter: building and replacing a site")
struct SiteWriterTests {
    @Test(
        "a fresh destination, with missing folders above it", arguments: [SiteWriter.SwapMethod.exchange, .twoRenames])
    func fresh(swap: SiteWriter.SwapMethod) throws {
        let fixture = try SiteFixture()
        let destination = fixture.folder.at("out/deeper/site")
        let site = try fixture.writer(destination, swap: swap)
        try site.write(files: SiteFixture.firstReport.mapValues { Array($0.utf8) })
        let stream = try site.openFile("data/history.csv")
        try stream.write("iteration\n1\n")
        try site.commit()
        var expected = SiteFixture.firstReport.mapValues { Data($0.utf8) }
        expected["data/history.csv"] = Data("iteration\n1\n".utf8)
        let manifest = try #require(fixture.folder.read("out/deeper/site/.nnreport-manifest"))
        let listed = manifest.split(separator: "\n").dropFirst().map { $0.split(separator: " ", maxSplits: 2) }
        #expect(listed.map { String($0[2]) } == expected.keys.sorted())
        // Each line: the XXH3-128 hash and size of the file as written.
        for line in listed {
            let bytes = Array(expected[String(line[2])] ?? Data())
            #expect(String(line[0]) == SHA256.hex(ContentHash.digest(bytes)) && Int(line[1]) == bytes.count)
        }
        expected[".nnreport-manifest"] = Data(manifest.utf8)
        for folder in ["history", "images", "data"] { expected[folder] = Data("dir".utf8) }
        #expect(try fixture.folder.snapshot("out/deeper/site") == expected)
        #expect(try fixture.leftovers(beside: destination).isEmpty)
        #expect(FileSystem.permissions(of: destination) == 0o755)
    }

    @Test(
        "replacing a report keeps the user's files and drops the old report's",
        arguments: [SiteWriter.SwapMethod.exchange, .twoRenames])
    func replace(swap: SiteWriter.SwapMethod) throws {
        let fixture = try SiteFixture()
        let destination = fixture.folder.at("site")
        try fixture.build(destination, SiteFixture.firstReport)
        let user = [
            ".git/HEAD": "ref: refs/heads/gh-pages\n", ".git/objects/ab/cdef": "blob", "CNAME": "example.org\n",
            "notes.txt": "mine", "history/my-notes.md": "also mine", ".well-known/security.txt": "contact",
        ]
        for (path, text) in user { try fixture.folder.write(text, to: "site/" + path) }
        try fixture.build(destination, SiteFixture.secondReport, swap: swap)

        let snapshot = try fixture.folder.snapshot("site")
        for (path, text) in SiteFixture.secondReport.merging(user, uniquingKeysWith: { $1 }) {
            #expect(snapshot[path] == Data(text.utf8), "\(path)")
        }
        #expect(snapshot["history/page-0002.html"] == nil)
        let manifest = try #require(fixture.folder.read("site/.nnreport-manifest"))
        #expect(!manifest.contains("CNAME") && !manifest.contains(".git") && manifest.contains("404.html"))
        #expect(try fixture.leftovers(beside: destination).isEmpty)
    }

    @Test("a folder of hidden files only (output/.gitkeep of a fresh clone) is used without --force and kept")
    func hiddenFilesOnly() throws {
        let fixture = try SiteFixture()
        let destination = fixture.folder.at("output")
        try fixture.folder.write("", to: "output/.gitkeep")
        try fixture.folder.write("ref: refs/heads/main\n", to: "output/.git/HEAD")
        try fixture.build(destination, SiteFixture.firstReport)
        #expect(fixture.folder.read("output/.gitkeep") == "")
        #expect(fixture.folder.read("output/.git/HEAD") == "ref: refs/heads/main\n")
        #expect(fixture.folder.read("output/index.html") == SiteFixture.firstReport["index.html"])
    }

    @Test("an empty existing folder is used without --force")
    func emptyFolder() throws {
        let fixture = try SiteFixture()
        try FileManager.default.createDirectory(atPath: fixture.folder.at("empty"), withIntermediateDirectories: true)
        try fixture.build(fixture.folder.at("empty"), ["index.html": "x"])
        #expect(fixture.folder.read("empty/index.html") == "x")
    }

    @Test("the same files give byte-identical sites, the manifest sorted")
    func deterministic() throws {
        let fixture = try SiteFixture()
        try fixture.build(fixture.folder.at("a"), SiteFixture.secondReport)
        let reversedOrder = try fixture.writer(fixture.folder.at("b"))
        for path in SiteFixture.secondReport.keys.sorted().reversed() {
            try reversedOrder.write(SiteFixture.secondReport[path] ?? "", to: path)
        }
        try reversedOrder.commit()
        #expect(try fixture.folder.snapshot("a") == fixture.folder.snapshot("b"))
        let lines = try #require(fixture.folder.read("a/.nnreport-manifest")).split(separator: "\n").dropFirst()
        let paths = lines.map { $0.split(separator: " ", maxSplits: 2)[2] }
        #expect(paths == paths.sorted())
    }

    @Test("a relative destination is resolved against the current folder")
    func relativeDestination() throws {
        let fixture = try SiteFixture()
        try fixture.build("output/", ["index.html": "rel"])
        #expect(fixture.folder.read("work/project/output/index.html") == "rel")
    }

    @Test(
        "paths that are not plain relative paths are refused",
        arguments: ["", "/abs.html", "../up.html", "a/../b", "./a", "a//b", "a/", ".nnreport-manifest", "#x", "a\nb"])
    func invalidPaths(_ path: String) throws {
        let fixture = try SiteFixture()
        let site = try fixture.writer(fixture.folder.at("site"))
        #expect(throws: OutputError(path: path, reason: .invalidRelativePath)) { try site.write("x", to: path) }
    }

    @Test("writing a path twice, or after commit, is an error")
    func misuse() throws {
        let fixture = try SiteFixture()
        let destination = fixture.folder.at("site")
        let site = try fixture.writer(destination)
        try site.write("x", to: "a.html")
        #expect(throws: OutputError(path: destination + "/a.html", reason: .duplicatePath)) {
            try site.write("y", to: "a.html")
        }
        try site.commit()
        #expect(throws: OutputError(path: destination, reason: .alreadyFinished)) { try site.write("z", to: "b.html") }
        #expect(throws: OutputError(path: destination, reason: .alreadyFinished)) { try site.commit() }
        #expect(fixture.folder.read("site/a.html") == "x")
    }

    @Test("many files, written whole and streamed, as a long history gives")
    func manyFiles() throws {
        let fixture = try SiteFixture()
        let site = try fixture.writer(fixture.folder.at("site"))
        for page in 1...1200 {
            let name = "history/page-" + String(repeating: "0", count: 4 - String(page).count) + String(page) + ".html"
            if page.isMultiple(of: 2) {
                try site.write("<p>\(page)</p>", to: name)
            } else {
                let stream = try site.openFile(name)
                try stream.write("<p>\(page)</p>")
                try stream.close()
            }
        }
        try site.commit()
        #expect(try fixture.folder.names("site/history").count == 1200)
        #expect(fixture.folder.read("site/history/page-0777.html") == "<p>777</p>")
        #expect(fixture.folder.read("site/history/page-1200.html") == "<p>1200</p>")
    }

    @Test("commit closes streamed files the caller left open")
    func closesOpenFiles() throws {
        let fixture = try SiteFixture()
        let site = try fixture.writer(fixture.folder.at("site"))
        let file = try site.openFile("data/big.json")
        try file.write([UInt8](repeating: UInt8(ascii: "x"), count: 3000))
        try site.commit()
        #expect(fixture.folder.read("site/data/big.json")?.count == 3000)
    }
}
