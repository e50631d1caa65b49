/// The pixel column of each point of a series whose point i lies at x = firstX + i.
///
/// The reduction and the drawing both place points through this one function, so that every
/// point of a column is drawn at the same x and the reduction is exact for the pixel grid.
struct ColumnGrid: Equatable, Sendable {
    /// x of point 0.
    let firstX: Int
    /// The x axis.
    let map: AxisMap
    /// Pixels per unit of x, and the pixel of x = 0 offset by firstX, precomputed.
    private let scale: Double, origin: Double

    /// The grid of `map` for points starting at `firstX`.
    init(firstX: Int, map: AxisMap) {
        self.firstX = firstX
        self.map = map
        let span = map.upper - map.lower
        scale = span.isFinite && span > 0 ? (map.end - map.start) / span : 0
        origin = map.start + (Double(firstX) - map.lower) * scale
    }

    /// The pixel column of point `index`.
    func column(_ index: Int) -> Int {
        let pixel = scale != 0 ? origin + Double(index) * scale : map.pixel(Double(firstX + index))
        guard pixel.isFinite else { return 0 }
        return Pixel.index(pixel)
    }

    /// The first index after `index` whose column differs from that of `index`, or `end`.
    ///
    /// Found by solving for the column's right edge, then corrected by a step or two, so that
    /// a column of a million points costs O(1) to delimit.
    func endOfColumn(from index: Int, end: Int) -> Int {
        let column = column(index)
        guard scale > 0, scale.isFinite else {
            var next = index + 1
            while next < end && self.column(next) == column { next += 1 }
            return next
        }
        // Pixels round half away from zero, so the next column starts where the pixel reaches column + 0.5.
        let estimate = ((Double(column) + 0.5 - origin) / scale).rounded(.up)
        var next = estimate.isFinite ? Int(min(max(estimate, Double(index + 1)), Double(end))) : end
        while next < end && self.column(next) == column { next += 1 }
        while next - 1 > index && self.column(next - 1) != column { next -= 1 }
        return next
    }
}
