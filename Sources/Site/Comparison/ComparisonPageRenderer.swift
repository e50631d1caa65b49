import Formats

/// Renders a page of the comparison: its body template wrapped in the reports' layout, with the
/// comparison's navigation (the comparison, its pairs, its settings) and footer.
struct ComparisonPageRenderer {
    let templates: TemplateLibrary
    /// The Content-Security-Policy of every page.
    let policy: String
    /// The stylesheet to inline (single file), or "" to link `assets/style.css`.
    let inlineStyle: String
    /// The favicon's `href` from the site root (a file name or a data URI).
    let favicon: String
    /// True when every link stays inside one file.
    let singleFile: Bool
    /// The absolute URL of the site, if known.
    let baseURL: String?
    /// How many runs the comparison has, for the footer.
    let runCount: Int

    /// The script that sorts the table of runs.
    static let scriptPath = "assets/compare.js"

    /// The comparison's pages in the navigation: (section, label, path from the root).
    static let sections = [
        ("comparison", "Comparison", "index.html"), ("pairs", "Pairs", "compare/pairs.html"),
        ("settings", "Settings", "compare/settings.html"),
    ]

    /// The finished HTML of `page`, its body rendered from `template` with `context`.
    func render(_ template: String, _ context: TemplateValue, _ page: PageRenderer.Page) throws(TemplateError) -> String
    {
        let root = PageLayout.root(of: page)
        return try self.page(body: try templates.render(template, context.merging(["root": .string(root)])), page)
    }

    /// `body`, already rendered, wrapped in the layout as `page`.
    func page(body: String, _ page: PageRenderer.Page) throws(TemplateError) -> String {
        let root = PageLayout.root(of: page)
        let navigation = Self.sections.map { section, label, path in
            PageLayout.Link(section, label, singleFile ? "#" + section : root + path)
        }
        let layout = PageLayout(
            templates: templates, policy: policy, inlineStyle: inlineStyle, favicon: favicon, baseURL: baseURL)
        return try layout.wrap(
            body: body, page, root: root, navigation: navigation,
            footer: [
                "iterationsRun": .string(""),
                "runCount": .string(Display.count(runCount)),
                "footerNote": .string("Every number comes from the runs' logs."),
                "script": .string(page.script ? Self.scriptPath : ""),
            ])
    }
}
