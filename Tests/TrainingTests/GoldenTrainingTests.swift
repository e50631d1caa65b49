import Testing

@testable import Training

/// The trainer against the independent numpy reference (Reference/reference.py).
///
/// Exact: everything made of + − × ÷ under the thresholded rule (z, ŷ, e, errors, dW, db, W, b),
/// and ŷ and errors under both rules. Within a relative 1e-12: values that go through exp (s, the
/// losses, and the logistic rule's whole trajectory), since numpy's vectorised exp may differ from
/// the C library's by an ulp.
@Suite struct GoldenTrainingTests {
    static let cases = (try? GoldenFile.cases()) ?? []

    @Test func allCasesAreLoaded() {
        #expect(Self.cases.count == 6)
    }

    @Test(arguments: cases)
    func everyValueOfEveryIterationMatchesNumpy(_ golden: GoldenFile.Case) throws {
        let log = try train(golden)
        let (header, rows) = try GoldenFile.table("\(golden.name).csv")
        #expect(header == CSVColumns.names(samples: 4, features: 2))
        #expect(rows.count == log.count)
        let exactUnderRule: Set<String> = ["z", "e", "dw", "db", "w", "b"]
        for (index, row) in rows.enumerated() {
            let k = index + 1
            let mine = CSVColumns.values(of: log, iteration: k)
            for (column, (expected, actual)) in zip(header, zip(row, mine)) {
                let kind = String(column.prefix { $0.isLetter })
                guard let want = Double(expected) else {
                    Issue.record("\(golden.name): unreadable golden \(expected) at \(column), iteration \(k)")
                    continue
                }
                let exact =
                    ["iteration", "yhat", "errors"].contains(kind)
                    || (golden.rule == "thresholded" && exactUnderRule.contains(kind))
                if exact {
                    #expect(
                        actual.bitPattern == want.bitPattern,
                        "\(golden.name) iteration \(k) \(column): \(actual) ≠ numpy \(want)")
                } else {
                    #expect(
                        closeEnough(actual, want), "\(golden.name) iteration \(k) \(column): \(actual) vs numpy \(want)"
                    )
                }
            }
        }
    }

    @Test(arguments: cases)
    func nearThresholdSamplesAreTheReferencesAndFlagged(_ golden: GoldenFile.Case) throws {
        let log = try train(golden)
        let (_, rows) = try GoldenFile.table("\(golden.name)-near-threshold.csv")
        let expected = rows.map { "\($0[0])/\($0[1])" }
        let actual = log.nearThreshold.map { "\($0.iteration)/\($0.sample)" }
        #expect(actual == expected)
        for (row, sample) in zip(rows, log.nearThreshold) {
            #expect(Double(row[4])?.bitPattern == sample.s.bitPattern, "correctly rounded s at \(row[0])/\(row[1])")
        }
    }

    private func train(_ golden: GoldenFile.Case) throws -> TrainingLog {
        let gate = try #require(LogicGate(rawValue: golden.gate))
        let rule = try #require(UpdateRule(rawValue: golden.rule))
        let settings = TrainingSettings(
            initialWeights: golden.weights, initialBias: golden.bias, learningRate: golden.learningRate,
            iterations: golden.iterations, rule: rule, threshold: golden.threshold)
        try settings.validate(for: gate.dataset)
        return Trainer.train(gate.dataset, settings: settings)
    }

    private func closeEnough(_ a: Double, _ b: Double) -> Bool {
        a == b || abs(a - b) <= 1e-12 * max(abs(a), abs(b))
    }
}

/// SPEC §5's columns, built here independently of the exporter so the test checks the log itself.
enum CSVColumns {
    static func names(samples m: Int, features n: Int) -> [String] {
        var names = ["iteration"]
        for prefix in ["z", "s", "yhat", "e"] { names += (1...m).map { "\(prefix)\($0)" } }
        names += ["errors", "mse", "bce"] + (1...n).map { "dw\($0)" } + ["db"] + (1...n).map { "w\($0)" } + ["b"]
        return names
    }

    static func values(of log: TrainingLog, iteration k: Int) -> [Double] {
        let samples = 0..<log.loggedSampleCount, features = 0..<log.featureCount
        var values = [Double(k)]
        values += samples.map { log.z(k, $0) } + samples.map { log.s(k, $0) }
        values += samples.map { Double(log.prediction(k, $0)) } + samples.map { log.e(k, $0) }
        values += [Double(log.errors(k)), log.mse(k), log.bce(k)]
        values += features.map { log.dW(k, $0) } + [log.db(k)] + features.map { log.weight(k, $0) } + [log.bias(k)]
        return values
    }
}
