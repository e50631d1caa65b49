import Formats
import Training

/// The values of one history page: its range of iterations, navigation and the rows.
struct HistoryPageContext {
    let log: TrainingLog
    let page: Int
    /// The rows' HTML, or a marker the caller replaces with them.
    let rows: String
    /// Where the exports hold the rows.
    let layout: ExportLayout
    /// Whether dW and W have a column per feature.
    let listsFeatures: Bool

    var value: TemplateValue {
        let pages = HistoryPaging.pageCount(log.count)
        let range = HistoryPaging.range(ofPage: page, count: log.count)
        let nearby = Set([1, pages] + Array(max(1, page - 2)...min(pages, page + 2))).sorted()
        return [
            "page": [
                "first": .int(range.lowerBound),
                "last": .int(range.upperBound),
                "total": .int(log.count),
                "perPage": .int(HistoryPaging.perPage),
                "intro": .string(intro(range)),
                "caption": .string(
                    "Iterations \(Display.count(range.lowerBound)) to \(Display.count(range.upperBound)). W and b are "
                        + "the values after each iteration's update; rows where a prediction changed are highlighted."
                        + (log.hasHiddenLayers
                            ? " The dW, db, w and b columns are the output layer's; each row's exact details list every "
                                + "hidden layer's." : "")),
                "featureNames": .list(listsFeatures ? Self.parameterColumns(of: log).map { .string($0) } : []),
                "exports": .list(
                    layout.parts(holding: range).enumerated().map { index, part in
                        [
                            "separator": .string(index == 0 ? "" : ", "),
                            "href": .string("../" + part.path), "path": .string(part.path),
                            "range": .string(
                                "\(Display.count(part.iterations.lowerBound))–\(Display.count(part.iterations.upperBound))"
                            ),
                        ]
                    }),
                "rows": .string(rows),
                // Two pagers, two landmarks: each needs its own name.
                "topPager": ["label": "History pages"],
                "bottomPager": ["label": "History pages, at the end of the table"],
                "previous": .string(page > 1 ? HistoryPaging.fileName(ofPage: page - 1) : ""),
                "next": .string(page < pages ? HistoryPaging.fileName(ofPage: page + 1) : ""),
                "nearby": .list(
                    nearby.map {
                        [
                            "label": .string(Display.count($0)), "href": .string(HistoryPaging.fileName(ofPage: $0)),
                            "current": .bool($0 == page),
                        ]
                    }),
            ]
        ]
    }

    /// The names in the dW and w column headers: the features, or with hidden layers the last
    /// hidden layer's units, the output layer's inputs ("a⁽¹⁾ unit 1").
    static func parameterColumns(of log: TrainingLog) -> [String] {
        guard let last = log.hiddenLayout.layers.last else { return log.dataset.featureNames }
        let l = log.hiddenLayout.layers.count
        return (1...last.units).map { "unit \($0) of layer \(l)" }
    }

    private func intro(_ range: ClosedRange<Int>) -> String {
        var text =
            "Every iteration of this run is one row, linkable as #it-K, its numbers at six significant digits. "
            + "A row's “exact” details hold the same numbers in full; the CSV holds every logged value of every "
            + "row, the forward pass of each sample (z, s = σ(z) and e) included."
        if !listsFeatures {
            text +=
                " With \(log.hasHiddenLayers ? Display.count(log.weightCount, "weight") + " in the output layer" : Display.count(log.featureCount, "feature")), dW and W are in the details (the first "
                + "\(HistoryRowWriter.detailedFeatures)) and in the CSV (all)."
        }
        let summary = log.summary
        if let converged = summary.allRightFrom, range.contains(converged) {
            text += " From iteration \(Display.count(converged)), on this page, every prediction is right to the end."
        }
        if let diverged = summary.divergedAt, range.contains(diverged) {
            text +=
                " The parameters became non-finite at iteration \(Display.count(diverged)), on this page; training stopped there."
        }
        return text
    }
}
