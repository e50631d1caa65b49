import Foundation

/// The injection corpora: the XSS payload list and the Big List of Naughty Strings.
enum PayloadCorpus {
    /// The folder of this file's test target's parent, `Tests/`.
    private static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// 123 XSS payloads, one a line.
    static let xss: [String] = {
        let file = tests.appending(path: "SiteTests/Fixtures/xss/xss-payloads-combined.txt")
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }()

    /// The 515 strings of blns.json.
    static let naughty: [String] = {
        let file = tests.appending(path: "Robustness/Corpora/blns/blns.json")
        guard let data = try? Data(contentsOf: file) else { return [] }
        return (try? JSONSerialization.jsonObject(with: data) as? [String]) ?? []
    }()

    /// Both lists.
    static var all: [String] { xss + naughty }
}
