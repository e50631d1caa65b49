/// The thresholded rule from zero initial parameters, trained twice with learning rates α and
/// 500·α: every error is −1, 0 or 1 and z scales with W and b, so in exact arithmetic the
/// second run's W and b are the first's times 500 and every prediction is the same. This
/// measures how far float64 keeps to that.
public struct RateScaling: Sendable, Equatable {
    /// The two learning rates compared.
    public static let rates = (small: 0.1, large: 50.0)
    /// The most sample-iterations (m × n × N) the comparison trains.
    public static let maximumWork = 5_000_000

    /// How many iterations were compared.
    public let iterations: Int
    /// The first iteration whose predictions differ between the two runs, if any.
    public let firstDifference: Int?
    /// The largest relative difference between the large run's W, b divided by 500 and the small
    /// run's, over every iteration compared (0 when they are exactly proportional).
    public let largestDeviation: Double

    /// Trains both runs for at most `iterations` on `dataset`; nil when that is more work than
    /// `maximumWork`.
    public init?(dataset: Dataset, iterations: Int, threshold: Double) {
        let n = dataset.featureCount
        guard iterations >= 1, dataset.sampleCount * n * iterations <= Self.maximumWork else { return nil }
        let zero = [Double](repeating: 0, count: n)
        func settings(_ rate: Double) -> TrainingSettings {
            TrainingSettings(
                initialWeights: zero, initialBias: 0, learningRate: rate, iterations: iterations, rule: .thresholded,
                threshold: threshold)
        }
        var small = TrainingState(dataset: dataset, settings: settings(Self.rates.small))
        var large = TrainingState(dataset: dataset, settings: settings(Self.rates.large))
        let factor = Self.rates.large / Self.rates.small
        var firstDifference: Int?
        var deviation = 0.0
        for k in 1...iterations {
            small.step()
            large.step()
            if firstDifference == nil, small.predictions != large.predictions { firstDifference = k }
            for (a, b) in zip(small.weights + [small.bias], large.weights + [large.bias]) {
                let scaled = b / factor
                let size = max(abs(a), abs(scaled))
                if size > 0 { deviation = max(deviation, abs(a - scaled) / size) }
            }
        }
        self.iterations = iterations
        self.firstDifference = firstDifference
        largestDeviation = deviation
    }
}
