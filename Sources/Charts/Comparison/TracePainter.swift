/// Draws traced series on an image: points joined by anti-aliased strokes (steps for counts),
/// each point in the pixel column of its iteration, broken where a value is not finite.
struct TracePainter {
    /// The image to draw on.
    let image: GDImage
    /// The area a line may cover.
    let clip: Rect
    /// Where iterations are drawn.
    let xMap: AxisMap
    /// Where values are drawn.
    let yMap: AxisMap
    /// Draw as a step function (the value holds until the next point).
    let steps: Bool

    /// The pixel of `iteration` and `value`; x rounded to its column, as the run charts do.
    func point(_ iteration: Int32, _ value: Double) -> Point {
        Point(Double(Pixel.index(xMap.pixel(Double(iteration)))), yMap.pixel(value))
    }

    /// Draws `series` in `colour`, `thickness` drawn pixels wide; returns the pixel columns of
    /// its values that are not finite.
    @discardableResult
    func draw(_ series: TracedSeries, colour: RGB, thickness: Double) -> [Double] {
        var layer = StrokeLayer(clip: clip, image: image)
        var nonFinite: [Double] = []
        var previous: Point?
        var lone: Point?
        for (iteration, value) in zip(series.iterations, series.values) {
            guard value.isFinite else {
                if let single = lone { layer.stroke(single, single, thickness: thickness * 1.8) }
                nonFinite.append(point(iteration, 0).x)
                previous = nil
                lone = nil
                continue
            }
            let current = point(iteration, value)
            if let previous {
                if steps && previous.y != current.y && previous.x != current.x {
                    let corner = Point(current.x, previous.y)
                    layer.stroke(previous, corner, thickness: thickness)
                    layer.stroke(corner, current, thickness: thickness)
                } else {
                    layer.stroke(previous, current, thickness: thickness)
                }
                lone = nil
            } else {
                lone = current
            }
            previous = current
        }
        if let single = lone { layer.stroke(single, single, thickness: thickness * 1.8) }
        layer.composite(onto: image, colour)
        return nonFinite
    }
}
