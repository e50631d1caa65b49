import Training

/// Iteration 1 of a network with hidden layers, for the logged samples: every layer's z and
/// activation, and every layer's δ, recomputed from the initial parameters and the log's
/// activations and output error in the trainer's order (sums in index order from 0, then the bias;
/// δ⁽ˡ⁾ = (Σₖ W⁽ˡ⁺¹⁾[u][k]·δ⁽ˡ⁺¹⁾ₖ)·a·(1 − a)), so that the page can write each term out.
///
/// Layer indices run from 1 to L (the output); index 0 of `activations` is X.
struct HiddenIterationOne {
    /// activations[l][u][i]: A⁽ˡ⁾ of unit u for sample i (l = 0: the features; l = L: s).
    let activations: [[[Double]]]
    /// z[l][u][i]: the pre-activation of unit u of layer l (l ≥ 1; index 0 is empty).
    let z: [[[Double]]]
    /// delta[l][u][i]: δ⁽ˡ⁾ (l ≥ 1; the output's is the run's error e; index 0 is empty).
    let delta: [[[Double]]]
    /// How many samples (the logged ones).
    let samples: Int

    init(_ page: HiddenWalkthroughContext) {
        let log = page.log
        let m = log.loggedSampleCount
        let layers = page.layerCount
        samples = m
        var activations: [[[Double]]] = [page.dataset.features.map { Array($0.prefix(m)) }]
        var z: [[[Double]]] = [[]]
        for l in 1...layers {
            let units = page.sizes[l], inputs = page.sizes[l - 1]
            var zl: [[Double]] = []
            var al: [[Double]] = []
            for u in 0..<units {
                var row: [Double] = []
                for i in 0..<m {
                    var sum = 0.0
                    for j in 0..<inputs { sum += page.initialWeight(l, j, u) * activations[l - 1][j][i] }
                    row.append(sum + page.initialBias(l, u))
                }
                zl.append(row)
                // The logged values are the trainer's own; they equal σ of the row above.
                al.append(
                    (0..<m).map { i in l == layers ? log.s(1, i) : log.activation(1, layer: l, u, i) })
            }
            if l == layers { zl = [(0..<m).map { log.z(1, $0) }] }
            z.append(zl)
            activations.append(al)
        }
        var delta = [[[Double]]](repeating: [], count: layers + 1)
        delta[layers] = [(0..<m).map { log.e(1, $0) }]
        if layers > 1 {
            for l in stride(from: layers - 1, through: 1, by: -1) {
                let units = page.sizes[l], above = page.sizes[l + 1]
                delta[l] = (0..<units).map { u in
                    (0..<m).map { i in
                        var sum = 0.0
                        for k in 0..<above { sum += page.initialWeight(l + 1, u, k) * delta[l + 1][k][i] }
                        let a = activations[l][u][i]
                        return sum * a * (1 - a)
                    }
                }
            }
        }
        self.activations = activations
        self.z = z
        self.delta = delta
    }
}

extension HiddenWalkthroughContext {
    var iterationOne: HiddenIterationOne { HiddenIterationOne(self) }
}
