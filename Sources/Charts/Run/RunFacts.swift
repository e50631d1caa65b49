import Training

/// What several charts of a run need from a pass over the whole log, computed once per render
/// rather than once per chart (it costs O(iterations × features)).
struct RunFacts: Sendable {
    /// The first iteration from which every prediction is right, as TrainingSummary says.
    let allRightFrom: Int?
    /// The last iteration whose update changed W or b; 0 when none did.
    let lastParameterChange: Int
    /// How many updates changed W or b.
    let parameterChangeCount: Int
    /// The first `kept` iterations whose update changed W or b.
    let leadingParameterChanges: [Int]

    /// Reads `log` once, keeping the first `kept` changes of the parameters.
    ///
    /// - Complexity: O(count × n) time, O(n + kept) memory.
    init(_ log: TrainingLog, kept: Int = BoundaryCharts.maximumFrames) {
        allRightFrom = log.summary.allRightFrom
        let biases = log.biasSeries
        var weights = log.weights(after: 0)
        var bias = log.bias(0)
        var count = 0
        var last = 0
        var leading: [Int] = []
        for k in stride(from: 1, through: log.count, by: 1) {
            // Bitwise, so that NaN after NaN is no change.
            var changed = biases[k - 1].bitPattern != bias.bitPattern
            bias = biases[k - 1]
            for j in weights.indices {
                let weight = log.weight(k, j)
                if weight.bitPattern != weights[j].bitPattern {
                    changed = true
                    weights[j] = weight
                }
            }
            guard changed else { continue }
            count += 1
            last = k
            if leading.count < kept { leading.append(k) }
        }
        lastParameterChange = last
        parameterChangeCount = count
        leadingParameterChanges = leading
    }

    /// The last x of an enlarged view of the first iterations, when all change happens in the
    /// first fifth of a run of at least 50 iterations (AND: iterations 0–40 of 1000); nil otherwise.
    func zoomUpTo(iterations: Int) -> Int? {
        // The errors and losses change one iteration after the parameters, with the new values.
        let active = min(lastParameterChange + 1, iterations)
        guard iterations >= 50, active * 5 <= iterations else { return nil }
        let target = Double(active) * 1.25 + 2
        var unit = 1.0
        while unit * 10 <= target { unit *= 10 }
        let multiple = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].first { $0 * unit >= target } ?? 10
        return Int(multiple * unit)
    }
}
