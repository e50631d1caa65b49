/// Where the comparison's pages point: into each run's report (its own folder, or its section
/// of the single file) and to the comparison's own pages.
struct ComparisonLinks: Sendable {
    /// True when the comparison and every run are one HTML file.
    let singleFile: Bool
    /// In the single file: whether the runs' history rows are in it.
    var historyEmbedded = true
    /// The path from the page being rendered to the site's root ("" or "../").
    var root = ""

    /// The id prefix of a run's section in the single file.
    static func sectionPrefix(_ name: String) -> String { "run-\(name)-" }

    /// The run's report (its walkthrough).
    func run(_ name: String) -> String {
        singleFile ? "#run-\(name)" : root + ComparedRun.folder(of: name) + "index.html"
    }

    /// The row of iteration `k` in the run's history.
    func iteration(_ k: Int, of name: String) -> String {
        guard singleFile else {
            return root + ComparedRun.folder(of: name) + HistoryPaging.path(ofPageHolding: k) + "#it-\(k)"
        }
        return "#" + Self.sectionPrefix(name) + (historyEmbedded ? "it-\(k)" : "history")
    }

    /// One of the comparison's own pages, by its path from the root ("compare/pairs.html").
    func page(_ path: String, section: String) -> String {
        singleFile ? "#" + section : root + path
    }

    /// An image of the comparison charts (a file, or in the single file its data URI).
    func image(_ chart: ComparisonChartFile) -> String {
        singleFile ? chart.dataURI : root + chart.path
    }
}
