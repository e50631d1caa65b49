/// The parameters of the network and the values of the iteration that last ran.
///
/// `step()` is SPEC §4 with numpy's order of operations, so that every value made of + − × ÷
/// equals the original numpy code's float64 result bit for bit:
///
///     z  = Wᵀ·X + b                 s = 1 / (1 + e^(−z))        ŷ = [s ≥ T]
///     e  = ŷ − y  (thresholded)     e = s − y  (logistic)
///     dW = X·eᵀ / m                 db = Σe / m
///     W ← W − α·dW                  b ← b − α·db
///
/// The buffers are allocated once and reused, so an iteration allocates nothing.
struct TrainingState {
    let sampleCount: Int
    let featureCount: Int
    /// X in row-major order: feature j of sample i is `inputs[j * sampleCount + i]`.
    private let inputs: [Double]
    private let labels: [Double]
    private let rule: UpdateRule
    private let threshold: Double
    private let learningRate: Double

    private(set) var weights: [Double]
    private(set) var bias: Double
    private(set) var z: [Double]
    private(set) var s: [Double]
    private(set) var e: [Double]
    private(set) var predictions: [UInt8]
    private(set) var dW: [Double]
    private(set) var db = 0.0
    private(set) var errors = 0
    private(set) var mse = 0.0
    private(set) var bce = 0.0
    /// Samples whose s lay within two ulps of T in the last iteration (see `isNearThreshold`).
    private(set) var nearThresholdSamples: [Int] = []
    /// Whether any prediction differs from the iteration before (false for the first).
    private(set) var predictionsChanged = false
    private var squaredErrors: [Double]
    private var losses: [Double]
    private var steps = 0
    /// False for a run that reports only its outcome: the losses are then not computed.
    private let computesLosses: Bool

    init(dataset: Dataset, settings: TrainingSettings, computesLosses: Bool = true) {
        self.computesLosses = computesLosses
        sampleCount = dataset.sampleCount
        featureCount = dataset.featureCount
        inputs = dataset.features.flatMap { $0 }
        labels = dataset.labels
        rule = settings.rule
        threshold = settings.threshold
        learningRate = settings.learningRate
        weights = settings.initialWeights
        bias = settings.initialBias
        z = Array(repeating: 0, count: sampleCount)
        s = z
        e = z
        squaredErrors = z
        losses = z
        predictions = Array(repeating: 0, count: sampleCount)
        dW = Array(repeating: 0, count: featureCount)
    }

    /// True once W or b holds an infinity or NaN.
    var hasDiverged: Bool {
        !bias.isFinite || weights.contains { !$0.isFinite }
    }

    /// One forward pass, one backward pass and one update.
    mutating func step() {
        steps += 1
        forward()
        backward()
        for j in 0..<featureCount {
            weights[j] = weights[j] - learningRate * dW[j]
        }
        bias = bias - learningRate * db
    }

    // MARK: - Forward pass

    private mutating func forward() {
        let m = sampleCount, n = featureCount, t = threshold, thresholded = rule == .thresholded
        var wrong = 0
        var changed = false
        nearThresholdSamples.removeAll(keepingCapacity: true)
        inputs.withUnsafeBufferPointer { x in
            for i in 0..<m {
                var sum = 0.0
                for j in 0..<n { sum += weights[j] * x[j * m + i] }
                let zi = sum + bias
                var si = sigmoid(zi)
                if isNearThreshold(si, t) {
                    si = preciseSigmoid(zi)
                    nearThresholdSamples.append(i)
                }
                let prediction: UInt8 = si >= t ? 1 : 0
                let yi = labels[i]
                if prediction != predictions[i] { changed = true }
                if Double(prediction) != yi { wrong += 1 }
                z[i] = zi
                s[i] = si
                predictions[i] = prediction
                e[i] = (thresholded ? Double(prediction) : si) - yi
                if computesLosses {
                    let difference = si - yi
                    squaredErrors[i] = difference * difference
                    losses[i] = crossEntropy(z: zi, label: yi)
                }
            }
        }
        errors = wrong
        predictionsChanged = steps > 1 && changed
        if computesLosses {
            mse = pairwiseSum(squaredErrors) / Double(m)
            bce = pairwiseSum(losses) / Double(m)
        }
    }

    // MARK: - Backward pass

    private mutating func backward() {
        let m = sampleCount
        inputs.withUnsafeBufferPointer { x in
            for j in 0..<featureCount {
                var sum = 0.0
                for i in 0..<m { sum += x[j * m + i] * e[i] }
                dW[j] = sum / Double(m)
            }
        }
        db = pairwiseSum(e) / Double(m)
    }
}
