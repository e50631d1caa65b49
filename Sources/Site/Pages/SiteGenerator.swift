import Charts
import Formats
import Foundation
import Training

/// Builds every file of the site for a run: the walkthrough, the history pages, the
/// charts, the data exports and the conventions of static hosts.
public struct SiteGenerator {
    public let input: SiteInput
    public let templates: TemplateLibrary

    /// The templates rendered as pages (the layout around each); partials are what these include.
    static let pageTemplates = ["layout", "index", "404", "history/index", "history/page", "single"]

    /// History pages rendered at once before they are written: enough to keep both cores busy,
    /// few enough that memory stays at a few megabytes.
    static let pagesPerBatch = 16

    /// CSV parts rendered at once before they are written: one a core, at most four, since a part
    /// can be as large as `HostLimits.largestFile` and two batches are in memory.
    static var partsPerBatch: Int { max(1, min(ProcessInfo.processInfo.activeProcessorCount, 4)) }

    /// `items` in consecutive batches of `size`.
    static func batches<Item>(_ items: [Item], of size: Int) -> [[Item]] {
        stride(from: 0, to: items.count, by: size).map { Array(items[$0..<min($0 + size, items.count)]) }
    }

    public init(input: SiteInput, templates: TemplateLibrary) {
        self.input = input
        self.templates = templates
    }

    /// The built-in templates, embedded in the binary from `templates/`.
    public static func builtInTemplates() throws(TemplateError) -> TemplateLibrary {
        try TemplateLibrary(files: embeddedTemplateFiles, origin: "templates")
    }

    /// How the exports are split into files.
    public var layout: ExportLayout { ExportLayout(input.log) }

    /// How many files `writeSite` writes: the exports, charts, favicon, assets, history pages
    /// and index, walkthrough, 404 page, .nojekyll, and the sitemap when there is a base URL.
    public var fileCount: Int {
        layout.parts.count + input.charts.count + templates.assetPaths.count + HistoryPaging.pageCount(input.log.count)
            + 6 + (input.baseURL == nil ? 0 : 1)
    }

    /// Writes the site folder's files into `destination`; returns the paths written, in order.
    @discardableResult
    public func writeSite(to destination: some SiteDestination) throws -> [String] {
        try writeSite(to: destination) { (input.charts, input.favicon) }
    }

    /// Writes the site folder's files into `destination`: first those that need only the run
    /// (the exports, the history pages and their index), then, with the charts and icon that
    /// `drawn` returns in place of the input's, the images and the pages that show them. Drawing
    /// the charts on other threads until `drawn` is called overlaps writing the first part.
    /// Returns the paths written, in order.
    @discardableResult
    public func writeSite(
        to destination: some SiteDestination, drawn: () throws -> (charts: [RenderedChart], favicon: [UInt8])
    ) throws -> [String] {
        var written: [String] = []
        func emit(_ path: String, _ produce: (any ByteSink) throws -> Void) throws -> Int {
            written.append(path)
            return try destination.file(path, produce)
        }
        let log = input.log
        let layout = self.layout
        var sizes: [String: String] = [:]
        var partBytes = 0
        // A run of one part streams it; the parts of a split run render on every core, a batch at
        // a time, while the batch before is written, in order.
        if layout.parts.count == 1, let part = layout.parts.first {
            partBytes = try emit(part.path) { try HistoryCSV.write(log, iterations: part.iterations, to: $0) }
            sizes[part.path] = Display.bytes(partBytes)
        } else {
            try ParallelMap.pipeline(Self.batches(layout.parts, of: Self.partsPerBatch)) { part in
                let sink = ChunkedSink()
                try HistoryCSV.write(log, iterations: part.iterations, to: sink)
                return sink.chunks
            } consume: { rendered in
                for (part, chunks) in rendered {
                    let written = try emit(part.path) { sink in for chunk in chunks { try sink.write(chunk) } }
                    sizes[part.path] = Display.bytes(written)
                    partBytes += written
                }
            }
        }
        if layout.isSplit { sizes["parts"] = Display.bytes(partBytes) }
        sizes[ExportLayout.jsonPath] = Display.bytes(
            try emit(ExportLayout.jsonPath) {
                try HistoryJSON.write(log, title: input.title, settings: input.settings, layout: layout, to: $0)
            })

        // The history pages show no chart, and neither does the page that lists them.
        let renderer = PageRenderer(
            templates: templates, input: input, policy: ContentSecurityPolicy.site, inlineStyle: "",
            favicon: "favicon.png", singleFile: false)
        // History pages render on every core, a batch at a time, while the batch before is
        // written, in order.
        let pages = HistoryPageRenderer(
            renderer: renderer, rows: HistoryRowWriter(log: log), title: input.title, layout: layout)
        let numbers = Array(1...HistoryPaging.pageCount(log.count))
        try ParallelMap.pipeline(Self.batches(numbers, of: Self.pagesPerBatch), { page in try pages.render(page) }) {
            rendered in
            for (page, bytes) in rendered {
                _ = try emit(HistoryPageRenderer.path(page)) { sink in
                    try sink.write(bytes.head)
                    try sink.write(bytes.rows)
                    try sink.write(bytes.tail)
                }
            }
        }
        let historyIndex = try renderer.render(
            "history/index", HistoryIndexContext(log: log, layout: layout, sizes: sizes).value,
            .init(
                path: "history/index.html", title: "Training history · \(input.title)",
                description: "Every iteration of the training run, \(HistoryPaging.perPage) to a page.",
                section: "history"))
        _ = try emit("history/index.html") { try $0.write(historyIndex) }

        // The walkthrough's words need no chart: they are computed while the charts are drawn.
        let data = Dictionary(
            uniqueKeysWithValues: (layout.parts.map(\.path) + [ExportLayout.jsonPath]).map { ($0, $0) })
        var links = SiteLinks(singleFile: false, images: [:], data: data)
        links.exportsSplit = layout.isSplit
        let walkthroughText = Self.walkthroughText(WalkthroughContext(input: input, links: links, dataSizes: sizes))

        var charted = input
        (charted.charts, charted.favicon) = try drawn()
        let site = SiteGenerator(input: charted, templates: templates)
        for chart in charted.charts {
            _ = try emit("images/" + chart.fileName) { try $0.write(chart.bytes) }
        }
        _ = try emit("favicon.png") { try $0.write(charted.favicon) }
        for asset in templates.assetPaths {
            let text = templates.asset(asset) ?? ""
            _ = try emit(asset) { try $0.write(text) }
        }
        links.images = Dictionary(uniqueKeysWithValues: charted.charts.map { ($0.fileName, "images/" + $0.fileName) })
        let walkthrough = WalkthroughContext(input: charted, links: links, dataSizes: sizes)
        let index = try PageRenderer(
            templates: templates, input: charted, policy: ContentSecurityPolicy.site, inlineStyle: "",
            favicon: "favicon.png", singleFile: false
        ).render(
            "index", walkthroughText.merged(with: Self.walkthroughFigures(walkthrough)),
            .init(path: "index.html", title: input.title, description: pageDescription, section: "walkthrough"))
        _ = try emit("index.html") { try $0.write(index) }

        let notFound = try site.notFoundPage()
        _ = try emit("404.html") { try $0.write(notFound) }
        _ = try emit(".nojekyll") { _ in }
        if let baseURL = input.baseURL {
            let sitemap = Sitemap.xml(
                baseURL: baseURL, pages: written.filter { $0.hasSuffix(".html") && $0 != "404.html" })
            _ = try emit("sitemap.xml") { try $0.write(sitemap) }
        }
        return written
    }

