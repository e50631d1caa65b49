import Testing
import Training

@testable import Charts

/// The changes of W and b that the log counts as it is written are those a pass over its
/// columns finds.
@Suite struct ParameterChangesTests {
    static func log(_ dataset: Dataset, _ change: (inout TrainingSettings) -> Void) -> TrainingLog {
        var settings = TrainingSettings.defaults(for: dataset)
        change(&settings)
        return Trainer.train(dataset, settings: settings)
    }

    /// Parameters that overflow in the first update (as TrainingSummaryTests' run).
    static func diverging() -> TrainingLog {
        guard let huge = try? Dataset(name: "huge", features: [[1e300, 0], [0, 1e300]], labels: [1, 0]) else {
            return log(LogicGate.and.dataset) { _ in }
        }
        return log(huge) { ($0.learningRate, $0.rule) = (1e10, .logistic) }
    }

    static let runs: [(String, TrainingLog)] = [
        ("walkthrough", log(LogicGate.and.dataset) { _ in }),
        ("logistic, every update a change", log(LogicGate.and.dataset) { $0.rule = .logistic }),
        ("XOR never settles", log(LogicGate.xor.dataset) { $0.iterations = 600 }),
        ("diverges", diverging()),
        ("no change at all", log(LogicGate.and.dataset) { ($0.learningRate, $0.iterations) = (0, 30) }),
        (
            "a hidden layer",
            log(LogicGate.xor.dataset) {
                let layers = InitialParameters.drawn(hidden: [2], features: 2, seed: 1)
                $0.hiddenLayers = Array(layers.dropLast())
                ($0.initialWeights, $0.initialBias) = (layers[1].weights.map { $0[0] }, layers[1].biases[0])
                ($0.rule, $0.learningRate, $0.iterations) = (.logistic, 1, 700)
            }
        ),
    ]

    @Test(arguments: runs.map(\.0))
    func theLogCountsWhatAPassOverItFinds(_ name: String) throws {
        let log = try #require(Self.runs.first { $0.0 == name }?.1)
        var found: [Int] = []
        RunFacts.forEachParameterChange(in: log) { found.append($0) }
        let counted = log.parameterChanges
        #expect(counted.count == found.count)
        #expect(counted.last == (found.last ?? 0))
        #expect(counted.leading == Array(found.prefix(ParameterChanges.leadingKept)))
        // The facts read from the count are those of a pass keeping more than the log kept.
        let quick = RunFacts(log)
        let scanned = RunFacts(log, kept: ParameterChanges.leadingKept + 1)
        #expect(quick.parameterChangeCount == scanned.parameterChangeCount)
        #expect(quick.lastParameterChange == scanned.lastParameterChange)
        #expect(
            quick.leadingParameterChanges
                == Array(scanned.leadingParameterChanges.prefix(quick.leadingParameterChanges.count)))
        #expect(quick.leadingParameterChanges.count == min(found.count, BoundaryCharts.maximumFrames))
    }

    @Test func theRunsCoverEveryKindOfHistory() throws {
        let counts = Dictionary(uniqueKeysWithValues: Self.runs.map { ($0.0, $0.1.parameterChanges.count) })
        #expect(counts["no change at all"] == 0)
        #expect(try #require(counts["logistic, every update a change"]) > ParameterChanges.leadingKept)
        #expect(try #require(counts["walkthrough"]) < 100)
        #expect(Self.runs.first { $0.0 == "diverges" }?.1.divergedAt != nil)
    }
}
