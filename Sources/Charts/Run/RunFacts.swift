import Training

/// What several charts of a run need to know of its whole log, gathered once per render rather
/// than once per chart.
struct RunFacts: Sendable {
    /// The first iteration from which every prediction is right, as TrainingSummary says.
    let allRightFrom: Int?
    /// The last iteration whose update changed W or b; 0 when none did.
    let lastParameterChange: Int
    /// How many updates changed W or b.
    let parameterChangeCount: Int
    /// The first `kept` iterations whose update changed W or b.
    let leadingParameterChanges: [Int]

    /// The facts of `log`, keeping the first `kept` changes of the parameters: as the log counted
    /// them while it was written, or, for more than it kept, from one more pass over it.
    ///
    /// - Complexity: O(kept), or O(count × n) time and O(n + kept) memory for more than
    ///   `ParameterChanges.leadingKept`.
    init(_ log: TrainingLog, kept: Int = BoundaryCharts.maximumFrames) {
        allRightFrom = log.summary.allRightFrom
        guard kept > ParameterChanges.leadingKept else {
            let changes = log.parameterChanges
            lastParameterChange = changes.last
            parameterChangeCount = changes.count
            leadingParameterChanges = Array(changes.leading.prefix(max(kept, 0)))
            return
        }
        var count = 0
        var last = 0
        var leading: [Int] = []
        Self.forEachParameterChange(in: log) { k in
            count += 1
            last = k
            if leading.count < kept { leading.append(k) }
        }
        lastParameterChange = last
        parameterChangeCount = count
        leadingParameterChanges = leading
    }

    /// Calls `body` with every iteration whose update changed W or b (bitwise, so that NaN after
    /// NaN is no change), in order. Rows equal to the row before (all of a settled run's) are
    /// stepped over by comparing the columns' memory; the columns are read in place.
    ///
    /// - Complexity: O(count × n).
    static func forEachParameterChange(in log: TrainingLog, _ body: (Int) -> Void) {
        let columns = log.columns
        let n = log.weightCount
        let initialWeights = log.weights(after: 0)
        let initialBias = log.bias(0)
        let rows = log.count
        guard rows >= 1 else { return }
        columns.weights.withUnsafeBufferPointer { weights in
            columns.bias.withUnsafeBufferPointer { biases in
                if biases[0].bitPattern != initialBias.bitPattern
                    || (0..<n).contains(where: { weights[$0].bitPattern != initialWeights[$0].bitPattern })
                {
                    body(1)
                }
                var k = 2
                while k <= rows {
                    if rowChanged(k, weights, n, biases) {
                        body(k)
                        k += 1
                    } else {
                        k = firstChangedRow(from: k + 1, to: rows + 1, weights, n, biases)
                    }
                }
            }
        }
    }

    /// Whether row k (≥ 2) differs bitwise from row k − 1 in W or b.
    @inline(__always) private static func rowChanged(
        _ k: Int, _ weights: UnsafeBufferPointer<Double>, _ n: Int, _ biases: UnsafeBufferPointer<Double>
    ) -> Bool {
        if biases[k - 1].bitPattern != biases[k - 2].bitPattern { return true }
        let row = (k - 1) * n
        for j in row..<(row + n) where weights[j].bitPattern != weights[j - n].bitPattern { return true }
        return false
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
