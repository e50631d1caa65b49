import Foundation

/// The numpy goldens next to these tests (see Reference/reference.py; `make goldens` re-records them).
enum GoldenFile {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "Golden")

    /// One training case of Golden/cases.json.
    struct Case: Decodable, CustomStringConvertible {
        let name: String
        let gate: String
        let weights: [Double]
        let bias: Double
        let learningRate: Double
        let iterations: Int
        let rule: String
        let threshold: Double
        var description: String { name }
    }

    static func cases() throws -> [Case] {
        try JSONDecoder().decode([Case].self, from: Data(contentsOf: folder.appending(path: "cases.json")))
    }

    /// The header and the rows of a golden CSV (plain numbers, no quoting).
    /// Every line of a golden file split at commas, for files without a header.
    static func allLines(_ name: String) throws -> [[String]] {
        let text = try String(contentsOf: folder.appending(path: name), encoding: .utf8)
        return text.split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
    }

    static func table(_ name: String) throws -> (header: [String], rows: [[String]]) {
        let text = try String(contentsOf: folder.appending(path: name), encoding: .utf8)
        let lines = text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        guard let header = lines.first else { return ([], []) }
        return (header.map(String.init), lines.dropFirst().map { $0.map(String.init) })
    }
}
