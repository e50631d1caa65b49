/// The predictions ŷ of a run's logged samples at every iteration, kept as what changed: the
/// predictions of iteration 1 and, for each later iteration where one changed, which samples
/// flipped. A few bytes for a run that settles, whatever its length; enough to find where two
/// runs on the same data first predict differently, after their logs are gone.
public struct PredictionTimeline: Sendable, Equatable {
    /// The samples covered: the first `loggedSampleCount` of the data (every sample up to 64).
    public let sampleCount: Int
    /// The iterations the run logged.
    public let iterations: Int
    /// ŷ of each covered sample in iteration 1; empty when the run logged no iteration.
    public let first: [UInt8]
    /// Each iteration after the first where a covered sample's prediction changed, with the
    /// samples (from 0) that flipped, in ascending order.
    public let flips: [(iteration: Int, samples: [Int])]

    public static func == (a: Self, b: Self) -> Bool {
        a.sampleCount == b.sampleCount && a.iterations == b.iterations && a.first == b.first
            && a.flips.elementsEqual(b.flips) { $0.iteration == $1.iteration && $0.samples == $1.samples }
    }

    /// The timeline of `log`'s logged samples.
    ///
    /// - Complexity: O(m) for each iteration where some prediction changed (`predictionChanges`).
    public init(_ log: TrainingLog) {
        sampleCount = log.loggedSampleCount
        iterations = log.count
        guard log.count > 0 else {
            first = []
            flips = []
            return
        }
        first = (0..<sampleCount).map { UInt8(log.prediction(1, $0)) }
        var flips: [(iteration: Int, samples: [Int])] = []
        for k in log.predictionChanges where k > 1 && k <= log.count {
            let flipped = (0..<sampleCount).filter { log.prediction(k, $0) != log.prediction(k - 1, $0) }
            // A change among samples past the first 64 is not logged, so it is not seen here.
            if !flipped.isEmpty { flips.append((k, flipped)) }
        }
        self.flips = flips
    }

    /// The first iteration at which this run and `other` predict differently for some covered
    /// sample, among the iterations both ran; nil when they never do. Both must be runs on the
    /// same data.
    ///
    /// - Complexity: O(flips of both runs).
    public func firstDifference(from other: PredictionTimeline) -> Int? {
        let samples = min(sampleCount, other.sampleCount)
        let common = min(iterations, other.iterations)
        guard common > 0 else { return nil }
        var differing = Set((0..<samples).filter { first[$0] != other.first[$0] })
        if !differing.isEmpty { return 1 }
        var (i, j) = (0, 0)
        while i < flips.count || j < other.flips.count {
            let next = min(
                i < flips.count ? flips[i].iteration : .max, j < other.flips.count ? other.flips[j].iteration : .max)
            guard next <= common else { return nil }
            if i < flips.count, flips[i].iteration == next {
                for sample in flips[i].samples where sample < samples { differing.formSymmetricDifference([sample]) }
                i += 1
            }
            if j < other.flips.count, other.flips[j].iteration == next {
                for sample in other.flips[j].samples where sample < samples {
                    differing.formSymmetricDifference([sample])
                }
                j += 1
            }
            if !differing.isEmpty { return next }
        }
        return nil
    }
}
