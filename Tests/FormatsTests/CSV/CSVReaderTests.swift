import Testing

@testable import Formats

/// The syntax rules of `CSVReader` on inputs that are valid.
@Suite struct CSVReaderTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        let header: [String]
        let rows: [[String]]
        let lines: [Int]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "LF", text: "a,b\n1,2\n", header: ["a", "b"], rows: [["1", "2"]], lines: [2]),
        Case(
            name: "CRLF", text: "a,b\r\n1,2\r\n3,4", header: ["a", "b"], rows: [["1", "2"], ["3", "4"]], lines: [2, 3]),
        Case(
            name: "CR only", text: "a,b\r1,2\r3,4\r", header: ["a", "b"], rows: [["1", "2"], ["3", "4"]], lines: [2, 3]),
        Case(
            name: "mixed line ends", text: "a\r\nb\rc\nd", header: ["a"], rows: [["b"], ["c"], ["d"]], lines: [2, 3, 4]),
        Case(name: "no final line end", text: "a,b\n1,2", header: ["a", "b"], rows: [["1", "2"]], lines: [2]),
        Case(
            name: "blank and whitespace lines are skipped", text: "\n a,b\n\n \t \r\n1,2\r\r\n\n",
            header: [" a", "b"], rows: [["1", "2"]], lines: [5]),
        Case(name: "UTF-8 BOM", text: "\u{FEFF}a,b\n1,2\n", header: ["a", "b"], rows: [["1", "2"]], lines: [2]),
        Case(
            name: "spaces are kept", text: " a , b \n 1 ,2\t\n", header: [" a ", " b "], rows: [[" 1 ", "2\t"]],
            lines: [2]),
        Case(
            name: "empty fields", text: "a,b,c\n,,\n\"\",\"\",x\n", header: ["a", "b", "c"],
            rows: [["", "", ""], ["", "", "x"]], lines: [2, 3]),
        Case(
            name: "quotes, commas and line ends in quotes", text: "\"a,\"\"b\"\"\",\"c\r\nd\"\n\"\"\"\",\"\n\"\n",
            header: ["a,\"b\"", "c\r\nd"], rows: [["\"", "\n"]], lines: [3]),
        Case(name: "one column", text: "a\n1\n2\n", header: ["a"], rows: [["1"], ["2"]], lines: [2, 3]),
        Case(name: "non-ASCII", text: "é,日本\nʤ,🙂\n", header: ["é", "日本"], rows: [["ʤ", "🙂"]], lines: [2]),
        Case(name: "empty input", text: "", header: [], rows: [], lines: []),
        Case(name: "only blank lines", text: "\r\n\n  \n", header: [], rows: [], lines: []),
    ]

    @Test(arguments: cases)
    func reads(_ example: Case) throws {
        let table = try CSVTable(bytes: Array(example.text.utf8), file: "t.csv")
        #expect(table.header == example.header)
        #expect(table.rows.map(\.fields) == example.rows)
        #expect(table.rows.map(\.line) == example.lines)
    }

    @Test func tenThousandColumnsParse() throws {
        let header = (0..<10_000).map { "c\($0)" }.joined(separator: ",")
        let row = (0..<10_000).map { "\($0 % 2)" }.joined(separator: ",")
        let table = try CSVTable(bytes: Array("\(header)\n\(row)\n".utf8), file: "wide.csv")
        #expect(table.header.count == 10_000)
        #expect(table.rows.count == 1)
        #expect(table.rows[0].fields.last == "1")
    }

    @Test(arguments: [false, true])
    func aFieldOf200KBParses(quoted: Bool) throws {
        let big = String(repeating: "abcdefgh", count: 25_600)
        let field = quoted ? "\"\(big)\"\"\"" : big
        let table = try CSVTable(bytes: Array("a,b\n\(field),x\n".utf8), file: "big.csv")
        #expect(table.rows[0].fields[0] == big + (quoted ? "\"" : ""))
        #expect(table.rows[0].fields[1] == "x")
    }

    @Test(arguments: [false, true])
    func aFieldOverOneMegabyteIsRefused(quoted: Bool) {
        let big = String(repeating: "x", count: CSVReader.maximumFieldBytes + 1)
        let field = quoted ? "\"\(big)\"" : big
        let fits = String(repeating: "x", count: CSVReader.maximumFieldBytes)
        #expect(throws: Never.self) {
            try CSVTable(bytes: Array("a\n\(quoted ? "\"\(fits)\"" : fits)\n".utf8), file: "f.csv")
        }
        #expect {
            try CSVTable(bytes: Array("a,b\n1,\(field)\n".utf8), file: "f.csv")
        } throws: { error in
            let error = error as? CSVError
            return error?.reason == .fieldTooLarge && error?.line == 2 && error?.column == 3
        }
    }

    @Test func recordsWithTooManyFieldsAreRefused() {
        let row = String(repeating: ",", count: CSVReader.maximumFieldsPerRecord)
        #expect {
            try CSVTable(bytes: Array("\(row)\n".utf8), file: "f.csv")
        } throws: { error in
            let error = error as? CSVError
            return error?.reason == .tooManyFields && error?.line == 1
                && error?.column == CSVReader.maximumFieldsPerRecord + 1
        }
    }
}
