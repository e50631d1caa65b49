/// `BoundaryPlot.positiveColumns(row:weights:bias:)` for the rows of one frame, with what no W
/// or b changes worked out once per animation: x2 along each row and x1 at both ends (the
/// animation asks for every plot row of every frame, and the axis maps cost more than the line).
struct TintedColumns {
    private let first: Int, end: Int
    private let xAtFirst: Double, xAtEnd: Double, level: Double
    /// The rows inside the plot (minY < y ≤ maxY), and x2 along each.
    private let rows: Range<Int>
    private let x2: [Double]

    /// The values of `plot`'s rows and end columns.
    init(plot: BoundaryPlot) {
        (first, end) = plot.tintedColumnRange
        xAtFirst = plot.xMap.value(at: Double(first))
        xAtEnd = plot.xMap.value(at: Double(end))
        level = plot.level
        // Int(minY) + 1 is the first row above minY, Int(maxY) the last at or below maxY.
        let top = Pixel.index(plot.plot.minY, .down) + 1
        let bottom = Pixel.index(plot.plot.maxY, .down)
        rows = top..<max(top, bottom + 1)
        x2 = rows.map { plot.yMap.value(at: Double($0)) }
    }

    /// The tinted columns of row `y` for W and b: what `positiveColumns` gives.
    func columns(row y: Int, weights: [Double], bias: Double) -> Range<Int> {
        guard weights.count == 2, weights[0].isFinite, weights[1].isFinite, bias.isFinite, rows.contains(y) else {
            return first..<first
        }
        return BoundaryPlot.positiveColumns(
            first: first, end: end, xAtFirst: xAtFirst, xAtEnd: xAtEnd, x2: x2[y - rows.lowerBound],
            weights: (weights[0], weights[1]), bias: bias, level: level)
    }
}
