/// Where the pages point for images, data files and other pages: files of the site folder, or
/// everything inlined when the site is one HTML file.
struct SiteLinks: Sendable {
    /// True when the whole site is one HTML file.
    let singleFile: Bool
    /// Image file name → its `src` (a relative path or a data URI); set once the charts are drawn.
    var images: [String: String]
    /// "data/history.csv" and "data/history.json" → their `href`, or nil when not offered.
    let data: [String: String]

    /// False when the single file could not embed the history rows, so iterations link to the note.
    var historyEmbedded = true

    /// True when the rows are in CSV parts (`ExportLayout`), listed on the history's index page.
    var exportsSplit = false

    /// The path from the page being rendered to the site's root folder ("" or "../").
    var root = ""

    /// The `src` of an image of the run, as seen from the current page.
    func image(_ fileName: String) -> String {
        guard let source = images[fileName] else { return "" }
        return singleFile ? source : root + source
    }

    /// The `href` of a data file as seen from the current page, or "" when it is not offered.
    func dataFile(_ path: String) -> String {
        guard let target = data[path] else { return "" }
        return singleFile ? target : root + target
    }

    /// Where a chart's numbers are: the CSV file, the list of its parts on the history's index
    /// page, or in the single file its download link.
    var chartData: String {
        if singleFile { return "#downloads" }
        return root + (exportsSplit ? "history/index.html#downloads" : ExportLayout.csvPath)
    }

    /// The link to iteration `k` on its history page, as seen from the current page.
    func iteration(_ k: Int) -> String {
        guard singleFile else { return root + HistoryPaging.path(ofPageHolding: k) + "#it-\(k)" }
        return historyEmbedded ? "#it-\(k)" : "#history"
    }

}
