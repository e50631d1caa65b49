import Testing

@testable import Training

/// `TrainingLog.settledRow`: recorded as the rows are written, it must be the first row from which
/// every row of every column repeats the row before it, as a pass over the finished columns finds.
@Suite struct SettledRowTests {
    /// Whether row `row` of every column equals row `row − 1`, bit for bit.
    static func repeats(_ log: TrainingLog, row: Int) -> Bool {
        let c = log.columns, rows = log.count
        func same(_ column: [Double]) -> Bool {
            let width = column.count / rows
            return (0..<width).allSatisfy {
                column[row * width + $0].bitPattern == column[(row - 1) * width + $0].bitPattern
            }
        }
        func same<T: Equatable>(_ column: [T]) -> Bool {
            let width = column.count / rows
            return (0..<width).allSatisfy { column[row * width + $0] == column[(row - 1) * width + $0] }
        }
        return same(c.z) && same(c.s) && same(c.e) && same(c.predictions) && same(c.errors) && same(c.mse)
            && same(c.bce) && same(c.dW) && same(c.db) && same(c.weights) && same(c.bias) && same(c.hidden)
    }

    /// The first row of the final run of repeating rows, from the finished columns.
    static func settled(_ log: TrainingLog) -> Int {
        var row = log.count
        while row >= 2, repeats(log, row: row - 1) { row -= 1 }
        return row
    }

    static var runs: [(String, TrainingLog)] {
        var logistic = TrainingSettings.walkthrough
        logistic.rule = .logistic
        var short = TrainingSettings.walkthrough
        short.iterations = 1
        var diverging = TrainingSettings.walkthrough
        diverging.learningRate = 1e308
        diverging.initialWeights = [1e308, -1e308]
        var or = TrainingSettings.walkthrough
        or.initialWeights = [0, 0]
        or.initialBias = 0
        let xor = LogicGate.xor.dataset
        return [
            ("AND, the walkthrough", Trainer.train(LogicGate.and.dataset, settings: .walkthrough)),
            ("AND, logistic", Trainer.train(LogicGate.and.dataset, settings: logistic)),
            ("AND, one iteration", Trainer.train(LogicGate.and.dataset, settings: short)),
            ("AND, α = 1e308", Trainer.train(LogicGate.and.dataset, settings: diverging)),
            ("OR from 0", Trainer.train(LogicGate.or.dataset, settings: or)),
            ("XOR without a hidden layer", Trainer.train(xor, settings: .walkthrough)),
            (
                "XOR 2-2-1, thresholded",
                Trainer.train(xor, settings: HiddenNetworkTests.settings(xor, hidden: [2], rule: .thresholded))
            ),
            ("XOR 2-2-1", Trainer.train(xor, settings: HiddenNetworkTests.settings(xor, hidden: [2], iterations: 300))),
        ]
    }

    @Test("the settled row is the first of the final run of rows that repeat the row before")
    func matchesTheColumns() {
        for (name, log) in Self.runs {
            #expect(log.settledRow == Self.settled(log), "\(name)")
            #expect((log.settledRow..<log.count).allSatisfy { $0 == 0 || Self.repeats(log, row: $0) }, "\(name)")
        }
    }

    @Test("the walkthrough's run settles once every prediction is right; the logistic rule's never")
    func settling() throws {
        let runs = Dictionary(uniqueKeysWithValues: Self.runs)
        let walkthrough = try #require(runs["AND, the walkthrough"])
        #expect(walkthrough.settledRow > 1 && walkthrough.settledRow < walkthrough.count)
        #expect(runs["AND, logistic"]?.settledRow == runs["AND, logistic"]?.count)
    }
}
