import Foundation

/// The parameters of the network and the values of the iteration that last ran.
///
/// `step()` is the article's numpy code with numpy's order of operations, so that every value made of + − × ÷
/// equals the original numpy code's float64 result bit for bit:
///
///     z  = Wᵀ·X + b                 s = 1 / (1 + e^(−z))        ŷ = [s ≥ T]
///     e  = ŷ − y  (thresholded)     e = s − y  (logistic)
///     dW = X·eᵀ / m                 db = Σe / m
///     W ← W − α·dW                  b ← b − α·db
///
/// With hidden layers (`HiddenLayers`), the output neuron is this same code with the last hidden
/// layer's activations A⁽ᴸ⁻¹⁾ in place of X, and its e is the δ propagated back through them.
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

    /// W and b of the output neuron (with hidden layers, W has one weight per unit of the last one).
    private(set) var weights: [Double]
    private(set) var bias: Double
    /// The hidden layers; none for the walkthrough's network.
    private(set) var hidden: HiddenLayers
    /// z, s, e, the squared errors and the losses of every sample, m values each, in one
    /// allocation so the forward pass reaches them all through one pointer.
    private var perSample: [Double]
    private(set) var predictions: [UInt8]
    private(set) var dW: [Double]
    private(set) var db = 0.0
    private(set) var errors = 0
    private(set) var mse = 0.0
    private(set) var bce = 0.0
    /// Samples whose s lay within two ulps of T in the last iteration (see `isNearThreshold`), and
    /// whether an exp one ulp off would have flipped their class.
    private(set) var nearThresholdSamples: [(sample: Int, flips: Bool)] = []
    /// Whether any prediction differs from the iteration before (false for the first).
    private(set) var predictionsChanged = false
    private var steps = 0
    /// False for a run that reports only its outcome: the losses are then not computed.
    var computesLosses: Bool
    /// W and b before the last update, the parameters of the last forward pass.
    private var previousWeights: [Double]
    private var previousBias: Double

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
        previousWeights = settings.initialWeights
        previousBias = settings.initialBias
        perSample = Array(repeating: 0, count: 5 * sampleCount)
        predictions = Array(repeating: 0, count: sampleCount)
        dW = Array(repeating: 0, count: settings.initialWeights.count)
        hidden = HiddenLayers(settings.hiddenLayers, sampleCount: dataset.sampleCount)
    }

    /// What the output neuron reads: X, or the last hidden layer's activations (sample i of unit
    /// j at j·m + i either way) in the array returned, from the index returned.
    private var outputInputs: (values: [Double], start: Int) {
        guard let activations = hidden.lastActivations else { return (inputs, 0) }
        return (hidden.values, activations.lowerBound)
    }

    /// The per-sample values of the last iteration.
    enum Column: Int {
        case z = 0, s, e
    }

    /// `column` of the first `count` samples in the last iteration.
    func values(_ column: Column, first count: Int) -> ArraySlice<Double> {
        let start = column.rawValue * sampleCount
        return perSample[start..<(start + count)]
    }

    /// `column` of sample `i` (from 0) in the last iteration.
    func value(_ column: Column, of i: Int) -> Double {
        perSample[column.rawValue * sampleCount + i]
    }

    /// True once W or b holds an infinity or NaN.
    var hasDiverged: Bool {
        !bias.isFinite || weights.contains { !$0.isFinite } || hidden.hasDiverged
    }

    /// One forward pass, one backward pass and one update.
    mutating func step() {
        steps += 1
        forward()
        backward()
        previousBias = bias
        for j in weights.indices {
            previousWeights[j] = weights[j]
            weights[j] = weights[j] - learningRate * dW[j]
        }
        bias = bias - learningRate * db
        if !hidden.isEmpty { hidden.update(learningRate: learningRate) }
    }

    /// The mean cross-entropy of the last forward pass, computed again with its parameters when
    /// the pass itself skipped the losses.
    func lossOfLastForwardPass() -> Double {
        guard steps > 0 else { return .nan }
        return computesLosses ? bce : withParameters(previousWeights, previousBias).bce
    }

    /// The forward pass alone (losses included) with parameters W and b, as an iteration starting
    /// from them would compute it; the state's own parameters are not changed.
    func withParameters(_ weights: [Double], _ bias: Double) -> TrainingState {
        var pass = self
        pass.weights = weights
        pass.bias = bias
        pass.computesLosses = true
        pass.steps = 0
        pass.forward()
        return pass
    }

    /// z, s and the predictions of every sample (not only the logged ones) after the last forward pass.
    var allSamples: (z: ArraySlice<Double>, s: ArraySlice<Double>, predictions: [UInt8]) {
        (values(.z, first: sampleCount), values(.s, first: sampleCount), predictions)
    }

    // MARK: - Forward pass

    private mutating func forward() {
        if !hidden.isEmpty { hidden.forward(inputs) }
        let (source, start) = outputInputs
        let m = sampleCount, n = weights.count, t = threshold, thresholded = rule == .thresholded
        let bias = self.bias, losses = computesLosses, firstStep = steps == 1
        var wrong = 0
        var changed = false
        var near = nearThresholdSamples
        near.removeAll(keepingCapacity: true)
        perSample.withUnsafeMutableBufferPointer { values in
            predictions.withUnsafeMutableBufferPointer { predicted in
                source.withUnsafeBufferPointer { all in
                    let x = UnsafeBufferPointer(rebasing: all[start...])
                    labels.withUnsafeBufferPointer { y in
                        weights.withUnsafeBufferPointer { w in
                            for i in 0..<m {
                                var sum = 0.0
                                for j in 0..<n { sum += w[j] * x[j * m + i] }
                                let zi = sum + bias
                                // e^(−z) serves the sigmoid and, below, the cross-entropy.
                                let expNegZ = articleExp(-zi)
                                let si = sigmoid(expOfMinusZ: expNegZ)
                                if isNearThreshold(si, t) {
                                    near.append((i, classFlipsWithExpOneUlpOff(expOfMinusZ: expNegZ, threshold: t)))
                                }
                                let prediction: UInt8 = si >= t ? 1 : 0
                                let yi = y[i]
                                if !firstStep, prediction != predicted[i] { changed = true }
                                if Double(prediction) != yi { wrong += 1 }
                                values[i] = zi
                                values[m + i] = si
                                predicted[i] = prediction
                                values[2 * m + i] = (thresholded ? Double(prediction) : si) - yi
                                if losses {
                                    let difference = si - yi
                                    values[3 * m + i] = difference * difference
                                    values[4 * m + i] = crossEntropy(z: zi, expNegZ: expNegZ, label: yi)
                                }
                            }
                        }
                    }
                }
            }
            if losses {
                mse = pairwiseSum(UnsafeBufferPointer(rebasing: values[(3 * m)..<(4 * m)])) / Double(m)
                bce = pairwiseSum(UnsafeBufferPointer(rebasing: values[(4 * m)..<(5 * m)])) / Double(m)
            }
        }
        nearThresholdSamples = near
        errors = wrong
        predictionsChanged = changed
    }

    // MARK: - Backward pass

    private mutating func backward() {
        let m = sampleCount
        // In a scope of its own: the hidden layers' buffer, borrowed here, is written below.
        let sum = {
            let (source, start) = outputInputs
            return perSample.withUnsafeBufferPointer { values in
                source.withUnsafeBufferPointer { all in
                    let x = UnsafeBufferPointer(rebasing: all[start...])
                    dW.withUnsafeMutableBufferPointer { gradient in
                        for j in 0..<gradient.count {
                            var sum = 0.0
                            for i in 0..<m { sum += x[j * m + i] * values[2 * m + i] }
                            gradient[j] = sum / Double(m)
                        }
                    }
                }
                return pairwiseSum(UnsafeBufferPointer(rebasing: values[(2 * m)..<(3 * m)]))
            }
        }()
        db = sum / Double(m)
        if !hidden.isEmpty {
            let inputs = self.inputs, weights = self.weights
            perSample.withUnsafeBufferPointer { values in
                hidden.backward(
                    outputDelta: UnsafeBufferPointer(rebasing: values[(2 * m)..<(3 * m)]), outputWeights: weights,
                    inputs: inputs)
            }
        }
    }
}
