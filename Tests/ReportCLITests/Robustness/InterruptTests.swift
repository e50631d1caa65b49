import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Ctrl-C and SIGTERM during a long build, sent to the built binary: it exits with 128 + the
/// signal, leaves the previous report byte-identical and no temporary folder or file.
@Suite struct InterruptTests {
    /// The signal comes a second after the temporary folder appeared (the handlers are installed
    /// before it is made), while the 3,000,000 iterations train.
    @Test(arguments: [SIGINT, SIGTERM])
    func duringTrainingAfterOneSecond(_ signal: Int32) throws {
        let workspace = try Workspace()
        let before = try workspace.snapshot()
        var started = false
        let run = try SpawnedRun.run(["-o", "site", "--iterations", "3000000"], in: workspace.path) { pid in
            started = Self.waitForTemporaryFile("", in: workspace.path, seconds: 30)
            usleep(1_000_000)
            kill(pid, signal)
        }
        #expect(started, "no temporary folder appeared")
        #expect(run.exitCode == 128 + signal, "\(run.summary)")
        #expect(try workspace.snapshot() == before)
        #expect(workspace.leftovers().isEmpty, "\(workspace.leftovers())")
    }

    /// The signal comes once the new site's first files are in the temporary folder.
    @Test(arguments: [SIGINT, SIGTERM])
    func whileTheSiteIsWritten(_ signal: Int32) throws {
        let workspace = try Workspace()
        try workspace.apply(.file("site/CNAME", Array("example.org".utf8)))
        let before = try workspace.snapshot()
        var sawWriting = false
        let run = try SpawnedRun.run(["-o", "site", "--iterations", "30000"], in: workspace.path) { pid in
            sawWriting = Self.waitForTemporaryFile("data/history.csv", in: workspace.path, seconds: 60)
            kill(pid, signal)
        }
        #expect(sawWriting, "the temporary folder never got data/history.csv")
        #expect(run.exitCode == 128 + signal, "\(run.summary)")
        #expect(try workspace.snapshot() == before)
        #expect(workspace.leftovers().isEmpty, "\(workspace.leftovers())")
    }

    /// Every other signal that ends a process cleans up as Ctrl-C does: a closed terminal
    /// (SIGHUP), SIGQUIT, the user signals, an alarm, a real-time signal.
    @Test(arguments: [SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, __libc_current_sigrtmin() + 3])
    func otherSignalsWhileTheSiteIsWritten(_ signal: Int32) throws {
        let workspace = try Workspace()
        try workspace.apply(.file("site/CNAME", Array("example.org".utf8)))
        let before = try workspace.snapshot()
        var sawWriting = false
        let run = try SpawnedRun.run(["-o", "site", "--iterations", "30000"], in: workspace.path) { pid in
            sawWriting = Self.waitForTemporaryFile("data/history.csv", in: workspace.path, seconds: 60)
            kill(pid, signal)
        }
        #expect(sawWriting, "the temporary folder never got data/history.csv")
        #expect(run.exitCode == 128 + signal, "\(run.summary)")
        #expect(try workspace.snapshot() == before)
        #expect(workspace.leftovers().isEmpty, "\(workspace.leftovers())")
    }

    /// A write past `ulimit -f` fails with an error naming the file (SIGXFSZ is ignored), and
    /// the run cleans up.
    @Test func theFileSizeLimit() throws {
        let workspace = try Workspace()
        let before = try workspace.snapshot()
        let run = try SpawnedRun.run(
            ["-o", "site", "--iterations", "30000"], in: workspace.path,
            wrapper: ["/usr/bin/prlimit", "--fsize=100000"])
        #expect(run.exitCode == 1, "\(run.summary)")
        #expect(run.stderr.contains("File too large. A file grew past the file size limit (ulimit -f)"))
        #expect(try workspace.snapshot() == before)
        #expect(workspace.leftovers().isEmpty, "\(workspace.leftovers())")
    }

    @Test func duringASingleFileReport() throws {
        let workspace = try Workspace(previousSite: false)
        let first = try SpawnedRun.run(
            ["--single-file", "-o", "r.html", "--iterations", "2", "-q"], in: workspace.path)
        #expect(first.exitCode == 0, "\(first.summary)")
        let before = try workspace.snapshot()
        var started = false
        let run = try SpawnedRun.run(["--single-file", "-o", "r.html", "--iterations", "3000000"], in: workspace.path) {
            pid in
            started = Self.waitForTemporaryFile("", in: workspace.path, seconds: 30)
            usleep(1_000_000)
            kill(pid, SIGINT)
        }
        #expect(started, "no temporary file appeared")
        #expect(run.exitCode == 130, "\(run.summary)")
        #expect(try workspace.snapshot() == before)
        #expect(workspace.leftovers().isEmpty, "\(workspace.leftovers())")
    }

    /// Polls for `relative` inside nnreport's temporary folder in `folder` ("" for the temporary
    /// folder or file itself).
    static func waitForTemporaryFile(_ relative: String, in folder: String, seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for name in names where name.contains(".nnreport-tmp-") {
                let path = folder + "/" + name + (relative.isEmpty ? "" : "/" + relative)
                if FileManager.default.fileExists(atPath: path) { return true }
            }
            usleep(1_000)
        }
        return false
    }
}
