/// The hidden layers of a network while it trains: their parameters, activations, deltas and
/// gradients, in one flat buffer allocated once. `TrainingState` runs them before and after its
/// own layer, the output neuron, which reads the last layer's activations as its inputs.
///
/// Every product is an explicit sum in index order starting from 0.0 (no FMA: Swift does not
/// contract a·b + c), every bias gradient numpy's pairwise `np.sum` of the row, so that the numpy
/// reference written the same way (Reference/hidden_reference.py) equals it bit for bit. For hidden
/// layer l with input A⁽ˡ⁻¹⁾ (A⁽⁰⁾ = X) and the layer above it, l + 1, with W⁽ˡ⁺¹⁾ and δ⁽ˡ⁺¹⁾
/// (the output's δ is its e):
///
///     Z⁽ˡ⁾ = W⁽ˡ⁾ᵀ·A⁽ˡ⁻¹⁾ + b⁽ˡ⁾        A⁽ˡ⁾ = 1 / (1 + exp(−Z⁽ˡ⁾))
///     δ⁽ˡ⁾ = ((W⁽ˡ⁺¹⁾·δ⁽ˡ⁺¹⁾) ⊙ A⁽ˡ⁾) ⊙ (1 − A⁽ˡ⁾)      σ′(z) = σ(z)·(1 − σ(z)), left to right
///     dW⁽ˡ⁾ = A⁽ˡ⁻¹⁾·δ⁽ˡ⁾ᵀ / m          db⁽ˡ⁾ = Σᵢ δ⁽ˡ⁾ / m
///     W⁽ˡ⁾ ← W⁽ˡ⁾ − α·dW⁽ˡ⁾            b⁽ˡ⁾ ← b⁽ˡ⁾ − α·db⁽ˡ⁾     (after every gradient is computed)
///
/// One buffer rather than six arrays a layer: a step then reaches every value through one
/// pointer, where separate arrays cost a retain and a release each time a loop borrows one
/// (half of a 2-2-1 network's training time).
struct HiddenLayers {
    /// Where one hidden layer's values sit in `values`, and its shape. Matrices are row-major:
    /// W[j][u] at `weights` + j·units + u; per-sample values of unit u at u·m + i.
    struct Layer {
        let inputs: Int
        let units: Int
        /// W, b, dW and db follow one another, as a row of the log holds them.
        let weights: Int
        let biases: Int
        let dW: Int
        let db: Int
        let activations: Int
        let delta: Int

        /// W, b, dW and db, in that order.
        var parameterRange: Range<Int> { weights..<activations }
        /// The activations of every sample, unit by unit.
        func activationRange(samples m: Int) -> Range<Int> { activations..<(activations + units * m) }
    }

    /// The layers, in order from the inputs.
    let layers: [Layer]
    let sampleCount: Int
    /// Every layer's values, then the output's δ (its e) of the last backward pass.
    private(set) var values: [Double]
    /// Where the output's δ starts in `values`.
    private let outputDelta: Int

    /// The layers of `parameters`, for `sampleCount` samples.
    ///
    /// - Precondition: the shapes chain (`TrainingSettings.validate` checks them).
    init(_ parameters: [LayerParameters], sampleCount m: Int) {
        sampleCount = m
        var layers: [Layer] = []
        var initial: [Double] = []
        for layer in parameters {
            let n = layer.inputCount, units = layer.unitCount, start = initial.count
            let described = Layer(
                inputs: n, units: units, weights: start, biases: start + n * units, dW: start + n * units + units,
                db: start + 2 * n * units + units, activations: start + 2 * n * units + 2 * units,
                delta: start + 2 * n * units + 2 * units + units * m)
            layers.append(described)
            initial += layer.weights.flatMap { $0 } + layer.biases
            // Room for dW, db, the activations and δ (none more if a W had more values than its shape).
            initial += Array(repeating: 0, count: max(0, described.delta + units * m - initial.count))
        }
        self.layers = layers
        outputDelta = initial.count
        values = initial + Array(repeating: 0, count: parameters.isEmpty ? 0 : m)
    }

    var isEmpty: Bool { layers.isEmpty }

