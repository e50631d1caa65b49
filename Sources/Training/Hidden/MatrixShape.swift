/// The shape of a matrix, rows × columns, as messages write it ("2×3").
public struct MatrixShape: Sendable, Equatable, CustomStringConvertible {
    public let rows: Int
    public let columns: Int

    public init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
    }

    public var description: String { "\(rows)×\(columns)" }
}
