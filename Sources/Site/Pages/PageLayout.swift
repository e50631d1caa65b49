import Formats

/// The layout template every page is wrapped in, a report's or a comparison's: the head (policy,
/// style, favicon, canonical link), the navigation, the footer, and the Content-Security-Policy
/// check of the finished page. What differs between the two kinds of site is the navigation
/// and the footer's values.
struct PageLayout {
    let templates: TemplateLibrary
    /// The Content-Security-Policy of every page.
    let policy: String
    /// The stylesheet to inline (single file), or "" to link `assets/style.css`.
    let inlineStyle: String
    /// The favicon's `href` from the site root (a file name or a data URI).
    let favicon: String
    /// The absolute URL of the site, if known.
    let baseURL: String?

    /// One entry of the navigation: the section it marks as current, its label and its href.
    typealias Link = (section: String, label: String, href: String)

    /// The path to the site root from `page`.
    static func root(of page: PageRenderer.Page) -> String {
        page.root ?? (page.path.contains("/") ? "../" : "")
    }

    /// `body`, already rendered, wrapped in the layout as `page` with `navigation` and the
    /// footer's values (`iterationsRun`, `runCount`, `footerNote`, `script`).
    func wrap(
        body: String, _ page: PageRenderer.Page, root: String, navigation: [Link], footer: [String: TemplateValue]
    ) throws(TemplateError) -> String {
        // 404.html is served at every missing address, so it names no canonical one.
        let canonical =
            page.path == "404.html" ? "" : baseURL.map { $0 + (page.path == "index.html" ? "" : page.path) } ?? ""
        let context: TemplateValue = [
            "csp": .string(policy),
            "description": .string(page.description),
            "pageTitle": .string(page.title),
            "canonical": .string(canonical),
            "inlineStyle": .string(inlineStyle),
            "root": .string(root),
            "favicon": .string(favicon.hasPrefix("data:") ? favicon : root + favicon),
            "navigation": .list(
                navigation.map {
                    [
                        "href": .string($0.href), "label": .string($0.label),
                        "current": .bool($0.section == page.section),
                    ]
                }),
            "wide": .bool(page.wide),
            "body": .string(body),
            "version": .string(SiteVersion.current),
        ]
        let html = try templates.render("layout", context.merging(footer))
        guard let layout = templates.templates["layout"] else { return html }
        return try ContentSecurityPolicy.secure(html, policy: policy, layout: layout)
    }
}
