import Foundation
import Testing

@testable import Site

/// Every user string is escaped in every place it appears.
@Suite struct EscapingTests {
    static let payloads: [String] = {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appending(path: "Fixtures/xss/xss-payloads-combined.txt")
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }()

    @Test func theCorpusIsThere() {
        #expect(Self.payloads.count == 123)
    }

    @Test(arguments: payloads)
    func aTitlePayloadAppearsOnlyEscaped(_ payload: String) throws {
        let site = try SiteMaker.site(SiteMaker.input(iterations: 3, title: payload))
        let escaped = escapeHTML(payload)
        for page in ["index.html", "history/index.html", "history/page-0001.html", "404.html"] {
            let html = site.text(page)
            #expect(html.contains(escaped), "\(page) lacks the escaped title")
            if escaped != payload { #expect(!html.contains(payload), "\(page) has the raw payload") }
            let ours = html.replacingOccurrences(of: #"<script src="../assets/history.js"></script>"#, with: "")
            #expect(!ours.lowercased().contains("<script"), "\(page) has a script element")
        }
        let json = try JSONSerialization.jsonObject(with: Data(site.files["data/history.json"] ?? []))
        #expect((json as? [String: Any])?["title"] as? String == payload)
    }
}
