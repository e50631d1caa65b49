import Foundation
import TestSupport
import Testing

/// The built binary run for real: stdout, stderr, exit code and files (STYLE habit 13).
@Suite(.serialized) struct EndToEndTests {
    @Test func versionAndHelpExitZero() throws {
        let version = try BuiltBinary.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("nnreport "))
        let help = try BuiltBinary.run(["train", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--learning-rate A"))
        #expect(help.stderr.isEmpty)
    }

    @Test func trainPrintsSpec5sColumnsForEveryIteration() throws {
        let result = try BuiltBinary.run(["train", "--format", "csv", "-q"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 1001)
        #expect(
            lines.first
                == "iteration,z1,z2,z3,z4,s1,s2,s3,s4,yhat1,yhat2,yhat3,yhat4,e1,e2,e3,e4,errors,mse,bce,dw1,dw2,db,w1,w2,b"
        )
        #expect(lines.last?.hasSuffix(",0.049999999999999954,0.050000000000000024,-0.07499999999999982") == true)
        #expect(result.stderr.isEmpty)
    }

    @Test func trainWritesJSONToAFile() throws {
        let folder = try TemporaryFolder()
        let file = folder.path + "/run.json"
        let result = try BuiltBinary.run(["train", "--format", "json", "--log", file, "--iterations", "30"])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("Trained 30 iterations"))
        let json =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as? [String: Any]
        #expect((json?["iterations"] as? [Any])?.count == 30)
    }

    @Test func generateWritesTheSiteAndReplacesItsOwnReport() throws {
        let folder = try TemporaryFolder()
        let first = try BuiltBinary.run(["-o", "site", "--iterations", "40"], in: folder.path)
        #expect(first.status == 0, "\(first.stderr)")
        for file in ["index.html", "history/page-0001.html", "images/weights.png", "data/history.csv"] {
            #expect(FileManager.default.fileExists(atPath: folder.path + "/site/" + file), "\(file)")
        }
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: folder.path + "/site/CNAME"))
        let second = try BuiltBinary.run(["-o", "site", "--iterations", "40", "-q"], in: folder.path)
        #expect(second.status == 0)
        #expect(second.stderr.isEmpty)
        #expect(FileManager.default.contents(atPath: folder.path + "/site/CNAME") == Data("keep me".utf8))
    }

    /// Bad input: exit 2 for usage, 1 for data; a message naming what and where; nothing written.
    @Test(
        arguments: [
            (["--learnin-rate", "0.1"], 2, "Did you mean '--learning-rate'?"),
            (["--iterations", "0"], 2, "iterations were asked for; at least 1 is needed."),
            (["--bias", "1e400"], 2, "out of range"),
            (["--threshold", "1.5"], 2, "outside (0, 1)"),
            (["--weights", "1,2,3"], 2, "one weight per feature"),
            (["-c", "missing.json"], 2, "missing.json does not exist"),
            (["--dataset", "missing.csv"], 1, "missing.csv"),
            (["--dataset", "bad.csv"], 1, "bad.csv:3"),
            (["--templates", "broken"], 1, "broken"),
            (["bogus"], 2, "unknown command 'bogus'"),
        ] as [([String], Int32, String)])
    func badInputIsRefusedAndWritesNothing(_ arguments: [String], _ status: Int32, _ message: String) throws {
        let folder = try TemporaryFolder()
        _ = try folder.write("bad.csv", "x,y,label\n1,2,0\n3,oops,1\n")
        try FileManager.default.createDirectory(atPath: folder.path + "/broken", withIntermediateDirectories: true)
        _ = try folder.write("broken/index.mustache", "{{#unclosed}}")
        let result = try BuiltBinary.run(arguments + ["-o", "site"], in: folder.path)
        #expect(result.status == status, "\(result.stderr)")
        #expect(!result.crashed)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stderr.hasPrefix("nnreport: error: "))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/site"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.contains("nnreport-tmp")
        }
        #expect(leftovers.isEmpty)
    }

    @Test func aFailedRunLeavesThePreviousSiteByteIdentical() throws {
        let folder = try TemporaryFolder()
        #expect(try BuiltBinary.run(["-o", "site", "--iterations", "20", "-q"], in: folder.path).status == 0)
        let before = try snapshot(folder.path + "/site")
        try FileManager.default.createDirectory(atPath: folder.path + "/mine", withIntermediateDirectories: true)
        // A template that refers to a value the page does not have: strict rendering fails midway.
        _ = try folder.write("mine/layout.mustache", "{{noSuchValue}}")
        let failed = try BuiltBinary.run(["-o", "site", "--templates", "mine"], in: folder.path)
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("noSuchValue"))
        #expect(try snapshot(folder.path + "/site") == before)
    }

    @Test func aFreshClonesOutputFolderWithItsGitkeepIsUsed() throws {
        // `make report` on a fresh clone writes into output/, which git keeps with a .gitkeep.
        let folder = try TemporaryFolder()
        _ = try folder.write("output/.gitkeep", "")
        let result = try BuiltBinary.run(["-q"], in: folder.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.path + "/output/index.html"))
        #expect(FileManager.default.contents(atPath: folder.path + "/output/.gitkeep") == Data())
    }

    @Test func aFolderOfSomeoneElsesFilesIsRefusedWithoutForce() throws {
        let folder = try TemporaryFolder()
        _ = try folder.write("theirs/notes.txt", "mine")
        let refused = try BuiltBinary.run(["-o", "theirs", "-q"], in: folder.path)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("--force"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/theirs") == ["notes.txt"])
        let forced = try BuiltBinary.run(["-o", "theirs", "-q", "--force", "--iterations", "5"], in: folder.path)
        #expect(forced.status == 0)
        #expect(FileManager.default.contents(atPath: folder.path + "/theirs/notes.txt") == Data("mine".utf8))
    }

    private func snapshot(_ root: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: root) {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isFolder)
            if !isFolder.boolValue { files[path] = FileManager.default.contents(atPath: root + "/" + path) }
        }
        return files
    }
}
