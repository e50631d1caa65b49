import Foundation
import TestSupport
import Testing

@testable import Site

@Suite("SiteWriter: failed runs leave the previous site untouched")
struct SiteWriterFailureTests {
    struct Midway: Error {}

    @Test("a build that throws midway leaves every byte of the previous site and no temporary folder")
    func throwMidway() throws {
        let fixture = try SiteFixture()
        let destination = fixture.folder.at("site")
        try fixture.build(destination, SiteFixture.firstReport)
        try fixture.folder.write("example.org", to: "site/CNAME")
        let before = try fixture.folder.snapshot("site")
        func failingBuild() throws {
            let site = try fixture.writer(destination)
            try site.write("<p>half</p>", to: "index.html")
            let stream = try site.openFile("data/history.csv")
            try stream.write("iteration\n")
            #expect(FileManager.default.fileExists(atPath: site.temporaryFolder))
            throw Midway()
        }
        #expect(throws: Midway.self) { try failingBuild() }
        #expect(try fixture.folder.snapshot("site") == before)
        #expect(try fixture.leftovers(beside: destination).isEmpty)
        #expect(fixture.cleanup.pendingPaths.isEmpty)
    }

    @Test(
        "a file of the user's where the new report puts one stops the commit without --force",
        arguments: [SiteWriter.SwapMethod.exchange, .twoRenames])
    func fileInTheWay(swap: SiteWriter.SwapMethod) throws {
        let fixture = try SiteFixture()
        let destination = fixture.folder.at("site")
        try fixture.build(destination, SiteFixture.firstReport)
        try fixture.folder.write("my own 404", to: "site/404.html")
        try fixture.folder.write("keep me", to: "site/notes.txt")
        let before = try fixture.folder.snapshot("site")
        let error = OutputError(path: destination + "/404.html", reason: .foreignFileInTheWay(more: 0))
        #expect(throws: error) { try fixture.build(destination, SiteFixture.secondReport, swap: swap) }
        #expect(try fixture.folder.snapshot("site") == before)
        #expect(try fixture.leftovers(beside: destination).isEmpty)
        #expect(error.description.contains("--force"))

        try fixture.build(destination, SiteFixture.secondReport, force: true, swap: swap)
        #expect(fixture.folder.read("site/404.html") == "missing")
        #expect(fixture.folder.read("site/notes.txt") == "keep me")
    }

    @Test("a swap that fails puts the user's files back where they were")
    func failedSwap() throws {
        let fixture = try SiteFixture()
        let destination = fixture.folder.at("site")
        try fixture.build(destination, SiteFixture.firstReport)
        for (path, text) in ["CNAME": "example.org", ".git/HEAD": "ref", "history/my-notes.md": "mine"] {
            try fixture.folder.write(text, to: "site/" + path)
        }
        let before = try fixture.folder.snapshot("site")
        #expect(throws: OutputError.self) {
            try fixture.build(destination, SiteFixture.secondReport, swap: .failing(EBUSY))
        }
        #expect(try fixture.folder.snapshot("site") == before)
        #expect(try fixture.leftovers(beside: destination).isEmpty)
        #expect(fixture.cleanup.pendingPaths.isEmpty)
    }

    @Test("a folder of the user's where the report puts a file is in the way too")
    func folderInTheWay() throws {
        let fixture = try SiteFixture()
        let destination = fixture.folder.at("site")
        try fixture.build(destination, ["index.html": "x"])
        try fixture.folder.write("theirs", to: "site/images/README")
        #expect(throws: OutputError(path: destination + "/images", reason: .foreignFileInTheWay(more: 0))) {
            try fixture.build(destination, ["index.html": "y", "images": "a file now"])
        }
        #expect(fixture.folder.read("site/images/README") == "theirs")
    }

    @Test("a destination turned into a file before the commit is refused, the file untouched")
    func destinationChanged() throws {
        let fixture = try SiteFixture()
        let destination = fixture.folder.at("site")
        let site = try fixture.writer(destination)
        try site.write("x", to: "index.html")
        try fixture.folder.write("someone else's file", to: "site")
        #expect(throws: OutputError(path: destination, reason: .notAFolder)) { try site.commit() }
        #expect(fixture.folder.read("site") == "someone else's file")
        #expect(try fixture.leftovers(beside: destination).isEmpty)
    }

    @Test(
        "an unwritable place gives a clear error, even for root",
        arguments: [
            ("/proc/nnreport-site", ENOENT, "Could not create the lock file beside /proc/nnreport-site"),
            ("$T/file.txt/site", ENOTDIR, "A part of the path is a file, not a folder"),
            ("$T/file.txt/deeper/site", ENOTDIR, "A part of the path is a file, not a folder"),
        ])
    func unwritable(_ destination: String, _ code: Int32, _ expected: String) throws {
        let fixture = try SiteFixture()
        try fixture.folder.write("text", to: "file.txt")
        let path = destination.replacingOccurrences(of: "$T", with: fixture.folder.path)
        do {
            let site = try fixture.writer(path)
            site.discard()
            Issue.record("\(path) was accepted")
        } catch {
            switch error.reason {
            case .cannotCreateFolder(let seen), .cannotCreateLockFile(let seen):
                #expect(seen == code || (code == ENOENT && [EACCES, EPERM, EROFS].contains(seen)))
            default: Issue.record("unexpected error: \(error)")
            }
            #expect(error.description.contains(expected))
            #expect(error.description.hasSuffix(" with -o."))
        }
        #expect(fixture.folder.read("file.txt") == "text")
        #expect(fixture.cleanup.pendingPaths.isEmpty)
    }

    @Test("renameat2 exchanges two folders on this file system")
    func exchangeWorks() throws {
        let folder = try TemporaryFolder()
        try folder.write("a", to: "one/file")
        try folder.write("b", to: "two/file")
        #expect(RenameExchange.exchange(folder.at("one"), folder.at("two")) == .exchanged)
        #expect(folder.read("one/file") == "b" && folder.read("two/file") == "a")
        #expect(RenameExchange.exchange(folder.at("one"), folder.at("missing")) == .failed(ENOENT))
    }

    @Test("the real home, current folder and root are refused through the public initializer")
    func realPlaces() throws {
        for place in ["/", "~", ".", ".."] {
            #expect(throws: OutputError.self) {
                let site = try SiteWriter(destination: place)
                site.discard()
            }
        }
    }
}
