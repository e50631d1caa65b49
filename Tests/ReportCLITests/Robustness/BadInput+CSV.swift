extension BadInput {
    /// A CSV case: `bytes` as d.csv, run with `--dataset d.csv`.
    private static func csv(_ name: String, _ bytes: [UInt8], _ fragments: [String]) -> BadInput {
        BadInput(name, ["--dataset", "d.csv"], 1, fragments, steps: [.file("d.csv", bytes)])
    }

    private static func csv(_ name: String, _ text: String, _ fragments: [String]) -> BadInput {
        csv(name, Array(text.utf8), fragments)
    }

    /// A header of `count` feature columns and a label, and one row of ones.
    private static func wide(_ count: Int) -> String {
        let names = (1...count).map { "f\($0)" } + ["y"]
        return names.joined(separator: ",") + "\n" + Array(repeating: "1", count: count + 1).joined(separator: ",")
    }

    /// CSV datasets (README "CSV datasets"): refused with file:line:column and the reason.
    static let csv: [BadInput] = [
        BadInput("missing CSV file", ["--dataset", "none.csv"], 1, ["none.csv: there is no such file"]),
        BadInput(
            "a folder as CSV", ["--dataset", "folder.csv"], 1, ["folder.csv: this is a folder, not a CSV file"],
            steps: [.folder("folder.csv")]),
        BadInput(
            "a 600 MB CSV, refused before it is read", ["--dataset", "big.csv"], 1,
            ["big.csv: the file has 600000000 bytes; CSV files of at most"],
            steps: [.sparse("big.csv", bytes: 600_000_000)], memoryLimitKB: 60_000),
        csv("empty file", "", ["d.csv: the file holds no rows"]),
        csv("header only", "a,y\r\n\r\n", ["d.csv: the file has a header row but no data rows"]),
        csv("one column", "y\n1\n", ["d.csv:1:1: the header has only one column"]),
        csv("ragged row", "a,b,y\n1,0,1\n1,0\n", ["d.csv:3:4: this row has 2 fields but the header row has 3"]),
        csv("ragged row after a BOM and CRLF", "\u{FEFF}a,y\r\n1,0,1\r\n", ["d.csv:2:5: this row has 3 fields"]),
        csv(
            "unterminated quote", "a,y\n1,0\n\"1,0\n", ["d.csv:3:1: the quoted field that starts here is never closed"]),
        csv("text after a closing quote", "a,y\n\"1\"x,0\n", ["d.csv:2:4: text follows the closing quote"]),
        csv("NUL byte", [0x61, 0x2C, 0x79, 0x0A, 0x31, 0x2C, 0x00, 0x0A], ["d.csv:2:3: the file contains a NUL byte"]),
        csv("invalid UTF-8", Array("a,y\n1,".utf8) + [0xFF, 0x0A], ["d.csv:2:3: the file is not valid UTF-8 here"]),
        csv(
            "UTF-16 with a BOM", [0xFF, 0xFE, 0x61, 0x00, 0x2C, 0x00, 0x79, 0x00],
            ["d.csv: the file is encoded as UTF-16"]),
        csv("UTF-16 without a BOM", [0x61, 0x00, 0x2C, 0x00, 0x79, 0x00], ["d.csv:1:2: the file contains a NUL byte"]),
        csv("duplicate header", "a,b,a\n1,0,1\n", ["d.csv:1:5: the column name \"a\" is used twice"]),
        csv(
            "a line break in a quoted header name", "a,\"b\nc\",y\n1,0,1\n",
            ["d.csv:1:3: the name of column 2 contains the control character U+A"]),
        csv(
            "a 200 KB header name", String(repeating: "n", count: 200_000) + ",y\n1,0\n",
            ["d.csv:1:1: the name of column 1 is 200000 characters long"]),
        csv("empty header", "a,,y\n1,0,1\n", ["d.csv:1:3: column 2 has no name in the header row"]),
        csv("numbers for a header", "1,0\n0,1\n", ["d.csv:1:1: the first row holds only numbers"]),
        csv("a word for a number", "a,y\n1,0\nabc,1\n", ["d.csv:3:1: the value \"abc\" in column \"a\""]),
        csv("an empty cell", "a,b,y\n1,,0\n", ["d.csv:2:3: the cell in column \"b\" is empty"]),
        csv("a NaN cell", "a,y\nNaN,1\n", ["d.csv:2:1: the value \"NaN\" in column \"a\" is NaN"]),
        csv(
            "an infinite cell", "a,y\n-Infinity,1\n", ["d.csv:2:1: the value \"-Infinity\" in column \"a\" is infinite"]
        ),
        csv(
            "an overflowing cell", "a,y\n1e309,1\n", ["d.csv:2:1: the value \"1e309\" in column \"a\" is out of range"]),
        csv(
            "a hexadecimal cell", "a,y\n0x1p3,1\n",
            ["d.csv:2:1: the value \"0x1p3\" in column \"a\" is a hexadecimal number"]),
        csv(
            "a decimal comma in a cell", "a,y\n\"0,5\",1\n",
            ["d.csv:2:1: the value \"0,5\" in column \"a\" uses a decimal comma"]),
        csv("a label of 2", "a,y\n1,0\n1,2\n", ["d.csv:3:3: the label \"2\" in column \"y\" is neither 0 nor 1"]),
        csv("a label of -1 on a CR-only line", "a,y\r1,0\r1,-1\r", ["d.csv:3:3: the label \"-1\" in column \"y\""]),
        csv("a label of yes", "a,label\n1,yes\n", ["d.csv:2:3: the value \"yes\" in column \"label\""]),
        csv("10,000 columns", wide(10_000), ["d.csv:1:4894: the file has 10000 feature columns; at most 1000"]),
        csv(
            "a 200 KB word", "a,y\n\"" + String(repeating: "x", count: 200_000) + "\",1\n",
            ["d.csv:2:1: the value \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…\" in column \"a\""]),
        csv(
            "a field over 1 MB", "a,y\n" + String(repeating: "1", count: 1_100_000) + ",1\n",
            ["d.csv:2:1: the field that starts here is larger than 1 MB"]),
    ]
}
