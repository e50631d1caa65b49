import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Destinations that used to fail or go astray: a long name counted in bytes, a mount point, a
/// deleted current folder.
@Suite struct SafeWritingTests {
    @Test func aNameOf63EmojiIn252BytesIsWritten() throws {
        let workspace = try Workspace(previousSite: false)
        let name = String(repeating: "🧪", count: 63)
        #expect(name.utf8.count == 252)
        let run = try SpawnedRun.run(["-o", name, "--iterations", "3", "-q"], in: workspace.path)
        #expect(run.exitCode == 0, "\(run.summary)")
        #expect(SiteCheck.problems(at: workspace.at(name)) == [])
        let again = try SpawnedRun.run(["-o", name, "--iterations", "4", "-q"], in: workspace.path)
        #expect(again.exitCode == 0, "\(again.summary)")
        #expect(workspace.leftovers().isEmpty, "\(workspace.leftovers())")
    }

    @Test func aMountPointIsRefusedWithTheReason() throws {
        let workspace = try Workspace()
        let mounted = Self.mountTmpfs(workspace.at("site"))
        #expect(mounted, "could not mount a tmpfs (the test needs root)")
        defer { _ = Self.unmount(workspace.at("site")) }
        let before = try workspace.snapshot()
        let run = try SpawnedRun.run(["-o", "site", "--iterations", "3"], in: workspace.path)
        #expect(run.exitCode == 1, "\(run.summary)")
        #expect(run.stderr.contains("/site: it is a mount point, which cannot be swapped for the new site."))
        #expect(try workspace.snapshot() == before)
        #expect(workspace.leftovers().isEmpty, "\(workspace.leftovers())")
    }

    @Test func aDeletedCurrentFolderWritesNothing() throws {
        let workspace = try Workspace(previousSite: false)
        let name = "nnreport-test-" + UUID().uuidString
        let script = "mkdir gone && cd gone && rmdir ../gone && exec \"$0\" \"$@\""
        let run = try SpawnedRun.run(
            ["-o", name, "--iterations", "3"], in: workspace.path, wrapper: ["/bin/sh", "-c", script])
        #expect(run.exitCode == 1, "\(run.summary)")
        #expect(run.stderr.contains("the current folder") && run.stderr.contains("no longer exists"))
        #expect(!FileManager.default.fileExists(atPath: "/" + name))
        if FileManager.default.fileExists(atPath: "/" + name) {
            try? FileManager.default.removeItem(atPath: "/" + name)
        }
    }

    @Test func anOutputNameThatIsNotUTF8IsRefused() throws {
        let workspace = try Workspace(previousSite: false)
        let script = "exec \"$0\" -o \"$(printf 'bad\\377')\" --iterations 3"
        let run = try SpawnedRun.run([], in: workspace.path, wrapper: ["/bin/sh", "-c", script])
        #expect(run.exitCode == 2, "\(run.summary)")
        #expect(run.stderr.contains("argument 2 ('bad\\xFF') is not valid UTF-8 text"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.path).isEmpty)
    }

    @Test(arguments: ["/dev/stdout", "-"])
    func theLogToStandardOutputByName(_ name: String) throws {
        let workspace = try Workspace(previousSite: false)
        let run = try SpawnedRun.run(["train", "--iterations", "2", "--log", name], in: workspace.path)
        #expect(run.exitCode == 0, "\(run.summary)")
        #expect(run.stdout.hasPrefix("iteration,z1,"))
        #expect(!run.stderr.contains("symbolic link"))
    }

    @Test func anUnpairedRightToLeftOverrideInTheTitleIsRemoved() throws {
        let workspace = try Workspace(previousSite: false)
        let run = try SpawnedRun.run(
            ["-o", "site", "--iterations", "3", "-q", "--title", "Evil \u{202E}txt.exe and \u{2067}paired\u{2069}"],
            in: workspace.path)
        #expect(run.exitCode == 0, "\(run.summary)")
        let index = try String(contentsOfFile: workspace.at("site/index.html"), encoding: .utf8)
        #expect(!index.contains("\u{202E}"))
        #expect(index.contains("Evil txt.exe and \u{2067}paired\u{2069}"))
    }

    @Test func aCurrentFolderWhosePathIsNotUTF8WritesNothing() throws {
        let workspace = try Workspace(previousSite: false)
        let script = "mkdir \"$(printf 'caf\\351')\" && cd \"$(printf 'caf\\351')\" && exec \"$0\" \"$@\""
        let run = try SpawnedRun.run(
            ["-o", "site", "--iterations", "3"], in: workspace.path, wrapper: ["/bin/sh", "-c", script])
        #expect(run.exitCode == 1, "\(run.summary)")
        #expect(run.stderr.contains("is not UTF-8 text, so nnreport cannot name the paths you gave exactly"))
        // Only the Latin-1 folder itself: no "caf\u{FFFD}" beside it, nothing inside it.
        let names = try FileManager.default.contentsOfDirectory(atPath: workspace.path)
        var info = stat()
        #expect(names.count == 1 && lstat(workspace.at("caf\u{FFFD}"), &info) != 0, "\(names)")
    }

    static func mountTmpfs(_ path: String) -> Bool {
        run("/usr/bin/mount", ["-t", "tmpfs", "-o", "size=4m", "tmpfs", path])
    }

    static func unmount(_ path: String) -> Bool { run("/usr/bin/umount", [path]) }

    private static func run(_ tool: String, _ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
