/// The values of one line, read in place from a column of the log: every `stride`-th value from
/// `offset` (weight j of the interleaved W column, s of one sample), optionally after a leading
/// value (the initial weight or bias at iteration 0).
///
/// A run of 10⁷ iterations keeps 80 MB per series; a view instead of a copy saves the copy, its
/// page faults and the memory, and lets the scans read several series of one column together.
struct SeriesValues: RandomAccessCollection, Sendable {
    /// The column the values are read from.
    enum Storage: Sendable {
        case doubles([Double])
        /// Counts (the misclassified samples), drawn as doubles; every Int32 is exact as a Double.
        case counts([Int32])
    }

    let storage: Storage
    /// The index in the column of the first value read from it.
    let offset: Int
    /// The distance in the column between two consecutive values.
    let stride: Int
    /// The value before those of the column, if any.
    let leading: Double?
    /// How many values, the leading one included.
    let count: Int
    /// The first row of the column from which every row repeats the row before it
    /// (`TrainingLog.settledRow`), when known.
    let settledRow: Int?

    /// Every `stride`-th value of `column` from `offset`, after `leading` if given; the column's
    /// rows from `settledRow` on repeat the row before them.
    init(_ storage: Storage, offset: Int = 0, stride: Int = 1, leading: Double? = nil, settledRow: Int? = nil) {
        self.storage = storage
        self.offset = offset
        self.stride = Swift.max(stride, 1)
        self.leading = leading
        self.settledRow = settledRow
        let length =
            switch storage {
            case .doubles(let column): column.count
            case .counts(let column): column.count
            }
        let read = length > offset ? (length - offset + self.stride - 1) / self.stride : 0
        count = read + (leading == nil ? 0 : 1)
    }

    /// All of `values`.
    init(_ values: [Double]) { self.init(.doubles(values)) }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    /// Value `i` (the scans read through `visit`, which costs no switch per value).
    subscript(i: Int) -> Double {
        if let leading, i == 0 { return leading }
        let index = offset + (i - (leading == nil ? 0 : 1)) * stride
        switch storage {
        case .doubles(let column): return column[index]
        case .counts(let column): return Double(column[index])
        }
    }

    /// Runs `visitor` over a reader of these values, generic code specialised per element type;
    /// `repeatsUntil` is the reader's (`ColumnLane.repeatsUntil`).
    func visit<Visitor: LaneVisitor>(_ visitor: inout Visitor, repeatsUntil: Int = 0) {
        switch storage {
        case .doubles(let column):
            column.withUnsafeBufferPointer { buffer in
                visitor.visit(
                    ColumnLane(
                        buffer: buffer, offset: offset, stride: stride, leading: leading, count: count,
                        repeatsUntil: repeatsUntil))
            }
        case .counts(let column):
            column.withUnsafeBufferPointer { buffer in
                visitor.visit(
                    ColumnLane(
                        buffer: buffer, offset: offset, stride: stride, leading: leading, count: count,
                        repeatsUntil: repeatsUntil))
            }
        }
    }
}

/// Work done on a series through a concrete reader (so that the compiler specialises it).
protocol LaneVisitor {
    mutating func visit<Reader: LaneReader>(_ reader: Reader)
}
