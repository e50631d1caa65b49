/// The hidden layers of a network while it trains: their parameters, activations, deltas and
/// gradients, in flat buffers allocated once. `TrainingState` runs them before and after its own
/// layer, the output neuron, which reads the last layer's activations as its inputs.
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
struct HiddenLayers {
    /// One hidden layer. Matrices are row-major: W[j][u] at j·units + u; per-sample values of
    /// unit u at u·m + i.
    struct Layer {
        let inputs: Int
        let units: Int
        var weights: [Double]
        var biases: [Double]
        var activations: [Double]
        var delta: [Double]
        var dW: [Double]
        var db: [Double]
    }

    private(set) var layers: [Layer]
    let sampleCount: Int
    /// The output's δ (its e) of the last backward pass, kept so that a step allocates nothing.
    private var outputDelta: [Double]

    /// The layers of `parameters`, for `sampleCount` samples.
    ///
    /// - Precondition: the shapes chain (`TrainingSettings.validate` checks them).
    init(_ parameters: [LayerParameters], sampleCount m: Int) {
        sampleCount = m
        outputDelta = Array(repeating: 0, count: parameters.isEmpty ? 0 : m)
        layers = parameters.map { layer in
            let n = layer.inputCount, units = layer.unitCount
            return Layer(
                inputs: n, units: units, weights: layer.weights.flatMap { $0 }, biases: layer.biases,
                activations: Array(repeating: 0, count: units * m), delta: Array(repeating: 0, count: units * m),
                dW: Array(repeating: 0, count: n * units), db: Array(repeating: 0, count: units))
        }
    }

    var isEmpty: Bool { layers.isEmpty }

    /// The activations of the last hidden layer, the output's inputs; nil without hidden layers.
    var lastActivations: [Double]? { layers.last?.activations }

    /// True once a weight or bias of a hidden layer is infinite or NaN.
    var hasDiverged: Bool {
        layers.contains { layer in
            layer.weights.contains { !$0.isFinite } || layer.biases.contains { !$0.isFinite }
        }
    }

    /// The parameters as they are now, in the settings' layout.
    var parameters: [LayerParameters] {
        layers.map { layer in
            LayerParameters(
                weights: (0..<layer.inputs).map { j in Array(layer.weights[(j * layer.units)..<((j + 1) * layer.units)])
                },
                biases: layer.biases)
        }
    }

    // MARK: - Forward pass

    /// A⁽ˡ⁾ of every hidden layer from X (`inputs`, n×m row-major).
    mutating func forward(_ inputs: [Double]) {
        let m = sampleCount
        for l in layers.indices {
            let source = l == 0 ? inputs : layers[l - 1].activations
            let n = layers[l].inputs, units = layers[l].units
            let weights = layers[l].weights, biases = layers[l].biases
            source.withUnsafeBufferPointer { a in
                weights.withUnsafeBufferPointer { w in
                    layers[l].activations.withUnsafeMutableBufferPointer { out in
                        for u in 0..<units {
                            for i in 0..<m {
                                var sum = 0.0
                                for j in 0..<n { sum += w[j * units + u] * a[j * m + i] }
                                out[u * m + i] = sigmoid(sum + biases[u])
                            }
                        }
                    }
                }
            }
        }
    }

    // MARK: - Backward pass

    /// δ, dW and db of every hidden layer, from the output's error `outputDelta` (m values), its
    /// weights W⁽ᴸ⁾ (one per unit of the last hidden layer) and X.
    mutating func backward(outputDelta: ArraySlice<Double>, outputWeights: [Double], inputs: [Double]) {
        let m = sampleCount
        for i in 0..<m { self.outputDelta[i] = outputDelta[outputDelta.startIndex + i] }
        for l in layers.indices.reversed() {
            let last = l + 1 == layers.count
            let nextUnits = last ? 1 : layers[l + 1].units
            let nextWeights = last ? outputWeights : layers[l + 1].weights
            let nextDelta = last ? self.outputDelta : layers[l + 1].delta
            let units = layers[l].units, n = layers[l].inputs
            let activations = layers[l].activations
            nextWeights.withUnsafeBufferPointer { w in
                nextDelta.withUnsafeBufferPointer { d in
                    activations.withUnsafeBufferPointer { a in
                        layers[l].delta.withUnsafeMutableBufferPointer { delta in
                            for u in 0..<units {
                                for i in 0..<m {
                                    var sum = 0.0
                                    for k in 0..<nextUnits { sum += w[u * nextUnits + k] * d[k * m + i] }
                                    let ai = a[u * m + i]
                                    delta[u * m + i] = sum * ai * (1 - ai)
                                }
                            }
                        }
                    }
                }
            }
            let source = l == 0 ? inputs : layers[l - 1].activations
            let delta = layers[l].delta
            let count = Double(m)
            source.withUnsafeBufferPointer { x in
                delta.withUnsafeBufferPointer { d in
                    layers[l].dW.withUnsafeMutableBufferPointer { dW in
                        for j in 0..<n {
                            for u in 0..<units {
                                var sum = 0.0
                                for i in 0..<m { sum += x[j * m + i] * d[u * m + i] }
                                dW[j * units + u] = sum / count
                            }
                        }
                    }
                    for u in 0..<units {
                        layers[l].db[u] = pairwiseSum(UnsafeBufferPointer(rebasing: d[(u * m)..<((u + 1) * m)])) / count
                    }
                }
            }
        }
    }

    // MARK: - Update

    /// W ← W − α·dW and b ← b − α·db in every hidden layer.
    mutating func update(learningRate α: Double) {
        for l in layers.indices {
            for index in layers[l].weights.indices {
                layers[l].weights[index] = layers[l].weights[index] - α * layers[l].dW[index]
            }
            for u in layers[l].biases.indices {
                layers[l].biases[u] = layers[l].biases[u] - α * layers[l].db[u]
            }
        }
    }
}
