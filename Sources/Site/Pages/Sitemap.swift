/// sitemap.xml for a site published at a known URL: every page, no dates, so that
/// rebuilding the same run gives the same bytes.
enum Sitemap {
    static func xml(baseURL: String, pages: [String]) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages.sorted() {
            let location = baseURL + (page == "index.html" ? "" : page)
            xml += "<url><loc>\(escapeHTML(location))</loc></url>\n"
        }
        return xml + "</urlset>\n"
    }
}
