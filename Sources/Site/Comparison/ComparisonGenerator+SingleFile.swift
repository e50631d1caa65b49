import Charts
import Formats
import Foundation

// --single-file: the comparison and every run's walkthrough in one HTML file.
extension ComparisonGenerator {
    /// The most iterations of all runs together whose history rows the single file embeds.
    public static let singleFileHistoryLimit = SiteGenerator.singleFileHistoryLimit

    /// Whether the single file embeds the runs' history rows: when all runs together have at
    /// most `singleFileHistoryLimit` iterations.
    public static func embedsHistory(iterations: Int) -> Bool { iterations <= singleFileHistoryLimit }

    /// Why a run's section has no history rows, when `embedsHistory` is false.
    public static func withheldHistory(iterations: Int) -> String {
        "The runs of this comparison ask for \(Display.count(iterations, "iteration")) in all, more than the "
            + "\(Display.count(singleFileHistoryLimit)) one HTML file embeds. Generate the site folder "
            + "(without --single-file) to browse every iteration."
    }

    /// A run's walkthrough (`SiteGenerator.singleFileBody`) as a section of the single file: its
    /// ids prefixed with the run's name, its headings one level down.
    public static func runSection(name: String, body: String) -> String {
        let rewritten = SectionRewriter(prefix: ComparisonLinks.sectionPrefix(name)).rewrite(body)
        return "<section class=\"run-report\" id=\"run-\(escapeHTML(name))\" aria-label=\"Run \(escapeHTML(name))\">\n"
            + rewritten + "</section>\n"
    }

    /// The single HTML file: the comparison, its pairs and settings, then `runSections` (from
    /// `runSection`, in the runs' order).
    public func singleFile(runSections: [String], historyEmbedded: Bool) throws -> [UInt8] {
        var links = ComparisonLinks(singleFile: true)
        links.historyEmbedded = historyEmbedded
        let style = templates.asset("assets/style.css") ?? ""
        let renderer = ComparisonPageRenderer(
            templates: templates, policy: ContentSecurityPolicy.singleFile(inlineStyle: style), inlineStyle: style,
            favicon: "data:image/png;base64," + Data(input.favicon).base64EncodedString(), singleFile: true,
            baseURL: input.baseURL, runCount: input.runs.count)
        let root: [String: TemplateValue] = ["root": ""]
        let index = try templates.render(
            "compare/index", ComparisonIndexContext(input: input, links: links, best: best).value.merging(root))
        let pairs = try templates.render(
            "compare/pairs", ComparisonPairsContext(input: input, links: links).value.merging(root))
        let settings = try templates.render(
            "compare/settings", ComparisonSettingsContext(input: input, links: links).value.merging(root))
        let demoted = SectionRewriter(prefix: "")
        var body = "<section id=\"comparison\" aria-label=\"Comparison\">\n" + index + "</section>\n"
        body += "<section id=\"pairs\" aria-label=\"Pairs of runs\">\n" + demoted.rewrite(pairs) + "</section>\n"
        body +=
            "<section id=\"settings\" aria-label=\"Settings of every run\">\n" + demoted.rewrite(settings)
            + "</section>\n"
        body += "<h2 id=\"reports\">The runs' reports</h2>\n" + runSections.joined()
        let html = try renderer.page(
            body: body,
            .init(
                path: "index.html", title: input.title, description: pageDescription, section: "comparison", wide: true)
        )
        return Array(html.utf8)
    }
}
