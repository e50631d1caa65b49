import Testing

@testable import Training

/// Networks with hidden layers against the independent numpy reference
/// (Reference/hidden_reference.py): every logged value of every iteration bit for bit, the two
/// losses (through log) within a relative 1e-12.
@Suite struct HiddenGoldenTests {
    static let cases = (try? HiddenGoldenFile.cases()) ?? []

    @Test func allCasesAreLoaded() {
        #expect(Self.cases.count == 5)
        #expect(Self.cases.contains { $0.layers != nil } && Self.cases.contains { $0.csv != nil })
        #expect(Set(Self.cases.map(\.rule)) == ["logistic", "thresholded"])
    }

    @Test(arguments: cases)
    func everyValueOfEveryIterationMatchesNumpy(_ golden: HiddenGoldenFile.Case) throws {
        let dataset = try golden.dataset()
        let settings = golden.settings(for: dataset)
        try settings.validate(for: dataset)
        let log = Trainer.train(dataset, settings: settings)
        let (header, rows) = try GoldenFile.table("hidden/\(golden.name).csv")
        #expect(header == HiddenColumns.names(log))
        #expect(rows.count == log.count)
        var mismatches = 0
        for (index, row) in rows.enumerated() {
            let k = index + 1
            for (column, (expected, actual)) in zip(header, zip(row, HiddenColumns.values(log, iteration: k))) {
                guard let want = Double(expected) else {
                    Issue.record("\(golden.name): unreadable golden \(expected) at \(column), iteration \(k)")
                    continue
                }
                let equal =
                    column == "mse" || column == "bce"
                    ? (actual == want || abs(actual - want) <= 1e-12 * max(abs(actual), abs(want)))
                    : actual.bitPattern == want.bitPattern
                if !equal {
                    mismatches += 1
                    if mismatches <= 10 {
                        Issue.record("\(golden.name) iteration \(k) \(column): \(actual) ≠ numpy \(want)")
                    }
                }
            }
        }
        #expect(mismatches == 0)
    }
}
