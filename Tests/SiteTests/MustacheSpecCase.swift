import Foundation
import Testing

/// One test of the Mustache spec (a copy of mustache/spec's core JSON files in `MustacheSpec/`).
struct MustacheSpecCase: Decodable, Sendable, CustomTestStringConvertible {
    /// The six core modules; the optional `~` modules (lambdas, inheritance, dynamic names) are not implemented.
    static let coreFiles = ["interpolation", "sections", "inverted", "comments", "partials", "delimiters"]

    /// The spec file's top level; only `tests` is read.
    private struct SpecFile: Decodable {
        let tests: [MustacheSpecCase]
    }

    var file = ""
    let name: String
    let desc: String
    let data: SpecJSON
    let template: String
    let expected: String
    let partials: [String: String]?

    var testDescription: String { "\(file): \(name)" }

    private enum CodingKeys: String, CodingKey {
        case name, desc, data, template, expected, partials
    }

    /// Every test of the core files, in file order.
    static func all() throws -> [MustacheSpecCase] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "MustacheSpec")
        var cases: [MustacheSpecCase] = []
        for file in coreFiles {
            let data = try Data(contentsOf: folder.appending(path: "\(file).json"))
            for var test in try JSONDecoder().decode(SpecFile.self, from: data).tests {
                test.file = file
                cases.append(test)
            }
        }
        return cases
    }
}
