import Formats
import Foundation
import Testing
import Training

@testable import Site

/// A run past one CSV part, written as a whole site: the parts read as the data a reader downloads.
@Suite("CSV parts in a written site: valid files, within the host's limit, listed where a reader looks")
struct CSVPartsSiteTests {
    static let iterations = 100_001
    /// The site's files by path, empty when it could not be written.
    static let files: [String: [UInt8]] = (try? SiteMaker.site(SiteMaker.input(iterations: iterations)).files) ?? [:]

    static func text(_ path: String) -> String { String(decoding: files[path] ?? [], as: UTF8.self) }

    /// The columns SPEC section 5 names for 2 features and 4 samples, in its order.
    static let header =
        ["iteration"] + ["z", "s", "yhat", "e"].flatMap { name in (1...4).map { "\(name)\($0)" } }
        + ["errors", "mse", "bce", "dw1", "dw2", "db", "w1", "w2", "b"]

    @Test("each part is a CSV with the header, rows of as many numbers, the iterations contiguous from 1 to N")
    func partsAreValidAndContiguous() throws {
        try #require(!Self.files.isEmpty, "the site could not be written")
        let parts = Self.files.keys.filter { $0.hasPrefix("data/history-") && $0.hasSuffix(".csv") }.sorted()
        #expect(parts == ["data/history-0001.csv", "data/history-0002.csv", "data/history-0003.csv"])
        #expect(Self.files["data/history.csv"] == nil)
        var next = 1
        for part in parts {
            let bytes = try #require(Self.files[part])
            #expect(bytes.count <= HostLimits.standard.largestFile && bytes.count <= 25 * 1024 * 1024)
            let lines = Self.text(part).split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.last == "", "\(part) does not end with a line break")
            #expect(lines.first.map { $0.split(separator: ",").map(String.init) } == Self.header, "\(part)")
            for line in lines.dropFirst().dropLast() {
                let fields = line.split(separator: ",", omittingEmptySubsequences: false)
                guard fields.count == Self.header.count, fields.allSatisfy({ Double($0) != nil }) else {
                    Issue.record("\(part): the row \(line.prefix(40)) is not \(Self.header.count) numbers")
                    return
                }
                guard Int(fields[0]) == next else {
                    Issue.record("\(part): iteration \(fields[0]) where \(next) was due")
                    return
                }
                next += 1
            }
        }
        #expect(next == Self.iterations + 1)
    }

    @Test("history.json lists the parts with the iterations each holds; the history's index links them")
    func partsListed() throws {
        try #require(!Self.files.isEmpty, "the site could not be written")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(Self.files["data/history.json"] ?? [])) as? [String: Any])
        let listed = try #require(json["parts"] as? [[String: Any]])
        let index = Self.text("history/index.html")
        #expect(listed.count == 3)
        for entry in listed {
            let file = try #require(entry["file"] as? String)
            let path = "data/" + file
            let rows = Self.text(path).split(separator: "\n").dropFirst()
            let first = rows.first.flatMap { Int($0.prefix { $0 != "," }) }
            let last = rows.last.flatMap { Int($0.prefix { $0 != "," }) }
            #expect((entry["first"] as? NSNumber)?.intValue == first && (entry["last"] as? NSNumber)?.intValue == last)
            #expect(index.contains(#"<a href="../\#(path)">\#(path)</a>"#), "the index does not link \(path)")
            if let first, let last {
                #expect(index.contains("\(path)</a>: iterations \(Display.count(first))–\(Display.count(last))"))
            }
        }
        #expect(json["iterations"] == nil)
        #expect(Self.files.values.allSatisfy { $0.count <= HostLimits.standard.largestFile })
    }
}
