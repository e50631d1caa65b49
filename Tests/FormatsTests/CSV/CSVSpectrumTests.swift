import Foundation
import Testing

@testable import Formats

/// Every case of the csv-spectrum corpus parses to the rows its JSON file lists.
@Suite struct CSVSpectrumTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/csv-spectrum")

    static let names: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("csvs").path))
        return (files ?? []).filter { $0.hasSuffix(".csv") }.map { String($0.dropLast(4)) }.sorted()
    }()

    @Test func theCorpusIsThere() {
        #expect(Self.names.count == 11)
    }

    @Test(arguments: names)
    func parsesToTheExpectedRows(name: String) throws {
        let csv = try Data(contentsOf: Self.folder.appendingPathComponent("csvs/\(name).csv"))
        let json = try Data(contentsOf: Self.folder.appendingPathComponent("json/\(name).json"))
        let expected = try #require(try JSONSerialization.jsonObject(with: json) as? [[String: String]])

        let table = try CSVTable(bytes: Array(csv), file: "\(name).csv")
        let rows = table.rows.map { row in
            Dictionary(uniqueKeysWithValues: zip(table.header, row.fields))
        }
        #expect(rows == expected)
        #expect(table.rows.allSatisfy { $0.fields.count == table.header.count })
    }

    @Test func rowsKnowTheirPhysicalLines() throws {
        let csv = try Data(contentsOf: Self.folder.appendingPathComponent("csvs/newlines_crlf.csv"))
        let table = try CSVTable(bytes: Array(csv), file: "newlines_crlf.csv")
        #expect(table.rows.map(\.line) == [2, 3, 5])
        #expect(table.rows[1].fields[0] == "Once upon \r\na time")
    }
}
