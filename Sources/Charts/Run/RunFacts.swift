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

    /// Reads `log` once, keeping the first `kept` changes of the parameters. Rows equal to the
    /// row before (all of a converged run's) are stepped over by comparing the columns' memory.
    ///
    /// - Complexity: O(count × n) time, O(n + kept) memory.
    init(_ log: TrainingLog, kept: Int = BoundaryCharts.maximumFrames) {
        allRightFrom = log.summary.allRightFrom
        let columns = log.columns
        let n = log.weightCount
        let initialWeights = log.weights(after: 0)
        let initialBias = log.bias(0)
        let rows = log.count
        var count = 0
        var last = 0
        var leading: [Int] = []
        columns.weights.withUnsafeBufferPointer { weights in
            columns.bias.withUnsafeBufferPointer { biases in
                var k = 1
                while k <= rows {
                    // Bitwise, so that NaN after NaN is no change.
                    let changed =
                        k == 1
                        ? biases[0].bitPattern != initialBias.bitPattern
                            || (0..<n).contains { weights[$0].bitPattern != initialWeights[$0].bitPattern }
                        : Self.firstChangedRow(from: k, to: k + 1, weights, n, biases) == k
                    if changed {
                        count += 1
                        last = k
                        if leading.count < kept { leading.append(k) }
                    }
                    k += 1
                    if k >= 2 && k <= rows { k = Self.firstChangedRow(from: k, to: rows + 1, weights, n, biases) }
                }
            }
        }
        lastParameterChange = last
        parameterChangeCount = count
        leadingParameterChanges = leading
    }

    /// The first row k in `from..<end` (from ≥ 2) whose W or b differs bitwise from row k − 1's,
    /// or `end`: W's rows are compared as one stretch of memory, then b up to that row.
    private static func firstChangedRow(
        from: Int, to end: Int, _ weights: UnsafeBufferPointer<Double>, _ n: Int, _ biases: UnsafeBufferPointer<Double>
    ) -> Int {
        var stop = end
        var flat = (from - 1) * n
        let flatEnd = (end - 1) * n
        while flat < flatEnd {
            if weights[flat].bitPattern != weights[flat - n].bitPattern {
                stop = flat / n + 1
                break
            }
            flat += 1
        }
        var k = from
        while k < stop {
            if biases[k - 1].bitPattern != biases[k - 2].bitPattern { return k }
            k += 1
        }
        return stop
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
