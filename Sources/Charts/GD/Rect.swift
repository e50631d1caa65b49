/// An axis-aligned rectangle in pixel coordinates; `maxX` and `maxY` are inclusive.
struct Rect: Equatable, Sendable {
    /// The left edge.
    var minX: Double
    /// The top edge.
    var minY: Double
    /// The right edge.
    var maxX: Double
    /// The bottom edge.
    var maxY: Double

    /// Width from edge to edge.
    var width: Double { maxX - minX }
    /// Height from edge to edge.
    var height: Double { maxY - minY }
    /// The centre.
    var center: Point { Point((minX + maxX) / 2, (minY + maxY) / 2) }

    /// The rectangle shrunk by `amount` on every side.
    func inset(by amount: Double) -> Rect {
        Rect(minX: minX + amount, minY: minY + amount, maxX: maxX - amount, maxY: maxY - amount)
    }

    /// Whether `point` lies inside, edges included.
    func contains(_ point: Point) -> Bool {
        point.x >= minX && point.x <= maxX && point.y >= minY && point.y <= maxY
    }
}
