/// The pixel column of each point of a series whose point i lies at x = firstX + i.
///
/// The reduction and the drawing both place points through this one function, so that every
/// point of a column is drawn at the same x and the reduction is exact for the pixel grid.
struct ColumnGrid: Equatable, Sendable {
    /// x of point 0.
    let firstX: Int
    /// The x axis.
    let map: AxisMap

    /// The pixel column of point `index`.
    func column(_ index: Int) -> Int {
        let pixel = map.pixel(Double(firstX + index))
        guard pixel.isFinite else { return 0 }
        return Int(min(max(pixel.rounded(), -1_000_000), 1_000_000))
    }
}
