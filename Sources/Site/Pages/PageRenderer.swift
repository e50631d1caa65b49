import Formats
import Training

/// Renders a page's body template and wraps it in the layout with the values every page shares.
struct PageRenderer {
    let templates: TemplateLibrary
    let input: SiteInput
    /// The Content-Security-Policy of every page.
    let policy: String
    /// The stylesheet to inline (single file), or "" to link `assets/style.css`.
    let inlineStyle: String
    /// The favicon's `href` from the site root (a file name or a data URI).
    let favicon: String
    /// True when every link stays inside one file.
    let singleFile: Bool

    /// What distinguishes one page from another in the layout.
    struct Page {
        /// The page's path in the site, such as "history/page-0001.html".
        var path: String
        var title: String
        var description: String
        /// The navigation entry to mark as current: "walkthrough", "history" or "".
        var section: String
        var wide = false
        var script = false
        /// The path to the site root from this page; derived from `path` unless given (404.html
        /// is served at any depth, so it links from the site's absolute URL when known).
        var root: String? = nil
    }

    /// The finished HTML of `page`, its body rendered from `template` with `context`.
    func render(_ template: String, _ context: TemplateValue, _ page: Page) throws(TemplateError) -> String {
        let root = PageLayout.root(of: page)
        let body = try templates.render(template, context.merging(["root": .string(root)]))
        let parent = input.parent.map { [PageLayout.Link("parent", $0.label, root + $0.path)] } ?? []
        let navigation =
            parent + [
                ("walkthrough", "Walkthrough", singleFile ? "#content" : root + "index.html"),
                ("history", "History", singleFile ? "#history" : root + "history/index.html"),
            ]
        let layout = PageLayout(
            templates: templates, policy: policy, inlineStyle: inlineStyle, favicon: favicon, baseURL: input.baseURL)
        return try layout.wrap(
            body: body, page, root: root, navigation: navigation,
            footer: [
                "iterationsRun": .string(Display.count(input.log.count)),
                "footerNote": .string("Every number comes from the run's log."),
                // The layout links the script by its path: the history's, or none.
                "script": .string(page.script ? "assets/history.js" : ""),
            ])
    }
}

extension TemplateValue {
    /// This object with `extra` keys added (an existing key keeps its value); other values are wrapped.
    func merging(_ extra: [String: TemplateValue]) -> TemplateValue {
        guard case .object(var fields) = self else { return .object(extra) }
        for (key, value) in extra where fields[key] == nil { fields[key] = value }
        return .object(fields)
    }
}
