// Read access to the log. Iterations are numbered from 1, samples and features from 0.
extension TrainingLog {
    /// How many iterations were run and logged (fewer than asked when training diverged).
    public var count: Int { biasColumn.count }
    /// n, the number of features.
    public var featureCount: Int { dataset.featureCount }
    /// The output neuron's weights: n, or with hidden layers the last one's units.
    public var weightCount: Int { settings.initialWeights.count }
    /// Whether the network has hidden layers.
    public var hasHiddenLayers: Bool { !hiddenLayout.layers.isEmpty }

    /// z of logged sample `i` in iteration `k`.
    public func z(_ k: Int, _ i: Int) -> Double { zColumn[(k - 1) * loggedSampleCount + i] }
    /// s = σ(z) of logged sample `i` in iteration `k`.
    public func s(_ k: Int, _ i: Int) -> Double { sColumn[(k - 1) * loggedSampleCount + i] }
    /// e of logged sample `i` in iteration `k`.
    public func e(_ k: Int, _ i: Int) -> Double { eColumn[(k - 1) * loggedSampleCount + i] }
    /// ŷ (0 or 1) of logged sample `i` in iteration `k`.
    public func prediction(_ k: Int, _ i: Int) -> Int { Int(predictionColumn[(k - 1) * loggedSampleCount + i]) }
    /// How many samples (of all m) iteration `k` misclassified.
    public func errors(_ k: Int) -> Int { Int(errorColumn[k - 1]) }
    /// Mean squared error of s against y in iteration `k`.
    public func mse(_ k: Int) -> Double { mseColumn[k - 1] }
    /// Mean binary cross-entropy of s against y in iteration `k`.
    public func bce(_ k: Int) -> Double { bceColumn[k - 1] }
    /// Component `j` of dW in iteration `k`.
    public func dW(_ k: Int, _ j: Int) -> Double { dWColumn[(k - 1) * weightCount + j] }
    /// db in iteration `k`.
    public func db(_ k: Int) -> Double { dbColumn[k - 1] }
    /// Weight `j` after the update of iteration `k`; iteration 0 gives the initial weight.
    public func weight(_ k: Int, _ j: Int) -> Double {
        k == 0 ? settings.initialWeights[j] : weightColumn[(k - 1) * weightCount + j]
    }
    /// b after the update of iteration `k`; iteration 0 gives the initial bias.
    public func bias(_ k: Int) -> Double { k == 0 ? settings.initialBias : biasColumn[k - 1] }

    /// W after iteration `k` (0: the initial weights).
    public func weights(after k: Int) -> [Double] { (0..<weightCount).map { weight(k, $0) } }

    /// Weight `j` after each iteration, from iteration 1 to `count`.
    public func weightSeries(_ j: Int) -> [Double] {
        stride(from: j, to: weightColumn.count, by: weightCount).map { weightColumn[$0] }
    }
    /// b after each iteration.
    public var biasSeries: [Double] { biasColumn }
    /// The misclassified count of each iteration.
    public var errorSeries: [Int32] { errorColumn }
    /// The mean squared error of each iteration.
    public var mseSeries: [Double] { mseColumn }
    /// The mean binary cross-entropy of each iteration.
    public var bceSeries: [Double] { bceColumn }

    // MARK: - Hidden layers (l from 1, units, inputs and samples from 0)

    /// W⁽ˡ⁾[j][u] of hidden layer `l` after the update of iteration `k`; iteration 0 gives the initial value.
    public func hiddenWeight(_ k: Int, layer l: Int, _ j: Int, _ u: Int) -> Double {
        k == 0
            ? settings.hiddenLayers[l - 1].weights[j][u]
            : hidden(k, l, \.weights, j * hiddenLayout.layers[l - 1].units + u)
    }
    /// b⁽ˡ⁾[u] after the update of iteration `k`; iteration 0 gives the initial value.
    public func hiddenBias(_ k: Int, layer l: Int, _ u: Int) -> Double {
        k == 0 ? settings.hiddenLayers[l - 1].biases[u] : hidden(k, l, \.biases, u)
    }
    /// dW⁽ˡ⁾[j][u] in iteration `k`.
    public func hiddenDW(_ k: Int, layer l: Int, _ j: Int, _ u: Int) -> Double {
        hidden(k, l, \.dW, j * hiddenLayout.layers[l - 1].units + u)
    }
    /// db⁽ˡ⁾[u] in iteration `k`.
    public func hiddenDB(_ k: Int, layer l: Int, _ u: Int) -> Double { hidden(k, l, \.db, u) }
    /// A⁽ˡ⁾ of unit `u` for logged sample `i` in the forward pass of iteration `k`.
    public func activation(_ k: Int, layer l: Int, _ u: Int, _ i: Int) -> Double {
        hidden(k, l, \.activations, u * loggedSampleCount + i)
    }

    private func hidden(_ k: Int, _ l: Int, _ part: KeyPath<HiddenLayout.Layer, Int>, _ index: Int) -> Double {
        hiddenColumn[(k - 1) * hiddenLayout.rowWidth + hiddenLayout.layers[l - 1][keyPath: part] + index]
    }

    /// The iterations in which some sample sat within two ulps of the threshold, ascending.
    public var nearThresholdIterations: [Int] {
        var iterations: [Int] = []
        for sample in nearThreshold where iterations.last != sample.iteration {
            iterations.append(sample.iteration)
        }
        return iterations
    }

    /// The outcome of the run, derived from the columns (the log keeps it once training ends).
    func computeSummary(lastStep state: TrainingState) -> TrainingSummary {
        TrainingSummary(
            iterationsRequested: settings.iterations, errors: errorColumn, divergedAt: divergedAt,
            finalWeights: weights(after: count), finalBias: bias(count),
            finalCorrect: finalPass.correctCount(dataset.labels), sampleCount: dataset.sampleCount,
            motion: TrainingSummary.Motion(
                firstLoss: count > 0 ? bce(1) : .nan, lastLoss: count > 0 ? bce(count) : .nan,
                learningRate: settings.learningRate, dW: state.dW, db: state.db),
            path: path)
    }

    /// W and b along the run, sampled as `Trainer.summary` samples them.
    var path: ParameterPath {
        var path = ParameterPath(planned: settings.iterations)
        for k in 0...count { path.record(k, weights: weights(after: k), bias: bias(k), last: k == count) }
        return path
    }
}
