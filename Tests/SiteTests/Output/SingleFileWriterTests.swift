import Foundation
import Testing

@testable import Site

@Suite("SingleFileWriter")
struct SingleFileWriterTests {
    static let ours = "<!doctype html><html><head>\(SingleFileWriter.generatorMark)<title>r</title></head></html>\n"

    func writer(_ fixture: SiteFixture, _ target: String, protecting: [String] = [], force: Bool = false)
        throws(OutputError) -> SingleFileWriter
    {
        try SingleFileWriter(
            target: target, protectedPaths: protecting, force: force, paths: fixture.paths, cleanup: fixture.cleanup)
    }

    @Test("a new file, in folders that do not exist yet")
    func fresh() throws {
        let fixture = try SiteFixture()
        let report = try writer(fixture, "output/report.html")
        try report.file.write(Self.ours)
        try report.commit()
        #expect(fixture.folder.read("work/project/output/report.html") == Self.ours)
        #expect(try fixture.folder.names("work/project/output") == ["report.html"])
        #expect(fixture.cleanup.pendingPaths.isEmpty)
    }

    @Test("its own earlier report is replaced without --force")
    func replacesOwn() throws {
        let fixture = try SiteFixture()
        try fixture.folder.write(Self.ours, to: "report.html")
        let report = try writer(fixture, fixture.folder.at("report.html"))
        try report.file.write(Self.ours + "<!-- v2 -->")
        try report.commit()
        #expect(fixture.folder.read("report.html") == Self.ours + "<!-- v2 -->")
    }

    @Test("someone else's file is refused without --force and replaced with it")
    func foreignFile() throws {
        let fixture = try SiteFixture()
        try fixture.folder.write("<html>my page</html>", to: "page.html")
        let target = fixture.folder.at("page.html")
        let refusal = OutputError(path: target, reason: .foreignFile)
        #expect(throws: refusal) { _ = try writer(fixture, target) }
        #expect(fixture.folder.read("page.html") == "<html>my page</html>")
        #expect(refusal.description.contains("--force"))
        let report = try writer(fixture, target, force: true)
        try report.file.write(Self.ours)
        try report.commit()
        #expect(fixture.folder.read("page.html") == Self.ours)
    }

    @Test("a folder, a symbolic link and an input file are refused, even with --force")
    func refusals() throws {
        let fixture = try SiteFixture()
        try fixture.folder.write("x", to: "work/project/data.csv")
        try FileManager.default.createDirectory(atPath: fixture.folder.at("folder"), withIntermediateDirectories: true)
        try fixture.folder.write(Self.ours, to: "real.html")
        try FileManager.default.createSymbolicLink(
            atPath: fixture.folder.at("link.html"), withDestinationPath: fixture.folder.at("real.html"))
        let before = try fixture.folder.snapshot()
        let cases: [(String, OutputError)] = [
            (fixture.folder.at("folder"), OutputError(path: fixture.folder.at("folder"), reason: .isAFolder)),
            (".", OutputError(path: fixture.paths.currentFolder, reason: .isAFolder)),
            (
                fixture.folder.at("link.html"),
                OutputError(path: fixture.folder.at("link.html"), reason: .isSymbolicLink)
            ),
            (
                "data.csv",
                OutputError(
                    path: fixture.folder.at("work/project/data.csv"),
                    reason: .containsInput(fixture.folder.at("work/project/data.csv")))
            ),
        ]
        for (target, expected) in cases {
            for force in [false, true] {
                #expect(throws: expected) { _ = try writer(fixture, target, protecting: ["data.csv"], force: force) }
            }
        }
        #expect(try fixture.folder.snapshot() == before)
    }

    @Test("a failed write leaves the previous file and no temporary file")
    func failedWrite() throws {
        let fixture = try SiteFixture()
        try fixture.folder.write(Self.ours, to: "report.html")
        do {
            let report = try writer(fixture, fixture.folder.at("report.html"))
            try report.file.write("<html>half")
        }
        #expect(fixture.folder.read("report.html") == Self.ours)
        #expect(try fixture.folder.names().filter { $0 != "home" && $0 != "work" } == ["report.html"])
        #expect(fixture.cleanup.pendingPaths.isEmpty)
    }

    @Test("an unwritable folder gives a clear error about the temporary file")
    func unwritable() throws {
        let fixture = try SiteFixture()
        #expect(throws: OutputError(path: "/proc/report.html", reason: .cannotCreateTemporaryFile(errno: ENOENT))) {
            _ = try writer(fixture, "/proc/report.html")
        }
    }
}
