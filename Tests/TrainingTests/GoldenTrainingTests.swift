import Formats
import Testing

@testable import Training

/// The trainer against the independent numpy reference (Reference/reference.py).
///
/// The reference is the article's code with a correctly rounded exp, so every logged value of every
/// iteration is compared bit for bit, under both rules — except the two losses, which go through
/// log (within a relative 1e-12).
@Suite struct GoldenTrainingTests {
    static let cases = (try? GoldenFile.cases()) ?? []

    @Test func allCasesAreLoaded() {
        #expect(Self.cases.count == 9)
        #expect(Set(Self.cases.map(\.gate)) == Set(LogicGate.allCases.map(\.rawValue)))
    }

    @Test(arguments: cases)
    func everyValueOfEveryIterationMatchesNumpy(_ golden: GoldenFile.Case) throws {
        let log = try train(golden)
        let (header, rows) = try GoldenFile.table("\(golden.name).csv")
        #expect(header == CSVColumns.names(samples: 4, features: 2))
        #expect(rows.count == log.count)
        for (index, row) in rows.enumerated() {
            let k = index + 1
            let mine = CSVColumns.values(of: log, iteration: k)
            for (column, (expected, actual)) in zip(header, zip(row, mine)) {
                let kind = String(column.prefix { $0.isLetter })
                guard let want = Double(expected) else {
                    Issue.record("\(golden.name): unreadable golden \(expected) at \(column), iteration \(k)")
                    continue
                }
                if kind != "mse" && kind != "bce" {
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
    func nearThresholdSamplesAreTheReferences(_ golden: GoldenFile.Case) throws {
        let log = try train(golden)
        let (header, rows) = try GoldenFile.table("\(golden.name)-near-threshold.csv")
        #expect(header == ["iteration", "sample", "z", "s", "flips_if_exp_one_ulp_off"])
        let expected = rows.map { $0.joined(separator: ",") }
        let actual = log.nearThreshold.map {
            [
                String($0.iteration), String($0.sample), ShortestNumber.text($0.z), ShortestNumber.text($0.s),
                $0.flipsWithExpOneUlpOff ? "1" : "0",
            ].joined(separator: ",")
        }
        #expect(actual == expected)
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

/// The CSV columns README documents, built here independently of the exporter so the test checks the log itself.
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
