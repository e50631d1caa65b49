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
    /// The hidden layers' values, `hiddenLayout.rowWidth` per iteration; empty without hidden layers.
    var hiddenColumn: [Double] = []

    /// Where each hidden layer's values sit in a row of the hidden column.
    public let hiddenLayout: HiddenLayout

    /// Samples that sat within two ulps of the threshold, in iteration order.
    public internal(set) var nearThreshold: [NearThresholdSample] = []
    /// Iterations whose predictions (over all samples) differ from the iteration before.
    public internal(set) var predictionChanges: [Int] = []
    /// The updates that changed W or b.
    public internal(set) var parameterChanges = ParameterChanges()
    /// The first row from which every row of every column repeats the row before it, bit for bit
    /// (`count` when the last row changed; 0 before any row). A run that settles (the thresholded
    /// rule once every prediction is right) logs the same row for the rest of its iterations, and
    /// the charts skip those rows without reading them: 80 MB a series at 10⁷ iterations.
    public internal(set) var settledRow = 0
    /// The first iteration after whose update W or b was no longer finite; training stops there.
    public internal(set) var divergedAt: Int?
    /// The forward pass of every sample with the final parameters.
    public internal(set) var finalPass: ForwardPass
    /// The outcome of the run: convergence, divergence, final parameters and accuracy.
    public internal(set) var summary: TrainingSummary

    /// How many values one logged iteration holds, for the size limit in `TrainingSettings`:
    /// z, s, ŷ, e of the logged samples, the errors and both losses, W, b, dW, db of every layer
    /// (the output's W n₍ᴸ₋₁₎×1), the activations of every hidden unit for the logged samples, and
    /// the iteration's number.
    public static func valuesPerIteration(for dataset: Dataset, hidden: [Int] = []) -> Int {
        let logged = min(dataset.sampleCount, maximumLoggedSamples)
        let layout = HiddenLayout(sizes: hidden, features: dataset.featureCount, loggedSamples: logged)
        let outputInputs = hidden.last ?? dataset.featureCount
        return 4 * logged + 2 * outputInputs + 6 + layout.rowWidth
    }

    init(dataset: Dataset, settings: TrainingSettings) {
        self.dataset = dataset
        self.settings = settings
        loggedSampleCount = min(dataset.sampleCount, Self.maximumLoggedSamples)
        hiddenLayout = HiddenLayout(
            sizes: settings.hiddenSizes, features: dataset.featureCount, loggedSamples: loggedSampleCount)
        finalPass = .none
        summary = TrainingSummary(
            iterationsRequested: settings.iterations, errors: [], divergedAt: nil,
            finalWeights: settings.initialWeights, finalBias: settings.initialBias, finalCorrect: 0,
            sampleCount: dataset.sampleCount)
        let rows = settings.iterations
        let perSample = rows * loggedSampleCount
        let perFeature = rows * settings.initialWeights.count
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
        hiddenColumn.reserveCapacity(rows * hiddenLayout.rowWidth)
    }

    /// Appends the iteration `state` has just run.
    mutating func append(_ state: TrainingState) {
        let row = count
        let iteration = row + 1
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
        let parametersChanged = parametersChange(to: state.weights, state.bias)
        if parametersChanged { parameterChanges.record(iteration) }
        weightColumn.append(contentsOf: state.weights)
        biasColumn.append(state.bias)
        if !state.hidden.isEmpty { appendHidden(state.hidden) }
        for (sample, flips) in state.nearThresholdSamples {
            nearThreshold.append(
                NearThresholdSample(
                    iteration: iteration, sample: sample + 1, z: state.value(.z, of: sample),
                    s: state.value(.s, of: sample), flipsWithExpOneUlpOff: flips))
        }
        if state.predictionsChanged { predictionChanges.append(iteration) }
        if row == 0 || parametersChanged || !lastRowRepeats(rows: row + 1) { settledRow = row + 1 }
    }

    /// Whether the last of `rows` rows of every column but W and b (which `parametersChange`
    /// compared) equals the row before it, bit for bit.
    private func lastRowRepeats(rows: Int) -> Bool {
        Self.lastRowRepeats(zColumn, rows: rows) && Self.lastRowRepeats(sColumn, rows: rows)
            && Self.lastRowRepeats(eColumn, rows: rows) && Self.lastRowRepeats(predictionColumn, rows: rows)
            && Self.lastRowRepeats(errorColumn, rows: rows) && Self.lastRowRepeats(mseColumn, rows: rows)
            && Self.lastRowRepeats(bceColumn, rows: rows) && Self.lastRowRepeats(dWColumn, rows: rows)
            && Self.lastRowRepeats(dbColumn, rows: rows) && Self.lastRowRepeats(hiddenColumn, rows: rows)
    }

    /// Whether the last row of `column` (`rows` rows of equal width) equals the row before it.
    private static func lastRowRepeats<Element: BitwiseComparable>(_ column: [Element], rows: Int) -> Bool {
        let width = column.count / max(rows, 1)
        guard width > 0, rows >= 2 else { return rows >= 2 || width == 0 }
        return column.withUnsafeBufferPointer { values in
            let last = values.count - width
            for i in 0..<width where !values[last + i].isSame(as: values[last - width + i]) { return false }
            return true
        }
    }

    /// Whether `weights` and `bias` differ bitwise from the last row's (the initial values before
    /// the first row).
    private func parametersChange(to weights: [Double], _ bias: Double) -> Bool {
        let rows = biasColumn.count
        let before = rows == 0 ? settings.initialBias : biasColumn[rows - 1]
        if before.bitPattern != bias.bitPattern { return true }
        for (j, weight) in weights.enumerated() {
            let earlier =
                rows == 0
                ? (j < settings.initialWeights.count ? settings.initialWeights[j] : .nan)
                : weightColumn[(rows - 1) * weights.count + j]
            if earlier.bitPattern != weight.bitPattern { return true }
        }
        return false
    }

    /// Appends the hidden layers' row: per layer W, b, dW, db and the logged samples' activations.
    private mutating func appendHidden(_ hidden: HiddenLayers) {
        let m = hidden.sampleCount, logged = loggedSampleCount
        hidden.values.withUnsafeBufferPointer { values in
            for layer in hidden.layers {
                hiddenColumn.append(contentsOf: UnsafeBufferPointer(rebasing: values[layer.parameterRange]))
                if logged == m {
                    hiddenColumn.append(
                        contentsOf: UnsafeBufferPointer(rebasing: values[layer.activationRange(samples: m)]))
                } else {
                    for u in 0..<layer.units {
                        let start = layer.activations + u * m
                        hiddenColumn.append(contentsOf: UnsafeBufferPointer(rebasing: values[start..<(start + logged)]))
                    }
                }
            }
        }
    }
}
