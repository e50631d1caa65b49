import Formats
import Training

/// The values of `history/index.html`: the pages with their ranges and what happened on each.
struct HistoryIndexContext {
    let log: TrainingLog

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
            ]
        ]
    }
}
