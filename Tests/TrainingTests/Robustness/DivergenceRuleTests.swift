import Testing

@testable import Training

/// Extreme settings against the documented rule: training runs every iteration, or stops right
/// after the first update that makes W or b non-finite; nothing before that is non-finite, and
/// the logged values stay in their ranges or are NaN only where a NaN input explains it.
@Suite struct DivergenceRuleTests {
    static func data(_ features: [[Double]], _ labels: [Double]) -> Dataset? {
        try? Dataset(name: "extreme", features: features, labels: labels)
    }

    static let datasets: [Dataset] = [
        LogicGate.and.dataset, LogicGate.xor.dataset,
        data([[1e300, -1e300, 1e300, 0], [1e300, 1e300, -1e300, 0]], [1, 0, 0, 1]),
        data([[1e-300, 0, 1e-300, 5e-324], [0, 1e-300, 1e-300, 0]], [0, 1, 1, 1]),
        data([[0, 0, 1, 1], [0, 1, 0, 1]], [1, 1, 1, 1]),
        data([[0, 0, 1, 1], [0, 1, 0, 1]], [0, 0, 0, 0]),
        data([[.greatestFiniteMagnitude], [-.greatestFiniteMagnitude]], [1]),
        data([[1, 2], [3, 4], [5, 6]], [0, 1]),
    ].compactMap { $0 }

    static let rates: [Double] = [0, 1e-300, 0.1, 1e6, 1e300, -1e6]

    @Test func everyExtremeDatasetIsThere() {
        #expect(Self.datasets.count == 8)
    }

    @Test(arguments: rates, [UpdateRule.thresholded, .logistic])
    func trainingFollowsTheStoppingRule(_ rate: Double, _ rule: UpdateRule) {
        for dataset in Self.datasets {
            for threshold in [0.5, 1e-300, 0.5.nextDown, 1.0.nextDown] {
                var settings = TrainingSettings.defaults(for: dataset)
                settings.learningRate = rate
                settings.rule = rule
                settings.threshold = threshold
                settings.iterations = 40
                check(
                    Trainer.train(dataset, settings: settings), "\(dataset.features) α=\(rate) \(rule) T=\(threshold)")
            }
        }
    }

    func check(_ log: TrainingLog, _ name: String) {
        let m = log.loggedSampleCount
        let finite = { (k: Int) in log.bias(k).isFinite && log.weights(after: k).allSatisfy { $0.isFinite } }
        #expect(log.count == (log.divergedAt ?? log.settings.iterations), "\(name)")
        for k in 1...log.count {
            if k < log.count || log.divergedAt == nil {
                #expect(finite(k), "\(name): non-finite at \(k) without stopping")
            } else {
                #expect(!finite(k), "\(name): stopped at \(k) with finite parameters")
            }
            var nanZ = false
            for i in 0..<m {
                let z = log.z(k, i), s = log.s(k, i)
                nanZ = nanZ || z.isNaN
                #expect(s.isNaN == z.isNaN && (s.isNaN || (0...1).contains(s)), "\(name): s = \(s) at \(k)")
                #expect([0, 1].contains(log.prediction(k, i)))
            }
            #expect((0...log.dataset.sampleCount).contains(log.errors(k)))
            #expect(log.mse(k).isNaN == nanZ && (nanZ || (0...1).contains(log.mse(k))), "\(name): mse at \(k)")
            #expect(log.bce(k).isNaN == nanZ && (nanZ || log.bce(k) >= 0), "\(name): bce at \(k)")
        }
        if log.divergedAt != nil { #expect(log.summary.allRightFrom == nil) }
    }

    @Test func aHugeRateWithTheLogisticRuleKeepsGoing() {
        var settings = TrainingSettings.walkthrough
        settings.learningRate = 1e6
        settings.rule = .logistic
        let log = Trainer.train(LogicGate.and.dataset, settings: settings)
        #expect(log.divergedAt == nil)
        #expect(log.count == 1000)
    }

    @Test func featuresOf1e300StopAtTheFirstOverflow() throws {
        let dataset = try #require(Self.datasets.first { $0.features[0].first == 1e300 })
        var settings = TrainingSettings.defaults(for: dataset)
        settings.learningRate = 1e6
        settings.rule = .logistic
        let log = Trainer.train(dataset, settings: settings)
        let k = try #require(log.divergedAt)
        #expect(log.count == k)
        #expect(log.summary.iterationsRun == k)
    }

    @Test(arguments: [0.0, 1.0])
    func equalLabelsConvergeWithoutNaN(_ label: Double) throws {
        let dataset = try Dataset(
            name: "same", features: [[0, 0, 1, 1], [0, 1, 0, 1]], labels: Array(repeating: label, count: 4))
        for rule in [UpdateRule.thresholded, .logistic] {
            var settings = TrainingSettings.defaults(for: dataset)
            settings.rule = rule
            let log = Trainer.train(dataset, settings: settings)
            #expect(log.divergedAt == nil)
            #expect(log.summary.allRightFrom != nil)
            #expect(log.bceSeries.allSatisfy { $0.isFinite })
        }
    }
}
