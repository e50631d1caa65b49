import Testing

@testable import Training

@Suite struct TrainingSummaryTests {
    func summary(_ errors: [Int32], divergedAt: Int? = nil) -> TrainingSummary {
        TrainingSummary(
            iterationsRequested: errors.count, errors: errors, divergedAt: divergedAt, finalWeights: [0],
            finalBias: 0, finalCorrect: 1, sampleCount: 2)
    }

    @Test(
        arguments: [
            ([0], 1), ([0, 0, 0], 1), ([1, 0, 0], 2), ([1, 1, 0], 3), ([1, 0, 1, 0], 4), ([2, 0, 1, 0, 0], 4),
        ] as [([Int32], Int)])
    func convergenceIsTheStartOfTheFinalRightStretch(_ errors: [Int32], _ expected: Int) {
        #expect(summary(errors).allRightFrom == expected)
    }

    @Test(arguments: [[1], [0, 1], [1, 1, 1], [0, 0, 2]] as [[Int32]])
    func aRunEndingWrongHasNotConverged(_ errors: [Int32]) {
        #expect(summary(errors).allRightFrom == nil)
    }

    @Test func aDivergedRunHasNotConverged() {
        #expect(summary([0, 0], divergedAt: 2).allRightFrom == nil)
        #expect(summary([0, 0], divergedAt: 2).accuracy == nil)
    }

    @Test func overflowingParametersStopTrainingAtThatIteration() throws {
        let huge = try Dataset(name: "huge", features: [[1e300, 0], [0, 1e300]], labels: [1, 0])
        var settings = TrainingSettings.defaults(for: huge)
        settings.learningRate = 1e10
        settings.rule = .logistic
        let log = Trainer.train(huge, settings: settings)
        #expect(log.divergedAt == 1)
        #expect(log.count == 1)
        #expect(log.summary.divergedAt == 1)
        #expect(log.summary.iterationsRun == 1)
        #expect(log.summary.finalWeights.contains { !$0.isFinite })
    }

    @Test func aHugeLearningRateOnTheGateStaysFiniteAndIsLogged() {
        var settings = TrainingSettings.walkthrough
        settings.learningRate = 1e6
        settings.rule = .logistic
        let log = Trainer.train(LogicGate.and.dataset, settings: settings)
        #expect(log.count == 1000)
        #expect(log.divergedAt == nil)
        #expect((1...log.count).allSatisfy { log.bce($0).isFinite && log.mse($0).isFinite })
    }

    @Test func predictionChangesAreTheIterationsWhereSomeClassFlipped() {
        let log = Trainer.train(LogicGate.and.dataset, settings: .walkthrough)
        #expect(!log.predictionChanges.contains(1))
        for k in log.predictionChanges {
            #expect((0..<4).contains { log.prediction(k, $0) != log.prediction(k - 1, $0) })
        }
        let unchanged = Set(2...log.count).subtracting(log.predictionChanges)
        for k in unchanged {
            #expect((0..<4).allSatisfy { log.prediction(k, $0) == log.prediction(k - 1, $0) })
        }
        #expect(log.predictionChanges.last ?? 0 <= 26)
    }
}
