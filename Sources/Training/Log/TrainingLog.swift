/// Every iteration of one training run, in columns.
///
/// Row k (1-based) is iteration k: z, s, ŷ and e come from its forward pass with the parameters
/// before the update; dW and db are its gradient; W and b are the values after the update.
/// Per-sample values are kept for the first `loggedSampleCount` samples (at most 64); the
/// aggregates (errors, losses) cover every sample.
///
/// Columns are flat arrays reserved up front, so logging an iteration allocates nothing.
public struct TrainingLog: Sendable {
    /// The most samples whose per-sample values are logged.
    public static let maximumLoggedSamples = 64

    public let dataset: Dataset
    public let settings: TrainingSettings
    /// How many samples have per-sample columns: min(m, 64).
    public let loggedSampleCount: Int

    var zColumn: [Double] = []
    var sColumn: [Double] = []
    var eColumn: [Double] = []
    var predictionColumn: [UInt8] = []
    var errorColumn: [Int32] = []
    var mseColumn: [Double] = []
    var bceColumn: [Double] = []
    var dWColumn: [Double] = []
    var dbColumn: [Double] = []
    var weightColumn: [Double] = []
    var biasColumn: [Double] = []

    /// Samples that sat within two ulps of the threshold, in iteration order.
    public internal(set) var nearThreshold: [NearThresholdSample] = []
    /// Iterations whose predictions (over all samples) differ from the iteration before.
    public internal(set) var predictionChanges: [Int] = []
    /// The first iteration after whose update W or b was no longer finite; training stops there.
    public internal(set) var divergedAt: Int?
    /// The forward pass of every sample with the final parameters.
    public internal(set) var finalPass: ForwardPass
    /// The outcome of the run: convergence, divergence, final parameters and accuracy.
    public internal(set) var summary: TrainingSummary

    /// How many values one logged iteration holds, for the size limit in `TrainingSettings`.
    public static func valuesPerIteration(for dataset: Dataset) -> Int {
        let logged = min(dataset.sampleCount, maximumLoggedSamples)
        return 4 * logged + 2 * dataset.featureCount + 6
    }

    init(dataset: Dataset, settings: TrainingSettings) {
        self.dataset = dataset
        self.settings = settings
        loggedSampleCount = min(dataset.sampleCount, Self.maximumLoggedSamples)
        finalPass = .none
        summary = TrainingSummary(
            iterationsRequested: settings.iterations, errors: [], divergedAt: nil,
            finalWeights: settings.initialWeights, finalBias: settings.initialBias, finalCorrect: 0,
            sampleCount: dataset.sampleCount)
        let rows = settings.iterations
        let perSample = rows * loggedSampleCount
        let perFeature = rows * dataset.featureCount
        zColumn.reserveCapacity(perSample)
        sColumn.reserveCapacity(perSample)
        eColumn.reserveCapacity(perSample)
        predictionColumn.reserveCapacity(perSample)
        errorColumn.reserveCapacity(rows)
        mseColumn.reserveCapacity(rows)
        bceColumn.reserveCapacity(rows)
        dWColumn.reserveCapacity(perFeature)
        dbColumn.reserveCapacity(rows)
        weightColumn.reserveCapacity(perFeature)
        biasColumn.reserveCapacity(rows)
    }

    /// Appends the iteration `state` has just run.
    mutating func append(_ state: TrainingState) {
        let iteration = count + 1
        let logged = loggedSampleCount
        zColumn.append(contentsOf: state.values(.z, first: logged))
        sColumn.append(contentsOf: state.values(.s, first: logged))
        eColumn.append(contentsOf: state.values(.e, first: logged))
        predictionColumn.append(contentsOf: state.predictions[0..<logged])
        errorColumn.append(Int32(state.errors))
        mseColumn.append(state.mse)
        bceColumn.append(state.bce)
        dWColumn.append(contentsOf: state.dW)
        dbColumn.append(state.db)
        weightColumn.append(contentsOf: state.weights)
        biasColumn.append(state.bias)
        for (sample, flips) in state.nearThresholdSamples {
            nearThreshold.append(
                NearThresholdSample(
                    iteration: iteration, sample: sample + 1, z: state.value(.z, of: sample),
                    s: state.value(.s, of: sample), flipsWithExpOneUlpOff: flips))
        }
        if state.predictionsChanged { predictionChanges.append(iteration) }
    }
}
