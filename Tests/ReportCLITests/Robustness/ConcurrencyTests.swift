import Dispatch
import Foundation
import Synchronization
import TestSupport
import Testing

/// Several nnreport runs on one report folder at once: they take turns (the lock), so every
/// interleaving ends with one run's whole site, every user file kept, nothing left beside it.
/// `NNREPORT_SOAK_ROUNDS` sets the rounds (`make soak`).
@Suite struct ConcurrencyTests {
    static let rounds = Int(ProcessInfo.processInfo.environment["NNREPORT_SOAK_ROUNDS"] ?? "") ?? 4

    @Test func threeRunsAtOnceLoseNothingAndMixNothing() throws {
        var waited = 0
        for round in 1...Self.rounds {
            let workspace = try Workspace()
            for note in 0..<300 {
                try workspace.apply(.text("site/notes/n\(note).txt", "note \(note) of round \(round)"))
            }
            try workspace.apply(.text("site/CNAME", "example.org"))
            let notesBefore = try workspace.snapshot().filter {
                $0.key.hasPrefix("site/notes") || $0.key == "site/CNAME"
            }
            // Different titles and lengths: 2, 3 and 5 history pages, so a mixed site shows.
            let runs = Mutex<[SpawnedRun?]>([nil, nil, nil])
            let folder = workspace.path
            DispatchQueue.concurrentPerform(iterations: 3) { index in
                let arguments = [
                    "-o", "site", "--title", "Run \(index)", "--iterations", "\([2000, 3000, 5000][index])",
                ]
                let run = try? SpawnedRun.run(arguments, in: folder, timeout: 120)
                runs.withLock { $0[index] = run }
            }
            for (index, run) in runs.withLock({ $0 }).enumerated() {
                #expect(run?.exitCode == 0, "round \(round) run \(index): \(run?.summary ?? "not started")")
                if run?.stderr.contains("waiting for another nnreport run writing") == true { waited += 1 }
            }
            let after = try workspace.snapshot()
            for (path, bytes) in notesBefore {
                #expect(after[path] == bytes, "round \(round): \(path) lost or changed")
            }
            #expect(SiteCheck.problems(at: workspace.at("site")) == [], "round \(round)")
            let title = SiteCheck.title(of: workspace.at("site/index.html"))
            let pages = after.keys.filter { $0.hasPrefix("site/history/page-") }
            for page in pages {
                #expect(
                    SiteCheck.title(of: workspace.at(page))?.hasSuffix(title ?? "?") == true, "round \(round): \(page)")
            }
            let expectedPages = ["Run 0": 2, "Run 1": 3, "Run 2": 5][title ?? ""]
            #expect(pages.count == expectedPages, "round \(round): \(title ?? "no title"), \(pages.count) pages")
            #expect(workspace.leftovers().isEmpty, "round \(round): \(workspace.leftovers())")
        }
        // Informational: how often a run found another at work and waited for it.
        print("ConcurrencyTests: \(Self.rounds) rounds of 3 runs, \(waited) runs waited for another")
    }

    /// A run that finds the destination's lock held waits, says so, and touches nothing until
    /// the holder lets go; then it writes its site.
    @Test func aRunWaitsForTheLockHolder() throws {
        let workspace = try Workspace()
        let lockPath = workspace.at(".site.nnreport-lock")
        let holder = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        #expect(holder >= 0 && flock(holder, LOCK_EX) == 0)
        let before = try workspace.snapshot()
        var whileHeld: [String: Data] = [:]
        var stderrWhileHeld = ""
        let run = try SpawnedRun.run(["-o", "site", "--iterations", "2000"], in: workspace.path) { pid in
            let errors = "/proc/\(pid)/fd/2"
            for _ in 0..<500 {
                stderrWhileHeld = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
                if stderrWhileHeld.contains("waiting for another nnreport run writing") { break }
                usleep(10_000)
            }
            usleep(300_000)
            whileHeld = (try? workspace.snapshot()) ?? [:]
            close(holder)
        }
        #expect(stderrWhileHeld.contains("waiting for another nnreport run writing \(workspace.at("site"))…"))
        #expect(whileHeld == before, "the run wrote while another held the lock")
        #expect(run.exitCode == 0, "\(run.summary)")
        #expect(SiteCheck.problems(at: workspace.at("site")) == [])
        #expect(workspace.leftovers().isEmpty, "\(workspace.leftovers())")
    }
}
