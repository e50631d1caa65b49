import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// SIGKILL at any instant of a run that replaces a report holding the user's files: the next run
/// puts every user file back, removes what the killed run left, says so, and writes its site.
/// Debug builds stop at named steps (`NNREPORT_KILL_AT`); the random rounds kill at any time.
@Suite struct KillTests {
    /// The steps of a run, in order: the journal written, files of the new site made, the user's
    /// entries carried one by one into it, the swap, the old site's entries removed.
    static let points = [
        "journal", "file:1", "file:12", "carry:1", "carry:40", "carry:81", "exchange", "exchanged", "removing:1",
        "removing:5", "removed",
    ]
    static let randomRounds = Int(ProcessInfo.processInfo.environment["NNREPORT_SOAK_ROUNDS"] ?? "") ?? 6

    /// A previous report with 80 notes at the top, `.git`, notes inside `history/`, and a file
    /// whose name is Latin-1 bytes.
    static func userWorkspace() throws -> (Workspace, [String: Data]) {
        let workspace = try Workspace()
        let site = try workspace.snapshot()
        for note in 0..<80 { try workspace.apply(.text("site/note-\(note).txt", "note \(note)")) }
        try workspace.apply(.text("site/.git/HEAD", "ref: refs/heads/gh-pages\n"))
        try workspace.apply(.text("site/history/my-notes.md", "mine"))
        let name = Array(workspace.at("site/caf").utf8) + [0xE9] + Array(".txt".utf8)
        let file = open(name.map { CChar(bitPattern: $0) } + [0], O_WRONLY | O_CREAT, 0o644)
        _ = write(file, "latin", 5)
        close(file)
        let user = try workspace.snapshot().filter { site[$0.key] == nil }
        return (workspace, user)
    }

    /// The second run after a kill: exit 0, the note when there was something to recover, every
    /// user file as it was (the Latin-1 one too), a whole site, nothing left beside it.
    static func checkRecovered(_ workspace: Workspace, _ user: [String: Data], _ label: String) throws {
        let next = try SpawnedRun.run(["-o", "site", "--iterations", "3000"], in: workspace.path)
        #expect(next.exitCode == 0, "\(label): \(next.summary)")
        let after = try workspace.snapshot()
        for (path, bytes) in user { #expect(after[path] == bytes, "\(label): \(path) lost or changed") }
        let latin1 = try FileManager.default.contentsOfDirectory(atPath: workspace.at("site")).filter {
            $0.hasPrefix("caf") && $0.hasSuffix(".txt")
        }
        #expect(latin1.count == 1, "\(label): the Latin-1 file is gone")
        #expect(SiteCheck.problems(at: workspace.at("site")) == [], "\(label)")
        #expect(after.keys.filter { $0.hasPrefix("site/history/page-") }.count == 3, "\(label)")
        #expect(workspace.leftovers().isEmpty, "\(label): \(workspace.leftovers())")
    }

    @Test(arguments: points)
    func killedAtAStep(_ point: String) throws {
        let (workspace, user) = try Self.userWorkspace()
        let killed = try SpawnedRun.run(
            ["-o", "site", "--iterations", "2000", "-q"], in: workspace.path, environment: ["NNREPORT_KILL_AT": point])
        #expect(killed.signal == SIGKILL, "\(point): \(killed.summary)")
        let next = try SpawnedRun.run(["-o", "site", "--iterations", "3000", "-q"], in: workspace.path)
        #expect(next.stderr.contains("was killed before it finished"), "\(point): \(next.summary)")
        if point.hasPrefix("carry") {
            let count = Int(point.split(separator: ":")[1]) ?? 0
            #expect(next.stderr.contains("put back \(count) of your files or folders"), "\(point): \(next.stderr)")
        }
        try Self.checkRecovered(workspace, user, point)
    }

    @Test func killedAtRandomInstants() throws {
        var killedMidway = 0
        for round in 1...Self.randomRounds {
            let (workspace, user) = try Self.userWorkspace()
            // Once the temporary folder exists (the journal is written before it), a random time
            // later: while the site is written, carried over, swapped, or after the run ended.
            let delay = useconds_t.random(in: 0...900_000)
            let killed = try SpawnedRun.run(["-o", "site", "--iterations", "5000", "-q"], in: workspace.path) {
                pid in
                _ = InterruptTests.waitForTemporaryFile("", in: workspace.path, seconds: 30)
                usleep(delay)
                kill(pid, SIGKILL)
            }
            if killed.signal == SIGKILL { killedMidway += 1 }
            try Self.checkRecovered(workspace, user, "round \(round), kill after \(delay / 1000) ms")
        }
        print("KillTests: \(Self.randomRounds) random rounds, \(killedMidway) killed before they finished")
    }
}
