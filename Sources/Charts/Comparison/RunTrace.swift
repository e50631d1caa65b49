import Training

/// What the comparison charts need of one run, kept after its log is released: the loss, the
/// misclassified count, the first weights and the bias over the iterations, each a `TracedSeries`.
public struct RunTrace: Sendable, Equatable {
    /// The mean binary cross-entropy of each iteration, from iteration 1.
    public let loss: TracedSeries
    /// The misclassified count of each iteration, from iteration 1.
    public let errors: TracedSeries
    /// Weights w1 … (at most `maximumWeights`), each from iteration 0 (the initial value); none
    /// for a network with hidden layers, whose output layer's weights are not the inputs'.
    public let weights: [TracedSeries]
    /// The bias from iteration 0; nil for a network with hidden layers.
    public let bias: TracedSeries?
    /// n, the run's number of weights (those traced are the first `maximumWeights`).
    public let featureCount: Int
    /// m, the run's number of samples.
    public let sampleCount: Int
    /// The iterations the run logged.
    public let iterations: Int

    /// The most weights traced: a comparison draws a chart per weight.
    public static let maximumWeights = 4
    /// The most buckets a traced series has over the longest run: more than a chart's pixel columns.
    public static let maximumBuckets = 2_048

    /// The bucket width for runs of at most `longest` iterations: 1 (every value) up to
    /// `maximumBuckets` iterations.
    public static func bucket(forLongest longest: Int) -> Int {
        max(1, (longest + maximumBuckets) / maximumBuckets)
    }

    /// The trace of `log` in buckets of `bucket` iterations.
    ///
    /// - Complexity: O(iterations × (traced weights + 3)).
    public init(_ log: TrainingLog, bucket: Int) {
        loss = TracedSeries(log.bceSeries, firstIteration: 1, bucket: bucket)
        errors = TracedSeries(log.errorSeries.lazy.map { Double($0) }, firstIteration: 1, bucket: bucket)
        let single = !log.hasHiddenLayers
        weights = (0..<(single ? min(log.featureCount, Self.maximumWeights) : 0)).map { j in
            TracedSeries([log.weight(0, j)] + log.weightSeries(j), firstIteration: 0, bucket: bucket)
        }
        bias = single ? TracedSeries([log.bias(0)] + log.biasSeries, firstIteration: 0, bucket: bucket) : nil
        featureCount = log.featureCount
        sampleCount = log.dataset.sampleCount
        iterations = log.count
    }
}
