import Formats
import Training

/// The values of `history/index.html`: the pages with their ranges and what happened on each,
/// and the data files with what each holds.
struct HistoryIndexContext {
    let log: TrainingLog
    /// How the exports are split into files.
    let layout: ExportLayout
    /// The size of each data file written, as the pages show it ("12 MB"), by site path.
    let sizes: [String: String]

    var value: TemplateValue {
        let pages = HistoryPaging.pageCount(log.count)
        let summary = log.summary
        var changesByPage = [Int](repeating: 0, count: pages + 1)
        for k in log.predictionChanges { changesByPage[HistoryPaging.page(holding: k)] += 1 }
        var boundaryByPage = [Int](repeating: 0, count: pages + 1)
        for k in log.nearThresholdIterations { boundaryByPage[HistoryPaging.page(holding: k)] += 1 }
        let rows: [TemplateValue] = (1...pages).map { page in
            let range = HistoryPaging.range(ofPage: page, count: log.count)
            var events: [String] = []
            if changesByPage[page] > 0 {
                events.append("predictions changed in \(Display.count(changesByPage[page], "iteration"))")
            }
            if let converged = summary.allRightFrom, range.contains(converged) {
                events.append("every prediction right from iteration \(Display.count(converged)) on")
            }
            if boundaryByPage[page] > 0 {
                events.append("\(Display.count(boundaryByPage[page], "iteration")) with a sample on the boundary")
            }
            if let diverged = summary.divergedAt, range.contains(diverged) {
                events.append("parameters became non-finite at iteration \(Display.count(diverged))")
            }
            return [
                "href": .string(HistoryPaging.fileName(ofPage: page)),
                "number": .int(page),
                "range": .string("\(Display.count(range.lowerBound))–\(Display.count(range.upperBound))"),
                "errors": .string("\(log.errors(range.lowerBound)) → \(log.errors(range.upperBound))"),
                "events": .string(events.isEmpty ? "no prediction changed" : events.joined(separator: "; ")),
            ]
        }
        func link(_ k: Int?) -> String {
            k.map { HistoryPaging.fileName(ofPage: HistoryPaging.page(holding: $0)) + "#it-\($0)" } ?? ""
        }
        return [
            "history": [
                "intro": .string(
                    "The run has \(Display.count(log.count, "iteration")) on \(Display.count(pages, "page")) of up to "
                        + "\(Display.count(HistoryPaging.perPage)). Each row of a page is one iteration, linkable as "
                        + "page-NNNN.html#it-K."),
                "firstPage": .string(HistoryPaging.fileName(ofPage: 1) + "#it-1"),
                "lastPage": .string(link(log.count)),
                "allRightHref": .string(link(summary.allRightFrom)),
                "allRightFrom": .int(summary.allRightFrom ?? 0),
                "divergedHref": .string(link(summary.divergedAt)),
                "divergedAt": .int(summary.divergedAt ?? 0),
                "caption": .string(
                    "The history pages; misclassified counts are for the first and last iteration of each"),
                "pages": .list(rows),
                "downloads": downloads,
            ]
        ]
    }

    /// The data files: the JSON and the CSV or its parts, each with the iterations it holds.
    private var downloads: TemplateValue {
        let json =
            layout.isSplit
            ? "the settings, the summary and the list of the CSV parts"
            : "every iteration, with the settings and a summary"
        var files: [TemplateValue] = [
            [
                "href": .string("../" + ExportLayout.jsonPath), "path": .string(ExportLayout.jsonPath),
                "text": .string("\(json) (\(sizes[ExportLayout.jsonPath] ?? ""))"),
            ]
        ]
        for part in layout.parts {
            let range = "\(Display.count(part.iterations.lowerBound))–\(Display.count(part.iterations.upperBound))"
            files.append([
                "href": .string("../" + part.path), "path": .string(part.path),
                "text": .string("iterations \(range), every logged value (\(sizes[part.path] ?? ""))"),
            ])
        }
        let intro =
            layout.isSplit
            ? "Every logged value of every iteration, at full precision, is in \(Display.count(layout.parts.count, "CSV file")) "
                + "of up to \(Display.count(layout.rowsPerPart)) iterations each (\(sizes["parts"] ?? "") in all), each "
                + "with the header line; data/history.json lists them with the settings and a summary."
            : "Every logged value of every iteration, at full precision, is in data/history.csv and in "
                + "data/history.json, which adds the settings and a summary."
        return ["intro": .string(intro), "files": .list(files)]
    }
}
