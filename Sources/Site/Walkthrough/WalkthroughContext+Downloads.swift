import Formats
import Training

// Section 8: where the whole history and the raw log are.
extension WalkthroughContext {
    var downloadsValue: TemplateValue {
        let pages = HistoryPaging.pageCount(log.count)
        let n = dataset.featureCount, logged = log.loggedSampleCount
        var columns =
            "Columns: iteration, z1…z\(logged), s1…s\(logged), yhat1…yhat\(logged), e1…e\(logged), errors, mse, "
        columns +=
            "bce, dw1…dw\(n), db, w1…w\(n), b. Row k is iteration k: its forward pass used the parameters before "
        columns +=
            "the update; w and b are the values after it. Numbers are written in the shortest form that reads back "
        columns += "to the same double."
        if dataset.sampleCount > logged {
            columns +=
                " Per-sample values are kept for the first \(logged) samples; errors and the losses cover all "
                + "\(Display.count(dataset.sampleCount))."
        }
        // One CSV, or its parts listed on the history's index page.
        let layout = ExportLayout(log)
        let split = layout.isSplit && !links.singleFile
        let csv = split ? "" : links.dataFile(ExportLayout.csvPath)
        let json = links.dataFile(ExportLayout.jsonPath)
        let first = layout.parts.first?.path ?? "", last = layout.parts.last?.path ?? ""
        return [
            "intro": .string(
                "Every iteration is logged. The history pages show each one as a table row you can link to; the "
                    + "files hold the same numbers for your own tools."),
            "historyHref": .string(links.singleFile ? "#history" : links.root + "history/index.html"),
            "historyText": .string(
                links.singleFile
                    ? "the table at the end of this file"
                    : "\(Display.count(pages, "page")) of up to \(Display.count(HistoryPaging.perPage)) iterations, "
                        + "each row linkable as page-NNNN.html#it-K."),
            "inline": .bool(links.singleFile),
            "csvHref": .string(csv),
            "csvSize": .string(dataSizes[ExportLayout.csvPath] ?? ""),
            "partsHref": .string(split ? links.root + "history/index.html#downloads" : ""),
            "partsText": .string(
                split
                    ? "every iteration, every logged value, in \(Display.count(layout.parts.count, "CSV file")) of up to "
                        + "\(Display.count(layout.rowsPerPart)) iterations (\(first) to \(last), \(dataSizes["parts"] ?? "") "
                        + "in all), each with its header line, so that no file is too large for a static host." : ""),
            "jsonHref": .string(json),
            "jsonText": .string(
                split
                    ? "the settings, a summary and the list of the CSV files"
                    : "the same, plus the settings and a summary"),
            "jsonSize": .string(dataSizes[ExportLayout.jsonPath] ?? ""),
            "columnsNote": .string(columns),
            "missingNote": .string(
                csv.isEmpty && !split
                    ? "The data files are too large to embed in one HTML file; generate the site folder to get them."
                    : ""),
        ]
    }
}
