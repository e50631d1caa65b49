/// Draws one series: reduced per pixel column, joined with anti-aliased strokes, broken at
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
    /// Reduce per pixel column first (tests turn it off to compare with the full drawing).
    var reduces = true

    /// Draws `values` of `series` (all or a slice) and adds the pixel columns of its non-finite
    /// values to `nonFiniteColumns`.
    ///
    /// - Complexity: O(n) to reduce, O(width × thickness) to draw.
    func draw(_ values: ArraySlice<Double>, of series: LineSeries, nonFiniteColumns: inout Set<Int>) {
        let points =
            reduces
            ? ColumnReducer.reduce(values, on: grid)
            : values.indices.map { ReducedPoint(index: $0, value: values[$0]) }
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
