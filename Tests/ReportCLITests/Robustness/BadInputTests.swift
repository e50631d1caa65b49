import Foundation
import TestSupport
import Testing

/// The catalogue of bad inputs, run through the built binary: each gives its message
/// naming what and where, a non-zero exit (not a signal), bounded memory, and leaves every byte
/// on disk as it was, the previous report included.
@Suite struct BadInputTests {
    @Test(arguments: BadInput.all)
    func isRefusedAndLosesNothing(_ input: BadInput) throws {
        let workspace = try Workspace()
        for step in input.steps { try workspace.apply(step) }
        let before = try workspace.snapshot()
        // Generous: the cases that run into the render cap take 10 million steps, about 12 s in a
        // debug build alone and several times that beside the rest of the suite on two cores. The
        // timeout only catches a hang.
        let run = try SpawnedRun.run(input.runArguments, in: workspace.path, timeout: 300)

        #expect(run.signal == nil && !run.timedOut, "ended by a signal: \(run.summary)")
        #expect(run.exitCode == input.status, "\(run.summary)")
        let message = Self.errorMessage(in: run.stderr)
        #expect(message != nil, "no error message after the progress lines: \(run.summary)")
        for fragment in input.fragments {
            #expect(message?.contains(fragment) == true, "missing \"\(fragment)\" in: \(run.stderr.prefix(600))")
        }
        // One or two sentences and perhaps the quoted line: never a dump. A path is named whole.
        let paths = input.runArguments.filter { $0.contains("/") }.map(\.count).reduce(0, +)
        #expect((message?.count ?? 0) < 1_500 + paths, "\(message?.count ?? 0) characters of error")
        #expect(run.stdout.isEmpty)
        #expect(run.peakMemoryKB < input.memoryLimitKB, "peak memory \(run.peakMemoryKB) kB")
        let after = try workspace.snapshot()
        for key in Set(before.keys).union(after.keys).sorted() where after[key] != before[key] {
            Issue.record("\(key) was \(before[key] == nil ? "added" : after[key] == nil ? "removed" : "changed")")
        }
        #expect(workspace.leftovers().isEmpty, "\(workspace.leftovers())")
    }

    /// The error at the end of standard error; only progress lines ("Training…", "Trained…",
    /// "Drew…") and notes about extra template files may come before it.
    static func errorMessage(in stderr: String) -> String? {
        guard let start = stderr.range(of: "nnreport: error: ") else { return nil }
        let progress = stderr[..<start.lowerBound].split(separator: "\n")
        let lead = ["Training ", "Trained ", "Drawing ", "Drew ", "Writing ", "note: "]
        guard progress.allSatisfy({ line in lead.contains { line.hasPrefix($0) } }) else { return nil }
        return String(stderr[start.lowerBound...])
    }

    @Test func theCatalogueNamesEveryCaseOnce() {
        let names = BadInput.all.map(\.name)
        let repeated = Dictionary(grouping: names, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        #expect(repeated.isEmpty, "\(repeated)")
        #expect(names.count >= 100)
    }
}
