import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Standard output or error closed, full or broken: an ordinary outcome, never a trap. Progress
/// that cannot be written is dropped and the site is still written; output the user asked for
/// (`--help`, the log) that cannot be written fails the run with exit 1.
@Suite struct StandardStreamTests {
    /// A pipe whose reading end is already closed, as after `| head -n1` has read its line.
    static func brokenPipe() throws -> Int32 {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw POSIXError(.EIO) }
        close(ends[0])
        return ends[1]
    }

    @Test(arguments: ["closed", "full", "broken"])
    func progressThatCannotBeWrittenStillWritesTheSite(_ kind: String) throws {
        let workspace = try Workspace(previousSite: false)
        let writeEnd = kind == "broken" ? try Self.brokenPipe() : -1
        defer { if writeEnd >= 0 { close(writeEnd) } }
        let stream: SpawnedRun.Stream =
            switch kind {
            case "closed": .closed
            case "full": .path("/dev/full")
            default: .descriptor(writeEnd)
            }
        let run = try SpawnedRun.run(["-o", "site", "--iterations", "30"], in: workspace.path, stderr: stream)
        #expect(run.exitCode == 0, "\(run.summary)")
        #expect(FileManager.default.fileExists(atPath: workspace.at("site/index.html")))
        #expect(FileManager.default.fileExists(atPath: workspace.at("site/.nnreport-manifest")))
        #expect(workspace.leftovers().isEmpty, "\(workspace.leftovers())")
        // No progress line may land in a file of the site through a reused descriptor 2.
        let index = try String(contentsOfFile: workspace.at("site/index.html"), encoding: .utf8)
        #expect(!index.contains("Trained "))
    }

    @Test(arguments: [["--help"], ["--version"], ["train", "--iterations", "3"]])
    func askedForOutputOnAClosedStandardOutputFails(_ arguments: [String]) throws {
        let workspace = try Workspace(previousSite: false)
        let run = try SpawnedRun.run(arguments, in: workspace.path, stdout: .closed)
        #expect(run.exitCode == 1, "\(run.summary)")
        #expect(run.stderr.contains("Could not write to standard output: Bad file descriptor. It was closed"))
        #expect(!run.stderr.contains("Fatal error"))
    }

    @Test func theLogIntoABrokenPipeFailsWithoutASignal() throws {
        let workspace = try Workspace(previousSite: false)
        let writeEnd = try Self.brokenPipe()
        defer { close(writeEnd) }
        let run = try SpawnedRun.run(
            ["train", "--iterations", "3"], in: workspace.path, stdout: .descriptor(writeEnd))
        #expect(run.signal == nil && run.exitCode == 1, "\(run.summary)")
        #expect(run.stderr.contains("Could not write to standard output: Broken pipe."))
    }
}