    /// The walkthrough page's context: the single neuron's, or the hidden layers' page.
    static func walkthroughValue(_ walkthrough: WalkthroughContext) -> TemplateValue {
        walkthrough.log.hasHiddenLayers ? HiddenWalkthroughContext(base: walkthrough).value : walkthrough.value
    }

    /// The walkthrough page's context but its charts, which it does not read: computed while
    /// they are drawn.
    static func walkthroughText(_ walkthrough: WalkthroughContext) -> TemplateValue {
        walkthrough.log.hasHiddenLayers ? HiddenWalkthroughContext(base: walkthrough).textValue : walkthrough.textValue
    }

    /// The walkthrough page's charts, each in its section, to lay over `walkthroughText`.
    static func walkthroughFigures(_ walkthrough: WalkthroughContext) -> TemplateValue {
        walkthrough.log.hasHiddenLayers
            ? HiddenWalkthroughContext(base: walkthrough).figuresValue : walkthrough.figuresValue
    }

    /// One sentence describing the run, for search results and link previews.
    var pageDescription: String {
        let summary = input.log.summary
        let network =
            input.log.hasHiddenLayers
            ? "A network of sigmoid units with \(input.log.hiddenLayout.layers.count == 1 ? "a hidden layer" : "hidden layers")"
            : "A sigmoid neuron"
        var text = "\(network) trained on \(input.log.dataset.name) for \(input.log.count) iterations"
        if let allRight = summary.allRightFrom { text += ", every prediction right from iteration \(allRight) on" }
        return text + ": forward propagation and backpropagation with the run's own numbers."
    }

    /// 404.html: served by hosts at any depth. With the site's URL known its links are absolute;
    /// without it the page carries its own style and icon, so it renders at any depth, and its
    /// links are relative to the folder of the missing address.
    private func notFoundPage() throws(TemplateError) -> String {
        let root = input.baseURL ?? ""
        let style = input.baseURL == nil ? templates.asset("assets/style.css") ?? "" : ""
        let renderer = PageRenderer(
            templates: templates, input: input,
            policy: style.isEmpty ? ContentSecurityPolicy.site : ContentSecurityPolicy.singleFile(inlineStyle: style),
            inlineStyle: style,
            favicon: style.isEmpty
                ? "favicon.png" : "data:image/png;base64," + Data(input.favicon).base64EncodedString(),
            singleFile: false)
        return try renderer.render(
            "404", ["perPage": .string(Display.count(HistoryPaging.perPage))],
            .init(
                path: "404.html", title: "Page not found · \(input.title)", description: pageDescription, section: "",
                root: root))
    }
}
