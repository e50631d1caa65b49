import Foundation
import TestSupport
import Testing

/// `nnreport compare` run for real: the grid of the issue, each run's report as a single run
/// writes it, byte-identical rebuilds, the whole site swapped in only when complete.
@Suite(.serialized) struct CompareEndToEndTests {
    /// The grid of the issue, at 300 iterations (every run that gets all predictions right does by 193).
    static let grid = [
        "compare", "--vary", "learning-rate=0.01,0.1,1", "--vary", "rule=thresholded,logistic", "--iterations", "300",
    ]
    static let names = ["0.01", "0.1", "1"].flatMap { rate in
        ["thresholded", "logistic"].map { "learning-rate-\(rate)_rule-\($0)" }
    }

    @Test func theGridWritesEveryRunAndTheComparisonWithALinePerRun() throws {
        let folder = try TemporaryFolder()
        let run = try SpawnedRun.run(Self.grid + ["-o", "grid"], in: folder.path, timeout: 300)
        #expect(run.exitCode == 0, "\(run.summary)")
        let lines = run.stderr.split(separator: "\n")
        // Standard error is a file here: one line per finished run, whatever order they finish in.
        let runLines = lines.filter { $0.hasPrefix("Run ") }
        #expect(runLines.count == 6)
        for (index, line) in runLines.enumerated() { #expect(line.hasPrefix("Run \(index + 1) of 6, ")) }
        for name in Self.names {
            #expect(runLines.contains { $0.contains(", \(name): ") }, "\(name)")
            #expect(
                folder.read("grid/runs/\(name)/index.html")?.contains("href=\"../../index.html\">All 6 runs</a>")
                    == true)
            #expect(folder.read("grid/runs/\(name)/data/history.csv")?.split(separator: "\n").count == 301)
        }
        let index = try #require(folder.read("grid/index.html"))
        #expect(index.contains("<h1>Comparing 6 runs of a sigmoid neuron on the AND gate</h1>"))
        #expect(
            index.contains(
                "Best: learning-rate-1_rule-thresholded.</strong> Every prediction right from iteration 7 on"))
        let manifest = try #require(folder.read("grid/.nnreport-manifest"))
        #expect(manifest.contains(" runs/learning-rate-1_rule-logistic/history/page-0001.html\n"))
        #expect(!manifest.contains("runs/learning-rate-1_rule-logistic/.nojekyll"))
    }

    @Test func eachRunsReportIsWhatASingleRunWritesWithALinkBackUp() throws {
        let folder = try TemporaryFolder()
        let compare = try SpawnedRun.run(
            ["compare", "--vary", "rule=thresholded,logistic", "--learning-rate", "0.5", "-q", "-o", "cmp"],
            in: folder.path, timeout: 300)
        #expect(compare.exitCode == 0, "\(compare.summary)")
        let single = try SpawnedRun.run(
            [
                "--rule", "logistic", "--learning-rate", "0.5", "-q", "-o", "one", "--title",
                "Run rule-logistic: Training a sigmoid neuron on the AND gate",
            ], in: folder.path)
        #expect(single.exitCode == 0, "\(single.summary)")
        let run = try folder.snapshot("cmp/runs/rule-logistic")
        var alone = try folder.snapshot("one")
        alone[".nnreport-manifest"] = nil
        alone[".nojekyll"] = nil
        #expect(Set(run.keys) == Set(alone.keys))
        for (path, bytes) in alone {
            guard let ours = run[path] else { continue }
            guard path.hasSuffix(".html") else {
                #expect(ours == bytes, "\(path) differs")
                continue
            }
            // The one difference: the first entry of every page's navigation leads back up.
            let back = String(decoding: ours, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.contains(">All 2 runs</a></li>") }
            let plain = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            #expect(back == plain, "\(path) differs beyond the link back up")
        }
    }

    @Test func theSameSettingsGiveByteIdenticalSites() throws {
        let folder = try TemporaryFolder()
        for output in ["a", "b"] {
            let run = try SpawnedRun.run(
                ["compare", "--vary", "learning-rate=0.1,1", "--iterations", "300", "-q", "-o", output], in: folder.path
            )
            #expect(run.exitCode == 0, "\(run.summary)")
        }
        let (a, b) = (try folder.snapshot("a"), try folder.snapshot("b"))
        #expect(a.count > 30)
        #expect(a == b)
    }

    @Test func aFailureLeavesThePreviousSiteAsItWas() throws {
        let folder = try TemporaryFolder()
        let first = try SpawnedRun.run(
            ["compare", "--vary", "rule=thresholded,logistic", "--iterations", "50", "-q", "-o", "site"],
            in: folder.path)
        #expect(first.exitCode == 0, "\(first.summary)")
        let before = try folder.snapshot("site")
        // Every run's report is written, then the comparison's own page fails to render.
        try folder.write("{{nothing}}\n", to: "mine/compare/index.mustache")
        let failed = try SpawnedRun.run(
            ["compare", "--vary", "learning-rate=0.1,1,2", "-q", "-o", "site", "--templates", "mine"], in: folder.path)
        #expect(failed.exitCode == 1, "\(failed.summary)")
        #expect(failed.stderr.contains("nothing"), "\(failed.stderr)")
        #expect(try folder.snapshot("site") == before)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
        #expect(left.isEmpty, "\(left)")
    }

    @Test func aRunThatDivergesIsAResult() throws {
        let folder = try TemporaryFolder()
        try folder.write("a,b,label\n0,0,0\n0,1e300,1\n1e300,0,1\n1e300,1e300,0\n", to: "huge.csv")
        let run = try SpawnedRun.run(
            ["compare", "--dataset", "huge.csv", "--vary", "learning-rate=1e-300,1e10", "-q", "-o", "site"],
            in: folder.path)
        #expect(run.exitCode == 0, "\(run.summary)")
        let index = try #require(folder.read("site/index.html"))
        #expect(index.contains("became non-finite (a result, shown as such): learning-rate-1e10 at iteration 1."))
        #expect(index.contains("Best: learning-rate-1e-300."))
    }

    @Test func aSingleFileHoldsTheComparisonAndEveryRun() throws {
        let folder = try TemporaryFolder()
        let run = try SpawnedRun.run(
            Self.grid + ["--single-file", "-q", "-o", "grid.html"], in: folder.path, timeout: 300)
        #expect(run.exitCode == 0, "\(run.summary)")
        let html = try #require(folder.read("grid.html"))
        for name in Self.names {
            #expect(html.contains("<section class=\"run-report\" id=\"run-\(name)\""))
            #expect(html.contains("id=\"run-\(name)-it-300\""), "history rows of \(name)")
        }
        #expect(!html.contains("src=\"images/") && !html.contains("<script"))
        #expect(!FileManager.default.fileExists(atPath: folder.at("runs")))
    }
}
