import Testing

@testable import Training

/// The timeline keeps a run's predictions as changes; where two runs part must be what comparing
/// their logs row by row finds.
@Suite struct PredictionTimelineTests {
    /// The first iteration (of those both ran) where some logged prediction differs, by brute force.
    func partingByRows(_ a: TrainingLog, _ b: TrainingLog) -> Int? {
        let samples = min(a.loggedSampleCount, b.loggedSampleCount)
        for k in 1...min(a.count, b.count)
        where (0..<samples).contains(where: { a.prediction(k, $0) != b.prediction(k, $0) }) {
            return k
        }
        return nil
    }

    func run(_ gate: LogicGate, rate: Double, rule: UpdateRule, iterations: Int = 400, bias: Double = 1) -> TrainingLog
    {
        var settings = TrainingSettings.defaults(for: gate.dataset)
        settings.learningRate = rate
        settings.rule = rule
        settings.iterations = iterations
        settings.initialBias = bias
        return Trainer.train(gate.dataset, settings: settings)
    }

    @Test(arguments: LogicGate.allCases)
    func partingIsTheFirstRowWherePredictionsDiffer(_ gate: LogicGate) {
        let logs = [
            run(gate, rate: 0.01, rule: .thresholded), run(gate, rate: 0.1, rule: .thresholded),
            run(gate, rate: 1, rule: .thresholded), run(gate, rate: 0.01, rule: .logistic),
            run(gate, rate: 0.1, rule: .logistic), run(gate, rate: 1, rule: .logistic, iterations: 150),
            run(gate, rate: 0.1, rule: .thresholded, bias: -1),
        ]
        for a in logs {
            for b in logs {
                let timelines = (PredictionTimeline(a), PredictionTimeline(b))
                #expect(timelines.0.firstDifference(from: timelines.1) == partingByRows(a, b))
                #expect(timelines.1.firstDifference(from: timelines.0) == partingByRows(a, b))
            }
        }
    }

    @Test func theTimelineRebuildsEveryRowsPredictions() {
        let log = run(.xor, rate: 0.1, rule: .thresholded)
        let timeline = PredictionTimeline(log)
        var current = timeline.first
        var flips = timeline.flips[...]
        for k in 1...log.count {
            if let next = flips.first, next.iteration == k {
                for sample in next.samples { current[sample] ^= 1 }
                flips = flips.dropFirst()
            }
            #expect(current == (0..<4).map { UInt8(log.prediction(k, $0)) }, "iteration \(k)")
        }
        // XOR's predictions keep changing: the timeline is one entry per change, not per iteration.
        #expect(timeline.flips.count == log.predictionChanges.count)
    }

    @Test func onlyTheIterationsBothRanAreCompared() {
        let short = run(.and, rate: 0.1, rule: .thresholded, iterations: 10)
        let long = run(.and, rate: 0.1, rule: .thresholded, iterations: 400)
        #expect(PredictionTimeline(short).firstDifference(from: PredictionTimeline(long)) == nil)
        // Runs that agree on the first 10 iterations but not later part only in the longer overlap.
        let other = run(.and, rate: 0.11, rule: .thresholded, iterations: 400)
        let parting = partingByRows(long, other)
        #expect(parting != nil)
        if let parting, parting > 10 {
            #expect(PredictionTimeline(short).firstDifference(from: PredictionTimeline(other)) == nil)
        }
    }

    @Test func largeDataAreComparedOnTheLoggedSamples() throws {
        let m = 100
        let first: [Double] = (0..<m).map { Double($0 % 7) - 3 }
        let second: [Double] = (0..<m).map { Double($0 % 5) - 2 }
        let labels: [Double] = (0..<m).map { Double(($0 % 7 + $0 % 5) % 2) }
        let features = [first, second]
        let data = try Dataset(name: "large", features: features, labels: labels)
        var settings = TrainingSettings.defaults(for: data)
        settings.iterations = 200
        let a = Trainer.train(data, settings: settings)
        settings.learningRate = 0.5
        let b = Trainer.train(data, settings: settings)
        #expect(PredictionTimeline(a).sampleCount == TrainingLog.maximumLoggedSamples)
        #expect(PredictionTimeline(a).firstDifference(from: PredictionTimeline(b)) == partingByRows(a, b))
    }
}
