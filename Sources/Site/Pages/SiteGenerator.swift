import Charts
import Foundation
import Training

/// Builds every file of the site for a run (SPEC §5): the walkthrough, the history pages, the
/// charts, the data exports and the conventions of static hosts.
public struct SiteGenerator {
    public let input: SiteInput
    public let templates: TemplateLibrary

    public init(input: SiteInput, templates: TemplateLibrary) {
        self.input = input
        self.templates = templates
    }

    /// The built-in templates, embedded in the binary from `templates/`.
    public static func builtInTemplates() throws(TemplateError) -> TemplateLibrary {
        try TemplateLibrary(files: embeddedTemplateFiles, origin: "templates")
    }

    /// Writes the site folder's files into `destination`; returns the paths written, in order.
    @discardableResult
    public func writeSite(to destination: some SiteDestination) throws -> [String] {
        var written: [String] = []
        func emit(_ path: String, _ produce: (any ByteSink) throws -> Void) throws -> Int {
            written.append(path)
            return try destination.file(path, produce)
        }
        let log = input.log
        var sizes: [String: String] = [:]
        sizes["data/history.csv"] = Display.bytes(try emit("data/history.csv") { try HistoryCSV.write(log, to: $0) })
        sizes["data/history.json"] = Display.bytes(
            try emit("data/history.json") { try HistoryJSON.write(log, title: input.title, to: $0) })
        for chart in input.charts {
            _ = try emit("images/" + chart.fileName) { try $0.write(chart.bytes) }
        }
        _ = try emit("favicon.png") { try $0.write(input.favicon) }
        for asset in templates.assetPaths {
            let text = templates.asset(asset) ?? ""
            _ = try emit(asset) { try $0.write(text) }
        }

        let renderer = PageRenderer(
            templates: templates, input: input, policy: ContentSecurityPolicy.site, inlineStyle: "",
            favicon: "favicon.png", singleFile: false)
        let links = SiteLinks(
            singleFile: false,
            images: Dictionary(uniqueKeysWithValues: input.charts.map { ($0.fileName, "images/" + $0.fileName) }),
            data: ["data/history.csv": "data/history.csv", "data/history.json": "data/history.json"])
        let rows = HistoryRowWriter(log: log)
        for page in 1...HistoryPaging.pageCount(log.count) {
            let range = HistoryPaging.range(ofPage: page, count: log.count)
            var rowBytes: [UInt8] = []
            rowBytes.reserveCapacity(range.count * 900)
            rows.write(range, to: &rowBytes)
            let html = try renderer.render(
                "history/page", HistoryPageContext(log: log, page: page, rows: rowBytes).value,
                .init(
                    path: "history/" + HistoryPaging.fileName(ofPage: page),
                    title:
                        "Iterations \(Display.count(range.lowerBound))–\(Display.count(range.upperBound)) · \(input.title)",
                    description:
                        "Iterations \(range.lowerBound) to \(range.upperBound) of the training run, one row each.",
                    section: "history", wide: true, script: true))
            _ = try emit("history/" + HistoryPaging.fileName(ofPage: page)) { try $0.write(html) }
        }
        let historyIndex = try renderer.render(
            "history/index", HistoryIndexContext(log: log).value,
            .init(
                path: "history/index.html", title: "Training history · \(input.title)",
                description: "Every iteration of the training run, \(HistoryPaging.perPage) to a page.",
                section: "history"))
        _ = try emit("history/index.html") { try $0.write(historyIndex) }

        let walkthrough = WalkthroughContext(input: input, links: links, dataSizes: sizes)
        let index = try renderer.render(
            "index", walkthrough.value,
            .init(path: "index.html", title: input.title, description: pageDescription, section: "walkthrough"))
        _ = try emit("index.html") { try $0.write(index) }

        let notFound = try notFoundPage()
        _ = try emit("404.html") { try $0.write(notFound) }
        _ = try emit(".nojekyll") { _ in }
        if let baseURL = input.baseURL {
            let sitemap = Sitemap.xml(
                baseURL: baseURL, pages: written.filter { $0.hasSuffix(".html") && $0 != "404.html" })
            _ = try emit("sitemap.xml") { try $0.write(sitemap) }
        }
        return written
    }

    /// One sentence describing the run, for search results and link previews.
    var pageDescription: String {
        let summary = input.log.summary
        var text = "A sigmoid neuron trained on \(input.log.dataset.name) for \(input.log.count) iterations"
        if let converged = summary.convergedAt { text += ", converging at iteration \(converged)" }
        return text + ": forward propagation and backpropagation with the run's own numbers."
    }

    /// 404.html: served by hosts at any depth, so its links are absolute when the site URL is known.
    private func notFoundPage() throws(TemplateError) -> String {
        let root = input.baseURL ?? ""
        let renderer = PageRenderer(
            templates: templates, input: input, policy: ContentSecurityPolicy.site, inlineStyle: "",
            favicon: "favicon.png", singleFile: false)
        return try renderer.render(
            "404", ["perPage": .string(Display.count(HistoryPaging.perPage))],
            .init(
                path: "404.html", title: "Page not found · \(input.title)", description: pageDescription, section: "",
                root: root))
    }
}
