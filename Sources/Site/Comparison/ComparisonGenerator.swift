import Charts
import Formats
import Foundation
import Training

/// Builds the comparison's own files: the index (the table of runs, the best, where runs part,
/// the charts), the pairs and settings pages, the charts' images, data/runs.csv, the assets and
/// the conventions of static hosts. Each run's report is written beside them, into runs/<name>/,
/// by `SiteGenerator`.
public struct ComparisonGenerator {
    public let input: ComparisonInput
    public let templates: TemplateLibrary

    /// The comparison's templates rendered as pages or files.
    static let pageTemplates = ["compare/index", "compare/pairs", "compare/settings", "compare/404", "compare/sort.js"]
    /// The table of runs as CSV.
    static let csvPath = "data/runs.csv"

    public init(input: ComparisonInput, templates: TemplateLibrary) {
        self.input = input
        self.templates = templates
    }

    /// The best run by `ComparisonRanking`, marked in the table and picked out in band charts.
    public var best: Int? { ComparisonRanking.best(input.runs) }

    /// Writes the comparison's files into `destination`; returns the paths written, in order.
    @discardableResult
    public func writeSite(to destination: some SiteDestination) throws -> [String] {
        var written: [String] = []
        func emit(_ path: String, _ bytes: [UInt8]) throws {
            written.append(path)
            try destination.file(path, bytes: bytes)
        }
        for chart in input.charts { try emit(ComparisonChartFile(chart: chart).path, chart.bytes) }
        try emit(Self.csvPath, Array(ComparisonCSV(runs: input.runs).text.utf8))
        try emit("favicon.png", input.favicon)
        for asset in templates.assetPaths { try emit(asset, Array((templates.asset(asset) ?? "").utf8)) }
        if templates.asset(ComparisonPageRenderer.scriptPath) == nil {
            try emit(ComparisonPageRenderer.scriptPath, Array(try templates.render("compare/sort.js", [:]).utf8))
        }
        let renderer = ComparisonPageRenderer(
            templates: templates, policy: ContentSecurityPolicy.site, inlineStyle: "", favicon: "favicon.png",
            singleFile: false, baseURL: input.baseURL, runCount: input.runs.count)
        let description = pageDescription
        let index = try renderer.render(
            "compare/index",
            ComparisonIndexContext(input: input, links: ComparisonLinks(singleFile: false), best: best).value,
            .init(
                path: "index.html", title: input.title, description: description, section: "comparison", wide: true,
                script: true))
        try emit("index.html", Array(index.utf8))
        var nested = ComparisonLinks(singleFile: false)
        nested.root = "../"
        let pairs = try renderer.render(
            "compare/pairs", ComparisonPairsContext(input: input, links: nested).value,
            .init(
                path: "compare/pairs.html", title: "Pairs of runs · \(input.title)", description: description,
                section: "pairs", wide: true))
        try emit("compare/pairs.html", Array(pairs.utf8))
        let settings = try renderer.render(
            "compare/settings", ComparisonSettingsContext(input: input, links: nested).value,
            .init(
                path: "compare/settings.html", title: "Settings of every run · \(input.title)",
                description: description, section: "settings", wide: true))
        try emit("compare/settings.html", Array(settings.utf8))
        try emit("404.html", Array(try notFoundPage().utf8))
        try emit(".nojekyll", [])
        if let baseURL = input.baseURL {
            let pages =
                written.filter { $0.hasSuffix(".html") && $0 != "404.html" }
                + input.runs.map { $0.folder + "index.html" }
            try emit("sitemap.xml", Array(Sitemap.xml(baseURL: baseURL, pages: pages).utf8))
        }
        return written
    }

    /// One sentence describing the comparison, for search results and link previews.
    var pageDescription: String {
        "A comparison of \(Display.count(input.runs.count, "training run")) of "
            + ComparisonText(runs: input.runs).network + ": which got every "
            + "prediction right first, where the runs part, and each run's own report."
    }

    /// 404.html, as a single report's: with the site's URL known its links are absolute; without
    /// it the page carries its own style and icon and links relative to the missing address's folder.
    private func notFoundPage() throws(TemplateError) -> String {
        let style = input.baseURL == nil ? templates.asset("assets/style.css") ?? "" : ""
        let renderer = ComparisonPageRenderer(
            templates: templates,
            policy: style.isEmpty ? ContentSecurityPolicy.site : ContentSecurityPolicy.singleFile(inlineStyle: style),
            inlineStyle: style,
            favicon: style.isEmpty
                ? "favicon.png" : "data:image/png;base64," + Data(input.favicon).base64EncodedString(),
            singleFile: false, baseURL: input.baseURL, runCount: input.runs.count)
        return try renderer.render(
            "compare/404", [:],
            .init(
                path: "404.html", title: "Page not found · \(input.title)", description: pageDescription, section: "",
                root: input.baseURL ?? ""))
    }
}
