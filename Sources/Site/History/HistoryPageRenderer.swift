import Formats
import Training

/// Renders the history pages: the template around the rows, and the rows themselves as bytes
/// spliced in where the template's `{{{page.rows}}}` stands, so a page's megabyte of rows is
/// never turned into a String and back.
struct HistoryPageRenderer: Sendable {
    let renderer: PageRenderer
    let rows: HistoryRowWriter
    let title: String
    /// Where the exports hold each page's rows.
    let layout: ExportLayout

    /// Stands in for the rows while the template renders; the last occurrence is the real one,
    /// since only the table head (feature names) comes before the rows.
    static let marker = "\u{1}nnreport-history-rows\u{1}"

    /// One page's bytes in three parts: before the rows, the rows, after the rows.
    struct Page: Sendable {
        let head: [UInt8]
        let rows: [UInt8]
        let tail: [UInt8]
    }

    /// The site path of page `page`.
    static func path(_ page: Int) -> String { "history/" + HistoryPaging.fileName(ofPage: page) }

    func render(_ page: Int) throws(TemplateError) -> Page {
        let log = rows.log
        let range = HistoryPaging.range(ofPage: page, count: log.count)
        var rowBytes: [UInt8] = []
        rowBytes.reserveCapacity(range.count * 600)
        rows.write(range, to: &rowBytes)
        let html = try renderer.render(
            "history/page",
            HistoryPageContext(
                log: log, page: page, rows: Self.marker, layout: layout, listsFeatures: rows.listsFeatures
            )
            .value,
            .init(
                path: Self.path(page),
                title: "Iterations \(Display.count(range.lowerBound))–\(Display.count(range.upperBound)) · \(title)",
                description: "Iterations \(range.lowerBound) to \(range.upperBound) of the training run, one row each.",
                section: "history", wide: true, script: true))
        let bytes = Array(html.utf8), marker = Array(Self.marker.utf8)
        guard let start = bytes.lastRange(of: marker) else { return Page(head: bytes, rows: rowBytes, tail: []) }
        return Page(head: Array(bytes[..<start]), rows: rowBytes, tail: Array(bytes[(start + marker.count)...]))
    }
}

extension Array where Element == UInt8 {
    /// The start of the last occurrence of `pattern`, if any.
    fileprivate func lastRange(of pattern: [UInt8]) -> Int? {
        guard !pattern.isEmpty, pattern.count <= count else { return nil }
        var index = count - pattern.count
        while index >= 0 {
            if self[index] == pattern[0], self[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
            index -= 1
        }
        return nil
    }
}
