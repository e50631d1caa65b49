import Formats
import Foundation
import Testing
import Training

@testable import Site

@Suite("History rows: six significant digits shown, the exact values in the row's details")
struct HistoryRowTests {
    static func rows(_ log: TrainingLog, _ range: ClosedRange<Int>) -> String {
        var bytes: [UInt8] = []
        HistoryRowWriter(log: log).write(range, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test("a row: iteration, ŷ, misclassified, then each number shown and exact, with ASCII minus signs")
    func walkthroughRow() throws {
        let log = ExportFixtures.andRun(iterations: 40)
        let row = Self.rows(log, 26...26)
        #expect(row.hasPrefix(#"<tr id="it-26" class="changed"><th>26<td>0 0 0 1<td>0<td>0.240745<td>0.674632"#))
        #expect(row.contains("<td>0<td>0<td>0<td>0.0500000<td>0.0500000<td>-0.0750000<td><details>"))
        #expect(row.contains("b <code>-0.07499999999999982</code></details>"))
        #expect(row.contains("W <code>0.049999999999999954</code> <code>0.050000000000000024</code>"))
        #expect(!Self.rows(log, 1...40).unicodeScalars.contains("\u{2212}"))
    }

    @Test("every shown number is its exact value at six significant digits")
    func shownMatchesExact() throws {
        let log = ExportFixtures.andRun(iterations: 300, rule: .logistic)
        for line in Self.rows(log, 1...300).split(separator: "\n") {
            let cells = line.components(separatedBy: "<td>")
            let shown = Array(cells[3..<11])
            let exact = line.components(separatedBy: "<code>").dropFirst().map { String($0.prefix { $0 != "<" }) }
            #expect(exact.count == 8)
            for (text, value) in zip(shown, exact) {
                #expect(text == SignificantNumber.text(Double(value) ?? .nan), "\(line.prefix(20))")
            }
        }
    }

    @Test("with more than three features, dW and W are in the details only, the first eight of them")
    func manyFeatures() throws {
        let dataset = try Dataset(
            name: "nine", features: (0..<9).map { j in [0, 1, 0.5, Double(j)] }, labels: [0, 1, 1, 0])
        let settings = TrainingSettings(
            initialWeights: Array(repeating: 0.1, count: 9), initialBias: 0, learningRate: 0.1, iterations: 3,
            rule: .logistic, threshold: 0.5)
        let log = Trainer.train(dataset, settings: settings)
        let row = Self.rows(log, 2...2)
        #expect(row.components(separatedBy: "<td>").count == 1 + 7)  // ŷ, count, MSE, CE, db, b, details
        let details = try #require(row.components(separatedBy: "<details>").last)
        #expect(details.components(separatedBy: "<code>").count == 1 + 4 + 2 * 8)
        #expect(details.contains(" …<br>db") && details.contains(" …<br>b"))
    }
}
