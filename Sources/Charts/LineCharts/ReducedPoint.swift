/// A point kept by `ColumnReducer`: its index in the series and its value (which may be NaN or ±∞).
struct ReducedPoint: Equatable, Sendable {
    /// The index of the point in the full series.
    let index: Int
    /// The value; non-finite values break the line and are marked.
    let value: Double
}
