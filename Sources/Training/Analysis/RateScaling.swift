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
        func include(_ a: Double, _ b: Double) {
            let scaled = b / factor
            let size = max(abs(a), abs(scaled))
            if size > 0 { deviation = max(deviation, abs(a - scaled) / size) }
        }
        var before = (small: zero, large: zero)
        for k in 1...iterations {
            for j in 0..<n { (before.small[j], before.large[j]) = (small.weights[j], large.weights[j]) }
            let biases = (small: small.bias, large: large.bias)
            small.step()
            large.step()
            if firstDifference == nil, small.predictions != large.predictions { firstDifference = k }
            for j in 0..<n { include(small.weights[j], large.weights[j]) }
            include(small.bias, large.bias)
            // A step that moved neither run's W or b is repeated by every later one (a step depends
            // on W and b alone): the comparison is complete (AND converges within 50 of 625,000).
            let still =
                small.bias.bitPattern == biases.small.bitPattern && large.bias.bitPattern == biases.large.bitPattern
                && (0..<n).allSatisfy {
                    small.weights[$0].bitPattern == before.small[$0].bitPattern
                        && large.weights[$0].bitPattern == before.large[$0].bitPattern
                }
            if still { break }
        }
        self.iterations = iterations
        self.firstDifference = firstDifference
        largestDeviation = deviation
    }
}
