/// How the history is split into pages: 1,000 iterations a page, `history/page-0001.html` on.
enum HistoryPaging {
    /// Iterations per history page.
    static let perPage = 1000

    /// The number of pages for `count` iterations.
    static func pageCount(_ count: Int) -> Int { max(1, (count + perPage - 1) / perPage) }

    /// The page (from 1) that holds iteration `k`.
    static func page(holding k: Int) -> Int { (k - 1) / perPage + 1 }

    /// The first and last iteration of page `page` when `count` iterations ran.
    static func range(ofPage page: Int, count: Int) -> ClosedRange<Int> {
        let first = (page - 1) * perPage + 1
        return first...min(count, page * perPage)
    }

    /// "page-0001.html": at least four digits, so the files sort in order up to page 9999.
    static func fileName(ofPage page: Int) -> String {
        let digits = String(page)
        return "page-" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits + ".html"
    }

    /// The site path of the page holding iteration `k`.
    static func path(ofPageHolding k: Int) -> String {
        "history/" + fileName(ofPage: page(holding: k))
    }
}
