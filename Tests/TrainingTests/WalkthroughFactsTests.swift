import Testing

@testable import Training

/// The facts of the original walkthrough that README states, checked on the trainer's own log.
@Suite struct WalkthroughFactsTests {
    let log = Trainer.train(LogicGate.and.dataset, settings: .walkthrough)

    @Test func finalParametersAreTheArticles() {
        #expect(log.count == 1000)
        #expect(log.summary.finalWeights == [0.049999999999999954, 0.050000000000000024])
        #expect(log.summary.finalBias == -0.07499999999999982)
    }

    @Test func everyPredictionIsRightFromIteration26On() {
        #expect(log.summary.allRightFrom == 26)
        #expect(log.errors(25) > 0)
        #expect((26...1000).allSatisfy { log.errors($0) == 0 })
        #expect(log.summary.accuracy == 1)
    }

    @Test func iteration15HasTheRoundingResidueInZ1() {
        #expect(log.z(15, 0) == 1.8735013540549517e-16)
    }

    @Test func firstForwardPassIsTheArticles() {
        // z = 0.4·x1 + 0.2·x2 + 1 for the article's samples (0,0), (1,0), (0,1), (1,1).
        #expect(LogicGate.and.dataset.features == [[0, 1, 0, 1], [0, 0, 1, 1]])
        #expect(LogicGate.and.dataset.labels == [0, 0, 0, 1])
        #expect((0..<4).map { log.z(1, $0) } == [1, 1.4, 1.2, 1.6])
        #expect((0..<4).map { log.prediction(1, $0) } == [1, 1, 1, 1])
        #expect(log.errors(1) == 3)
    }

    @Test func eightIterationsSitOnTheBoundaryAndNoneDependsOnTheExp() {
        #expect(log.nearThresholdIterations == [13, 15, 17, 18, 19, 20, 22, 24])
        #expect(log.nearThreshold.allSatisfy { !$0.flipsWithExpOneUlpOff })
    }

    @Test func xorNeverConverges() {
        var settings = TrainingSettings.walkthrough
        settings.rule = .thresholded
        let xor = Trainer.train(LogicGate.xor.dataset, settings: settings)
        #expect(xor.summary.allRightFrom == nil)
        #expect(xor.summary.divergedAt == nil)
        // Iteration 17: z₃ = −2.78e−16 gives s₃ = 0.5 exactly (ŷ₃ = 1), z₄ = −3.33e−16 gives
        // s₄ = 0.4999999999999999 (ŷ₄ = 0); an exp one ulp off would flip either.
        let iteration17 = xor.nearThreshold.filter { $0.iteration == 17 }
        #expect(iteration17.map(\.sample) == [3, 4])
        #expect(iteration17.map(\.s) == [0.5, 0.4999999999999999])
        #expect(iteration17.allSatisfy { $0.flipsWithExpOneUlpOff })
        #expect(xor.prediction(17, 2) == 1)
        #expect(xor.prediction(17, 3) == 0)
    }

    @Test func summaryOnlyRunAgreesWithTheLog() {
        var settings = TrainingSettings.walkthrough
        for rule in UpdateRule.allCases {
            settings.rule = rule
            #expect(
                Trainer.summary(LogicGate.and.dataset, settings: settings)
                    == Trainer.train(LogicGate.and.dataset, settings: settings).summary)
        }
    }
}
