import Charts
import Formats
import Foundation
import Training

// --single-file: the whole report as one HTML file, every image and data file inlined.
extension SiteGenerator {
    /// The most iterations embedded as table rows; beyond, the file says to generate the folder.
    public static let singleFileHistoryLimit = 10_000
    /// The largest data file embedded as a download link, in bytes.
    public static let singleFileDataLimit = 10_000_000

    /// The single HTML file's bytes.
    public func singleFile() throws -> [UInt8] {
        let log = input.log
        let withheld =
            "The run has \(Display.count(log.count, "iteration")), more than the \(Display.count(Self.singleFileHistoryLimit)) "
            + "one HTML file embeds. Generate the site folder (without --single-file) to browse every iteration."
        let (context, renderer) = try singleFileParts(
            embedHistory: log.count <= Self.singleFileHistoryLimit, withheld: withheld)
        let html = try renderer.render(
            "single", context,
            .init(path: "index.html", title: input.title, description: pageDescription, section: "walkthrough"))
        return Array(html.utf8)
    }

    /// The single file's body without its layout (the walkthrough and, if `embedHistory`, every
    /// iteration), for one file that holds several runs; `withheld` says why the rows are not there.
    public func singleFileBody(embedHistory: Bool, withheld: String) throws -> String {
        let (context, _) = try singleFileParts(embedHistory: embedHistory, withheld: withheld)
        return try templates.render("single", context.merging(["root": .string("")]))
    }

    /// The single file's page context, and the renderer that wraps it in the layout.
    private func singleFileParts(embedHistory embedded: Bool, withheld: String) throws -> (TemplateValue, PageRenderer)
    {
        let log = input.log
        var data: [String: String] = [:]
        var sizes: [String: String] = [:]
        let csv = MemorySink()
        try HistoryCSV.write(log, to: csv)
        let json = MemorySink()
        try HistoryJSON.write(log, title: input.title, settings: input.settings, to: json)
        for (path, sink, type) in [
            ("data/history.csv", csv, "text/csv"), ("data/history.json", json, "application/json"),
        ]
        where sink.bytes.count <= Self.singleFileDataLimit {
            data[path] = "data:\(type);charset=utf-8;base64," + Data(sink.bytes).base64EncodedString()
            sizes[path] = Display.bytes(sink.bytes.count)
        }
        let images = Dictionary(
            uniqueKeysWithValues: input.charts.map {
                ($0.fileName, "data:\($0.mediaType);base64," + Data($0.bytes).base64EncodedString())
            })
        var links = SiteLinks(singleFile: true, images: images, data: data)
        links.historyEmbedded = embedded
        let style = templates.asset("assets/style.css") ?? ""
        let renderer = PageRenderer(
            templates: templates, input: input, policy: ContentSecurityPolicy.singleFile(inlineStyle: style),
            inlineStyle: style, favicon: "data:image/png;base64," + Data(input.favicon).base64EncodedString(),
            singleFile: true)

        var rows: [UInt8] = []
        let writer = HistoryRowWriter(log: log)
        if embedded { writer.write(1...log.count, to: &rows) }
        let intro =
            embedded
            ? "Every one of the \(Display.count(log.count, "iteration")) is a row below, linkable as #it-K, its "
                + "numbers at six significant digits; a row's “exact” details hold them in full, and the CSV download "
                + "every logged value, the forward pass of each sample (z, s = σ(z) and e) included."
            : withheld
        let walkthrough = WalkthroughContext(input: input, links: links, dataSizes: sizes)
        let context = Self.walkthroughValue(walkthrough).merging([
            "single": [
                "intro": .string(intro), "embedded": .bool(embedded),
                "featureNames": .list(
                    writer.listsFeatures ? HistoryPageContext.parameterColumns(of: log).map { .string($0) } : []),
                "rows": .string(String(decoding: rows, as: UTF8.self)),
            ]
        ])
        return (context, renderer)
    }
}
