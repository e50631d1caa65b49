/// Draws one series, reduced per pixel column: joined with anti-aliased strokes, broken at
/// values that are not finite; a finite value with no finite neighbour becomes a dot.
struct SeriesPainter {
    /// The image to draw on.
    let image: GDImage
    /// The area the series may cover.
    let clip: Rect
    /// The pixel column of each point.
    let grid: ColumnGrid
    /// Where values are drawn.
    let yMap: AxisMap
    /// Draw as a step function.
    let steps: Bool

    /// Draws `points` of `series` (reduced by `ColumnReducer`, or every point: the drawing is the
    /// same) and adds the pixel columns of its non-finite values to `nonFiniteColumns`.
    ///
    /// - Complexity: O(points + width × thickness).
    func draw(_ points: [ReducedPoint], of series: LineSeries, nonFiniteColumns: inout Set<Int>) {
        var layer = StrokeLayer(clip: clip, image: image)
        let thickness = Double(series.thickness)
        var previous: Point?
        var runStart: Point?
        var drewSegment = false
        func endRun() {
            if !drewSegment, let lone = runStart { layer.stroke(lone, lone, thickness: thickness * 1.8) }
            previous = nil
            runStart = nil
            drewSegment = false
        }
        for point in points {
            let x = Double(grid.column(point.index))
            guard point.value.isFinite else {
                endRun()
                nonFiniteColumns.insert(Pixel.index(x))
                continue
            }
            let current = Point(x, yMap.pixel(point.value))
            if let previous {
                if steps && previous.y != current.y && previous.x != current.x {
                    let corner = Point(current.x, previous.y)
                    layer.stroke(previous, corner, thickness: thickness)
                    layer.stroke(corner, current, thickness: thickness)
                } else {
                    layer.stroke(previous, current, thickness: thickness)
                }
                drewSegment = drewSegment || previous != current
            } else {
                runStart = current
            }
            previous = current
        }
        endRun()
        layer.composite(onto: image, series.colour)
    }
}
