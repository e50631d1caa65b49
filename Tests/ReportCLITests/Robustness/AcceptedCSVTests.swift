import Foundation
import TestSupport
import Testing

/// CSV files that the README's rules accept, read through the built binary: BOM, line ends,
/// blank lines, spaces, quoting, and the large shapes (many rows, the most columns, long
/// fields) in bounded memory. Each is checked against the dataset that `train` logs.
@Suite struct AcceptedCSVTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let bytes: [UInt8]
        let featureNames: [String]
        let firstSample: [Double]
        let labels: [Double]?
        let sampleCount: Int
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "a BOM", bytes: [0xEF, 0xBB, 0xBF] + Array("a,b,y\n1,0,1\n".utf8), featureNames: ["a", "b"],
            firstSample: [1, 0], labels: [1], sampleCount: 1),
        Case(
            name: "CRLF line ends", bytes: Array("a,y\r\n0.5,1\r\n-2,0\r\n".utf8), featureNames: ["a"],
            firstSample: [0.5], labels: [1, 0], sampleCount: 2),
        Case(
            name: "CR-only line ends", bytes: Array("a,y\r0.5,1\r-2,0".utf8), featureNames: ["a"], firstSample: [0.5],
            labels: [1, 0], sampleCount: 2),
        Case(
            name: "blank lines and spaces", bytes: Array("\n a , b ,y\n\n 1 ,\t2, 1\n  \n3,4,0\n\n".utf8),
            featureNames: ["a", "b"], firstSample: [1, 2], labels: [1, 0], sampleCount: 2),
        Case(
            name: "quoted names with commas and quotes",
            bytes: Array("\"x, \"\"first\"\"\",\"second\",y\n\"1\",2,\"1.0\"\n".utf8),
            featureNames: ["x, \"first\"", "second"], firstSample: [1, 2], labels: [1], sampleCount: 1),
        Case(
            name: "a 200 KB number", bytes: Array(("a,y\n1." + String(repeating: "0", count: 200_000) + "1,1\n").utf8),
            featureNames: ["a"], firstSample: [1], labels: [1], sampleCount: 1),
        Case(
            name: "a 100-character feature name, the longest",
            bytes: Array((String(repeating: "n", count: 100) + ",y\n1,0\n").utf8),
            featureNames: [String(repeating: "n", count: 100)], firstSample: [1], labels: [0], sampleCount: 1),
        Case(
            name: "1,000 features, the most",
            bytes: Array(
                ((1...1_000).map { "f\($0)" }.joined(separator: ",") + ",y\n"
                    + Array(repeating: "1", count: 1_001).joined(separator: ",") + "\n").utf8),
            featureNames: (1...1_000).map { "f\($0)" }, firstSample: Array(repeating: 1, count: 1_000), labels: [1],
            sampleCount: 1),
        Case(
            name: "200,000 rows",
            bytes: Array(("a,y\n" + String(repeating: "0.25,1\n-1e-3,0\n", count: 100_000)).utf8),
            featureNames: ["a"], firstSample: [0.25], labels: nil, sampleCount: 200_000),
    ]

    @Test(arguments: cases)
    func isReadByTheDocumentedRule(_ example: Case) throws {
        let workspace = try Workspace(previousSite: false)
        try workspace.apply(.file("d.csv", example.bytes))
        let run = try SpawnedRun.run(
            ["train", "--dataset", "d.csv", "--iterations", "1", "--format", "json", "--log", "run.json", "-q"],
            in: workspace.path)
        #expect(run.exitCode == 0, "\(run.summary)")
        #expect(run.peakMemoryKB < 150_000, "peak memory \(run.peakMemoryKB) kB")
        let data = try Data(contentsOf: URL(fileURLWithPath: workspace.at("run.json")))
        let log = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let dataset = try #require(log["dataset"] as? [String: Any])
        #expect(dataset["featureNames"] as? [String] == example.featureNames)
        let features = try #require(dataset["features"] as? [[Double]])
        #expect(features.map(\.first) == example.firstSample.map { $0 })
        #expect(features.allSatisfy { $0.count == example.sampleCount })
        if let labels = example.labels { #expect(dataset["labels"] as? [Double] == labels) }
    }
}
