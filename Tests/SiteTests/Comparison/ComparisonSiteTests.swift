import Charts
import Foundation
import Testing
import Training

@testable import Site

/// The comparison's pages, generated from real runs: every file is there, every link goes where
/// it says, and every sentence about a run is true of it.
@Suite(.serialized) struct ComparisonSiteTests {
    static let gridRuns = ComparisonMaker.grid.map { ComparisonMaker.run($0) }
    static let gridLogs = ComparisonMaker.grid.map { ComparisonMaker.log($0) }

    @Test func theSiteHasItsPagesDataAssetsAndHostFiles() throws {
        let site = try ComparisonMaker.site(try ComparisonMaker.input(Self.gridRuns, charts: true))
        let expected: Set<String> = [
            "index.html", "compare/pairs.html", "compare/settings.html", "data/runs.csv", "favicon.png", "404.html",
            ".nojekyll", "assets/style.css", "assets/history.js", "assets/compare.js",
            "images/compare-loss.png", "images/compare-errors.png", "images/compare-w1.png", "images/compare-w2.png",
            "images/compare-bias.png",
        ]
        #expect(Set(site.order) == expected)
        let index = site.text("index.html")
        #expect(index.contains("<script src=\"assets/compare.js\"></script>"))
        #expect(!index.contains("history.js"))
        for run in Self.gridRuns {
            #expect(attributeValues("href", in: index).contains("runs/\(run.name)/index.html"), "\(run.name)")
            #expect(
                attributeValues("href", in: site.text("compare/pairs.html")).contains("../runs/\(run.name)/index.html"))
        }
        #expect(attributeValues("src", in: index).filter { $0.hasPrefix("images/compare-") }.count == 5)
    }

    @Test func theBestRunIsTheFirstToHaveEveryPredictionRightForGood() throws {
        let first = Self.gridRuns.indices.min { a, b in
            (Self.gridRuns[a].summary.allRightFrom ?? .max) < (Self.gridRuns[b].summary.allRightFrom ?? .max)
        }
        let best = try #require(ComparisonRanking.best(Self.gridRuns))
        #expect(best == first)
        let index = try ComparisonMaker.site(try ComparisonMaker.input(Self.gridRuns)).text("index.html")
        let name = Self.gridRuns[best].name
        let allRight = try #require(Self.gridRuns[best].summary.allRightFrom)
        #expect(index.contains("Best: \(name).</strong> Every prediction right from iteration \(allRight) on"))
        #expect(
            index.contains(
                "<tr class=\"best\"><th scope=\"row\" data-sort=\"\(name)\"><a href=\"runs/\(name)/index.html\">"))
        // Which runs never got there, said by name.
        let never = Self.gridRuns.filter { $0.summary.allRightFrom == nil }.map(\.name)
        #expect(!never.isEmpty && index.contains("never did: " + never.joined(separator: ", ")))
    }

    @Test func whereRunsPartIsTheFirstRowWherePredictionsDifferLinkedInBothRuns() throws {
        let index = try ComparisonMaker.site(try ComparisonMaker.input(Self.gridRuns)).text("index.html")
        let logs = Self.gridLogs
        var checked = 0
        for i in logs.indices {
            for j in logs.indices where j > i {
                let differing = Self.gridRuns[i].settings.indices.filter {
                    Self.gridRuns[i].settings[$0].text != Self.gridRuns[j].settings[$0].text
                }
                guard differing.count == 1 else { continue }
                let parting = (1...1000).first { k in
                    (0..<4).contains { logs[i].prediction(k, $0) != logs[j].prediction(k, $0) }
                }
                let k = try #require(parting)
                let page = HistoryPaging.path(ofPageHolding: k)
                for run in [Self.gridRuns[i], Self.gridRuns[j]] {
                    #expect(index.contains("href=\"runs/\(run.name)/\(page)#it-\(k)\""), "\(run.name) at \(k)")
                }
                #expect(index.contains("iteration \(k): <a href=\"runs/\(Self.gridRuns[i].name)/\(page)#it-\(k)\""))
                checked += 1
            }
        }
        // 3 pairs differ in the rule alone, 6 in the rate alone.
        #expect(checked == 9)
        #expect(index.contains("<h3 id=\"part-1\">Update rule</h3>") || index.contains(">Learning rate α</h3>"))
    }

    @Test func xorRunsAreNeverSaidToGetEveryPredictionRight() throws {
        let runs = [0.1, 1].map { ComparisonMaker.run(ComparisonMaker.Spec(gate: .xor, rate: $0, rule: .thresholded)) }
        #expect(runs.allSatisfy { $0.summary.allRightFrom == nil })
        let index = try ComparisonMaker.site(try ComparisonMaker.input(runs)).text("index.html")
        #expect(index.contains("No run had every prediction right for good by its last iteration."))
        // The table's header names the column; no sentence or cell claims an iteration for it.
        #expect(!index.contains("right from iteration "))
        #expect(index.contains(">never</td>"))
    }

    @Test func aDivergedRunIsAResultShownAsSuchAndRanksLast() throws {
        let features: [[Double]] = [[0, 0, 1e300, 1e300], [0, 1e300, 0, 1e300]]
        let data = try Dataset(name: "huge inputs", features: features, labels: [0, 1, 1, 0])
        var settings = TrainingSettings.walkthrough
        settings.learningRate = 1e10
        let diverged = Trainer.train(data, settings: settings)
        settings.learningRate = 1e-300
        let calm = Trainer.train(data, settings: settings)
        let runs = [
            ComparedRun(
                name: "wild", title: "wild", settings: SiteMaker.settings(of: diverged), log: diverged,
                trace: RunTrace(diverged, bucket: 1)),
            ComparedRun(
                name: "calm", title: "calm", settings: SiteMaker.settings(of: calm), log: calm,
                trace: RunTrace(calm, bucket: 1)),
        ]
        let k = try #require(diverged.divergedAt)
        #expect(ComparisonRanking.order(runs) == [1, 0])
        let site = try ComparisonMaker.site(try ComparisonMaker.input(runs, charts: true))
        let index = site.text("index.html")
        #expect(
            index.contains(
                "The parameters of 1 run became non-finite (a result, shown as such): wild at iteration \(k)."))
        #expect(index.contains("<a href=\"runs/wild/history/page-0001.html#it-\(k)\">diverged at \(k)</a>"))
        #expect(index.contains("none (diverged)"))
        let csv = site.text("data/runs.csv").split(separator: "\n")
        #expect(csv.count == 3 && csv[1].hasPrefix("wild,"))
    }

    @Test func everyRunIsAllDivergedMeansNoBestRun() throws {
        let features: [[Double]] = [[0, 0, 1e300, 1e300], [0, 1e300, 0, 1e300]]
        let data = try Dataset(name: "huge inputs", features: features, labels: [0, 1, 1, 0])
        var settings = TrainingSettings.walkthrough
        settings.learningRate = 1e10
        let log = Trainer.train(data, settings: settings)
        let run = ComparedRun(
            name: "wild", title: "wild", settings: SiteMaker.settings(of: log), log: log,
            trace: RunTrace(log, bucket: 1))
        #expect(ComparisonRanking.best([run]) == nil)
        #expect(try ComparisonMaker.site(try ComparisonMaker.input([run])).text("index.html").contains("No best run."))
    }

    @Test func theSettingsPageMarksEachValueARunHasOfItsOwn() throws {
        let site = try ComparisonMaker.site(try ComparisonMaker.input(Self.gridRuns))
        let page = site.text("compare/settings.html")
        // Shared: α 0.1 and the thresholded rule. Marked: the other rates (4 runs) and the logistic rule (3 runs).
        #expect(page.components(separatedBy: "<mark>").count - 1 == 7)
        #expect(page.contains("5 of the 6 runs have one or more"))
    }

    @Test func everyPairOfASmallComparisonIsListedWithWhatDiffers() throws {
        let page = try ComparisonMaker.site(try ComparisonMaker.input(Self.gridRuns)).text("compare/pairs.html")
        #expect(page.contains("Every pair of the 6 runs (15 pairs)"))
        #expect(page.components(separatedBy: "<tr><td class=\"text\">").count - 1 == 15)
        #expect(page.contains("Learning rate α: 0.01 → 0.1; Update rule: thresholded → logistic"))
    }

    @Test func theSingleFileHoldsTheComparisonAndEveryRunWithUniqueIds() throws {
        let input = try ComparisonMaker.input(Self.gridRuns, charts: true)
        var sections: [String] = []
        for (spec, log) in zip(ComparisonMaker.grid, Self.gridLogs) {
            var site = SiteMaker.input(iterations: 1000, rule: spec.rule, title: spec.name)
            site.log = log
            let body = try SiteGenerator(input: site, templates: try SiteGenerator.builtInTemplates())
                .singleFileBody(embedHistory: true, withheld: "")
            sections.append(ComparisonGenerator.runSection(name: spec.name, body: body))
        }
        let generator = ComparisonGenerator(input: input, templates: try SiteGenerator.builtInTemplates())
        let html = String(
            decoding: try generator.singleFile(runSections: sections, historyEmbedded: true), as: UTF8.self)
        let ids = Self.values(of: "id", in: html)
        #expect(
            Set(ids).count == ids.count,
            "duplicate ids: \(Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted().prefix(5))"
        )
        let idSet = Set(ids)
        for href in Self.values(of: "href", in: html) {
            if href.hasPrefix("#") {
                #expect(href == "#" || idSet.contains(String(href.dropFirst())), "\(href)")
            } else {
                #expect(href.hasPrefix("data:"), "\(href) leaves the file")
            }
        }
        #expect(Self.values(of: "src", in: html).allSatisfy { $0.hasPrefix("data:") })
        #expect(!html.contains("<script"))
        for run in Self.gridRuns {
            #expect(idSet.contains("run-\(run.name)") && idSet.contains("run-\(run.name)-it-1000"))
        }
        #expect(html.components(separatedBy: "<h1").count - 1 == 1)
    }

    /// The values of attribute `name` in `html`, by a scan of its bytes (a file of several MB).
    static func values(of name: String, in html: String) -> [String] {
        let bytes = Array(html.utf8)
        let marker = Array(" \(name)=\"".utf8)
        var values: [String] = []
        var index = 0
        while index + marker.count <= bytes.count {
            guard bytes[index] == marker[0], bytes[index..<(index + marker.count)].elementsEqual(marker) else {
                index += 1
                continue
            }
            let start = index + marker.count
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\"") { end += 1 }
            values.append(String(decoding: bytes[start..<end], as: UTF8.self))
            index = end
        }
        return values
    }
}
