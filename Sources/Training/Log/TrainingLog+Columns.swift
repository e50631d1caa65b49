// The log's flat columns, for exporters that stream millions of values: reading an array
// directly costs nothing, while an accessor call per value (across the module boundary) copies
// and releases the whole log.
extension TrainingLog {
    /// Every column of the log as a flat array, row-major by iteration (row k − 1 holds
    /// iteration k). Per-sample columns have `loggedSampleCount` values per row, per-weight
    /// columns `weightCount`, the others one.
    public struct Columns: Sendable {
        /// z, `loggedSampleCount` per row.
        public let z: [Double]
        /// s = σ(z), `loggedSampleCount` per row.
        public let s: [Double]
        /// e, `loggedSampleCount` per row.
        public let e: [Double]
        /// ŷ (0 or 1), `loggedSampleCount` per row.
        public let predictions: [UInt8]
        /// The misclassified count (over all samples), one per row.
        public let errors: [Int32]
        /// The mean squared error, one per row.
        public let mse: [Double]
        /// The mean binary cross-entropy, one per row.
        public let bce: [Double]
        /// dW of the output neuron, `weightCount` per row.
        public let dW: [Double]
        /// db, one per row.
        public let db: [Double]
        /// W of the output neuron after the update, `weightCount` per row.
        public let weights: [Double]
        /// b after the update, one per row.
        public let bias: [Double]
        /// The hidden layers' values, `HiddenLayout.rowWidth` per row (see `HiddenLayout`); empty
        /// without hidden layers.
        public let hidden: [Double]
    }

    /// The columns, shared with the log (no copy of the values).
    public var columns: Columns {
        Columns(
            z: zColumn, s: sColumn, e: eColumn, predictions: predictionColumn, errors: errorColumn,
            mse: mseColumn, bce: bceColumn, dW: dWColumn, db: dbColumn, weights: weightColumn, bias: biasColumn,
            hidden: hiddenColumn)
    }
}