    /// Where the activations of the last hidden layer, the output's inputs, sit in `values`; nil
    /// without hidden layers.
    var lastActivations: Range<Int>? { layers.last?.activationRange(samples: sampleCount) }

    /// True once a weight or bias of a hidden layer is infinite or NaN.
    var hasDiverged: Bool {
        values.withUnsafeBufferPointer { v in
            layers.contains { layer in
                v[layer.weights..<layer.dW].contains { !$0.isFinite }
            }
        }
    }

    // MARK: - Forward pass

    /// A⁽ˡ⁾ of every hidden layer from X (`inputs`, n×m row-major).
    mutating func forward(_ inputs: [Double]) {
        let m = sampleCount
        let layers = self.layers
        inputs.withUnsafeBufferPointer { x in
            values.withUnsafeMutableBufferPointer { v in
                guard let xBase = x.baseAddress, let vBase = v.baseAddress else { return }
                for l in layers.indices {
                    let layer = layers[l]
                    let n = layer.inputs, units = layer.units, w = layer.weights
                    // The layer's input: X, or the activations of the layer below, in `v`.
                    let a = l == 0 ? xBase : UnsafePointer(vBase + layers[l - 1].activations)
                    for u in 0..<units {
                        for i in 0..<m {
                            var sum = 0.0
                            for j in 0..<n { sum += v[w + j * units + u] * a[j * m + i] }
                            v[layer.activations + u * m + i] = sigmoid(sum + v[layer.biases + u])
                        }
                    }
                }
            }
        }
    }

    // MARK: - Backward pass

    /// δ, dW and db of every hidden layer, from the output's error `outputDelta` (m values), its
    /// weights W⁽ᴸ⁾ (one per unit of the last hidden layer) and X.
    mutating func backward(outputDelta delta: UnsafeBufferPointer<Double>, outputWeights: [Double], inputs: [Double]) {
        let m = sampleCount
        let layers = self.layers
        let outputDelta = self.outputDelta
        let count = Double(m)
        inputs.withUnsafeBufferPointer { x in
            outputWeights.withUnsafeBufferPointer { outputW in
                values.withUnsafeMutableBufferPointer { v in
                    guard let xBase = x.baseAddress, let wBase = outputW.baseAddress, let vBase = v.baseAddress else {
                        return
                    }
                    for i in 0..<m { v[outputDelta + i] = delta[i] }
                    for l in layers.indices.reversed() {
                        let layer = layers[l]
                        let last = l + 1 == layers.count
                        let nextUnits = last ? 1 : layers[l + 1].units
                        let w = last ? wBase : UnsafePointer(vBase + layers[l + 1].weights)
                        let d = UnsafePointer(vBase + (last ? outputDelta : layers[l + 1].delta))
                        let units = layer.units, n = layer.inputs
                        for u in 0..<units {
                            for i in 0..<m {
                                var sum = 0.0
                                for k in 0..<nextUnits { sum += w[u * nextUnits + k] * d[k * m + i] }
                                let ai = v[layer.activations + u * m + i]
                                v[layer.delta + u * m + i] = sum * ai * (1 - ai)
                            }
                        }
                        let source = l == 0 ? xBase : UnsafePointer(vBase + layers[l - 1].activations)
                        for j in 0..<n {
                            for u in 0..<units {
                                var sum = 0.0
                                for i in 0..<m { sum += source[j * m + i] * v[layer.delta + u * m + i] }
                                v[layer.dW + j * units + u] = sum / count
                            }
                        }
                        for u in 0..<units {
                            let start = layer.delta + u * m
                            v[layer.db + u] = pairwiseSum(UnsafeBufferPointer(rebasing: v[start..<(start + m)])) / count
                        }
                    }
                }
            }
        }
    }

    // MARK: - Update

    /// W ← W − α·dW and b ← b − α·db in every hidden layer.
    mutating func update(learningRate α: Double) {
        let layers = self.layers
        values.withUnsafeMutableBufferPointer { v in
            for layer in layers {
                let parameters = layer.dW - layer.weights
                for index in layer.weights..<layer.dW { v[index] = v[index] - α * v[index + parameters] }
            }
        }
    }
}
