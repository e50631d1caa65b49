import Testing

@testable import Training

/// Every way a CSV dataset can be wrong gives its reason at the right line and column.
@Suite struct DatasetDatasetFileErrorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let bytes: [UInt8]
        let line: Int?
        let column: Int?
        let reason: DatasetFileReason
        var testDescription: String { name }

        init(_ name: String, _ text: String, _ line: Int?, _ column: Int?, _ reason: DatasetFileReason) {
            self.init(name, Array(text.utf8), line, column, reason)
        }

        init(_ name: String, _ bytes: [UInt8], _ line: Int?, _ column: Int?, _ reason: DatasetFileReason) {
            self.name = name
            self.bytes = bytes
            self.line = line
            self.column = column
            self.reason = reason
        }
    }

    static func notANumber(_ cell: String, _ column: String, _ problem: String) -> DatasetFileReason {
        .notANumber(cell: cell, column: column, problem: problem)
    }

    static let cases: [Case] = [
        // MARK: The file and its bytes
        Case("empty file", "", nil, nil, .csv(.emptyFile)),
        Case("only blank lines", "\n \r\n\t\n", nil, nil, .csv(.emptyFile)),
        Case("only a BOM", [0xEF, 0xBB, 0xBF], nil, nil, .csv(.emptyFile)),
        Case("UTF-16 LE BOM", [0xFF, 0xFE, 0x78, 0x00, 0x2C, 0x00], nil, nil, .csv(.foreignEncoding("UTF-16"))),
        Case("UTF-16 BE BOM", [0xFE, 0xFF, 0x00, 0x78], nil, nil, .csv(.foreignEncoding("UTF-16"))),
        Case(
            "UTF-32 LE BOM", [0xFF, 0xFE, 0x00, 0x00, 0x78, 0x00, 0x00, 0x00], nil, nil,
            .csv(.foreignEncoding("UTF-32"))),
        Case("UTF-16 without BOM", [0x78, 0x00, 0x2C, 0x00, 0x79, 0x00], 1, 2, .csv(.nulByte)),
        Case("NUL in a data row", "x,y\n1,\u{0}\n", 2, 3, .csv(.nulByte)),
        Case("NUL in a quoted field", "x,y\n1,\"0\u{0}\"\n", 2, 5, .csv(.nulByte)),
        Case("invalid UTF-8 in the header", [0x78, 0x2C, 0xC3, 0x28, 0x0A], 1, 3, .csv(.invalidUTF8)),
        Case("invalid UTF-8 after a multibyte letter", Array("é,y\n1,".utf8) + [0xFF, 0x0A], 2, 3, .csv(.invalidUTF8)),
        Case(
            "overlong UTF-8 in quotes", Array("x,y\n\"1".utf8) + [0xC0, 0xAF, 0x22, 0x2C, 0x30], 2, 3,
            .csv(.invalidUTF8)),
        Case("UTF-8 surrogate", Array("x,y\n1,0\n2,".utf8) + [0xED, 0xA0, 0x80], 3, 3, .csv(.invalidUTF8)),

        // MARK: CSV syntax
        Case("unterminated quote", "x,y\n\"1,0\n2,1\n", 2, 1, .csv(.unterminatedQuote)),
        Case("unterminated quote after CRLF lines", "x,y\r\n1,0\r\n1,\"0\r\n", 3, 3, .csv(.unterminatedQuote)),
        Case("quote inside an unquoted field", "x,y\n1\"2,0\n", 2, 2, .csv(.quoteInUnquotedField(afterSpaces: false))),
        Case("space before an opening quote", "x,y\n1, \"0\"\n", 2, 4, .csv(.quoteInUnquotedField(afterSpaces: true))),
        Case("text after a closing quote", "x,y\n\"1\"x,0\n", 2, 4, .csv(.textAfterClosingQuote)),
        Case("space after a closing quote", "x,y\n\"1\" ,0\n", 2, 4, .csv(.textAfterClosingQuote)),
        Case("too many fields", "x,y\n1,0,1\n", 2, 5, .csv(.raggedRow(fields: 3, expected: 2))),
        Case("trailing comma", "x,y\n1,0,\n", 2, 5, .csv(.raggedRow(fields: 3, expected: 2))),
        Case("too few fields", "x,y,z\n1,0\n", 2, 4, .csv(.raggedRow(fields: 2, expected: 3))),
        Case("too few fields with CRLF", "x,y,z\r\n1,0,1\r\n1\r\n", 3, 2, .csv(.raggedRow(fields: 1, expected: 3))),
        Case("ragged after the BOM", "\u{FEFF}x,y\n1,0,0\n", 2, 5, .csv(.raggedRow(fields: 3, expected: 2))),

        // MARK: The header
        Case("one column", "y\n1\n", 1, 1, .noFeatureColumns),
        Case("header only", "x,y\n", nil, nil, .noDataRows),
        Case("header and blank lines", "x,y\r\n\r\n  \r\n", nil, nil, .noDataRows),
        Case("duplicate header", "x,x,y\n1,0,1\n", 1, 3, .duplicateHeader("x", firstColumn: 1)),
        Case("duplicate after trimming", " x , x ,y\n1,0,1\n", 1, 5, .duplicateHeader("x", firstColumn: 1)),
        Case("duplicate label name", "x,y,x\n1,0,1\n", 1, 5, .duplicateHeader("x", firstColumn: 1)),
        Case(
            "duplicate non-ASCII header (columns count characters)", "é,é\n1,0\n", 1, 3,
            .duplicateHeader("é", firstColumn: 1)),
        Case("duplicate after a BOM", "\u{FEFF}a,a\n1,0\n", 1, 3, .duplicateHeader("a", firstColumn: 1)),
        Case("empty header", "x,,y\n1,0,1\n", 1, 3, .emptyHeader(column: 2)),
        Case("blank header", "x,  ,y\n1,0,1\n", 1, 3, .emptyHeader(column: 2)),
        Case("empty label header", "x,\n1,0\n", 1, 3, .emptyHeader(column: 2)),
        Case("numbers instead of a header", "0,1\n1,0\n", 1, 1, .headerLooksLikeData),

        // MARK: Cells
        Case("word", "x,y\n1,0\nabc,1\n", 3, 1, notANumber("abc", "x", "contains the character \"a\"")),
        Case("empty cell", "x,y\n,1\n", 2, 1, notANumber("", "x", "is empty")),
        Case("blank cell", "x,y\n  ,1\n", 2, 1, notANumber("", "x", "is empty")),
        Case("nan", "x,y\nnan,1\n", 2, 1, notANumber("nan", "x", "is NaN (not a number)")),
        Case("NaN quoted", "x,y\n\"NaN\",1\n", 2, 1, notANumber("NaN", "x", "is NaN (not a number)")),
        Case("-inf", "x,y\n-inf,1\n", 2, 1, notANumber("-inf", "x", "is infinite")),
        Case("Infinity", "x,y\nInfinity,1\n", 2, 1, notANumber("Infinity", "x", "is infinite")),
        Case(
            "overflow", "x,y\n1e400,1\n", 2, 1,
            notANumber("1e400", "x", "is out of range (beyond the largest double, about 1.8e308)")),
        Case(
            "negative overflow", "a,b,y\n0, -1e309,1\n", 2, 3,
            notANumber("-1e309", "b", "is out of range (below the most negative double, about -1.8e308)")),
        Case("hex float", "x,y\n0x1p3,1\n", 2, 1, notANumber("0x1p3", "x", "is a hexadecimal number")),
        Case("decimal comma", "x,y\n\"0,5\",1\n", 2, 1, notANumber("0,5", "x", "uses a decimal comma")),
        Case("thousands separator", "x,y\n\"1,000\",1\n", 2, 1, notANumber("1,000", "x", "uses a thousands separator")),
        Case(
            "digit separator", "x,y\n1_000,1\n", 2, 1,
            notANumber("1_000", "x", "contains an underscore (digit separators are not accepted)")),
        Case("Arabic-Indic digits", "x,y\n١٢,1\n", 2, 1, notANumber("١٢", "x", "contains non-ASCII digits")),
        Case(
            "Unicode minus", "x,y\n−1,1\n", 2, 1,
            notANumber("−1", "x", "uses a Unicode dash instead of the ASCII minus sign (-)")),
        Case("space inside", "x,y\n1 000,1\n", 2, 1, notANumber("1 000", "x", "contains a space")),
        Case("percent", "x,y\n5%,1\n", 2, 1, notANumber("5%", "x", "contains the character \"%\"")),
        Case("two points", "x,y\n1.2.3,1\n", 2, 1, notANumber("1.2.3", "x", "has more than one decimal point")),
        Case("label not a number", "x,y\n1,yes\n", 2, 3, notANumber("yes", "y", "contains the character \"y\"")),
        Case("label 2", "x,y\n1,0\n1,2\n", 3, 3, .invalidLabel(cell: "2", column: "y")),
        Case("label 0.5", "x,label\n1, 0.5\n", 2, 3, .invalidLabel(cell: "0.5", column: "label")),
        Case("label -1", "x,y\n1,-1\n", 2, 3, .invalidLabel(cell: "-1", column: "y")),

        // MARK: Line counting
        Case("CR-only lines", "x,y\r1,0\r2,5\r", 3, 3, .invalidLabel(cell: "5", column: "y")),
        Case("CRLF lines", "x,y\r\n1,0\r\n2,5\r\n", 3, 3, .invalidLabel(cell: "5", column: "y")),
        Case("blank lines count", "x,y\n\n1,0\n \r\n\r\n2,5\n", 6, 3, .invalidLabel(cell: "5", column: "y")),
        Case(
            "a line break in a quoted header name", "\"a\r\nb\",y\n1,0\n2,5\n", 1, 1,
            .invalidHeader(column: 1, problem: "contains the control character U+D")),
        Case(
            "error inside a multi-line field", "x,y\n1,\"0\n\nq\"\n", 2, 3,
            notANumber("0\n\nq", "y", "contains a line break")),
    ]

    @Test(arguments: cases)
    func reportsTheReasonAndPlace(_ example: Case) {
        #expect {
            try Dataset.csv(example.bytes, file: "data.csv")
        } throws: { error in
            guard let error = error as? DatasetFileError else { return false }
            #expect(error.reason == example.reason)
            #expect(error.line == example.line)
            #expect(error.column == example.column)
            #expect(error.file == "data.csv")
            let place = ["data.csv", example.line.map(String.init), example.column.map(String.init)]
                .compactMap { $0 }.joined(separator: ":")
            #expect(error.description.hasPrefix(place + ": "))
            if let line = example.line {
                #expect(error.description.contains("\n    \(line) | "))
            }
            return true
        }
    }

    @Test func theDescriptionQuotesTheLineWithACaret() throws {
        let error = try #require(throws: DatasetFileError.self) {
            try Dataset.csv(Array("x1,x2,y\n0.5,\"0,5\",1\n".utf8), file: "data/gate.csv")
        }
        #expect(
            error.description == """
                data/gate.csv:2:5: the value "0,5" in column "x2" uses a decimal comma; write plain decimal \
                numbers such as 0.5, -2 or 1.5e-3.
                    2 | 0.5,"0,5",1
                      |     ^
                """)
    }

    @Test func longLinesAreCutAroundTheColumn() throws {
        let names = (1...40).map { "feature\($0)" }.joined(separator: ",")
        let error = try #require(throws: DatasetFileError.self) {
            try Dataset.csv(Array("\(names),feature7\n".utf8), file: "d.csv")
        }
        #expect(error.column == names.count + 2)
        let lines = error.excerpt.split(separator: "\n")
        #expect(lines[0] == "    1 | …" + names.suffix(49) + ",feature7")
        #expect(lines[1] == "      | " + String(repeating: " ", count: 51) + "^")
    }

    @Test func controlsInTheQuotedLineStayVisible() throws {
        let error = try #require(throws: DatasetFileError.self) {
            try Dataset.csv(Array("x,y\n\t1,\u{0}\n".utf8), file: "d.csv")
        }
        #expect(error.excerpt == "    2 |  1,\u{2400}\n      |    ^")
    }

    @Test func longCellsAreCutInTheMessage() throws {
        let cell = String(repeating: "ab", count: 100_000)
        let error = try #require(throws: DatasetFileError.self) {
            try Dataset.csv(Array("x,y\n1,0\n\"\(cell)\",1\n".utf8), file: "d.csv")
        }
        #expect(error.line == 3 && error.column == 1)
        #expect(error.description.contains("the value \"\(cell.prefix(40))…\" in column \"x\""))
        #expect(error.description.count < 400)
    }
}
