import Charts
import Formats

/// The values of the comparison's index.html: the runs, which is best and why, the table, where
/// runs that differ in one setting part, and the charts.
struct ComparisonIndexContext {
    let input: ComparisonInput
    let links: ComparisonLinks
    /// The best run by `ComparisonRanking`.
    let best: Int?

    /// Pairs listed on the index in "where the runs part"; the pairs page has them all.
    static let partingPairsShown = 24

    var value: TemplateValue {
        let runs = input.runs
        let text = ComparisonText(runs: runs)
        let (headline, detail) = text.best(best)
        let table = RunTable(runs: runs, text: text, links: links, best: best)
        return [
            "title": .string(input.title),
            "intro": .string(text.intro(singleFile: links.singleFile)),
            "best": ["headline": .string(headline), "detail": .string(detail)],
            "outcomes": .list(text.outcomes.map { .string($0) }),
            "table": [
                "intro": .string(
                    "One row per run, in the order declared; the best is marked. All right from: the first "
                        + "iteration from which every prediction stays right to the run's end. "
                        + (links.singleFile
                            ? "(In the site folder the column headers sort the table; this file runs no scripts.) "
                            : "Column headers sort the table when scripts run (click again to reverse); a run with "
                                + "nothing in a column sorts last. ")
                        + (runs.contains { $0.hiddenSizes.isEmpty }
                            ? "W and b are the values after the last update; the losses are those of the last "
                                + "iteration's forward pass."
                            : "The losses are those of the last iteration's forward pass; each run's report lists "
                                + "every layer's weights and biases.")),
                "caption": .string("The \(Display.count(runs.count, "run")) and how each ended"),
                "columns": table.columns,
                "rows": table.rows,
            ],
            "parting": parting(runs),
            "charts": charts(runs),
            "pairsHref": .string(links.page("compare/pairs.html", section: "pairs")),
            "settingsHref": .string(links.page("compare/settings.html", section: "settings")),
            "csvHref": .string(links.singleFile ? "" : links.root + ComparisonGenerator.csvPath),
        ]
    }

    /// "Where the runs part": pairs on the same data differing in one setting, grouped by it.
    private func parting(_ runs: [ComparedRun]) -> TemplateValue {
        let (pairs, total) = RunPairs.neighbours(runs, limit: Self.partingPairsShown)
        let rows = PairRows(runs: runs, links: links)
        var groups: [(name: String, rows: [TemplateValue])] = []
        for pair in pairs {
            let name = pair.differences.first?.name ?? ""
            if let index = groups.firstIndex(where: { $0.name == name }) {
                groups[index].rows.append(rows.row(pair))
            } else {
                groups.append((name, [rows.row(pair)]))
            }
        }
        var intro =
            "Two runs on the same data that differ in one setting only part where that setting first makes "
            + "a difference to a prediction: the first iteration in which their predictions differ, linked "
            + "to that row in each run's history."
        if total == 0 {
            intro +=
                " No two runs here are on the same data and differ in exactly one setting; the pairs page "
                + "compares every pair it lists."
        } else if total > pairs.count {
            intro +=
                " The first \(Display.count(pairs.count)) of \(Display.count(total)) such pairs are below; "
                + "the pairs page lists more."
        }
        return [
            "intro": .string(intro),
            "note": .string(rows.samplesNote(pairs)),
            "groups": .list(
                groups.enumerated().map { index, group in
                    [
                        "name": .string(group.name), "id": .string("part-\(index + 1)"),
                        "caption": .string(
                            "Runs that differ only in \(group.name.prefix(1).lowercased() + group.name.dropFirst())"),
                        "rows": .list(group.rows),
                    ]
                }),
        ]
    }

    /// The figures, in the charts' order.
    private func charts(_ runs: [ComparedRun]) -> TemplateValue {
        var intro: String
        if runs.count <= ComparisonCharts.overlaidRuns {
            intro = "Each chart draws every run in its own colour, named in its legend."
        } else {
            intro =
                "With \(Display.count(runs.count, "run")), more than \(ComparisonCharts.overlaidRuns) colours can tell "
                + "apart, each quantity has a band chart of all runs, then small multiples: a panel per run, "
                + "\(ComparisonCharts.runsPerImage) to an image, every panel on the same axes."
        }
        let features = runs.map(\.trace.featureCount).max() ?? 0
        if features > RunTrace.maximumWeights {
            intro += " The weight charts show w1 to w\(RunTrace.maximumWeights); every weight is in each run's report."
        }
        let figures = input.charts.map { chart -> TemplateValue in
            let text = ComparisonChartText(chart: chart, runs: runs, best: best)
            return [
                "src": .string(links.image(ComparisonChartFile(chart: chart))),
                "width": .int(chart.cssWidth),
                "height": .int(chart.cssHeight),
                "textPixels": .string(Display.short(chart.smallestTextPixels)),
                "alt": .string(text.altText),
                "caption": .string(text.caption),
            ]
        }
        return ["intro": .string(intro), "figures": .list(figures)]
    }
}
