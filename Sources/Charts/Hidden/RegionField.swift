import Foundation

/// The output s of a network sampled on a grid of square cells over a boundary plot: for shading
/// the plane and tracing the contour s = T by marching squares. The cells are at least
/// `smallest` drawn pixels wide, wider when the network is large, so that one grid costs at most
/// `budget` multiplications whatever the network's size.
struct RegionField {
    /// The plot's inner pixels, inclusive.
    let x0: Int, y0: Int, x1: Int, y1: Int
    /// The side of a cell in drawn pixels, and the number of cells across and down.
    let cell: Int, columns: Int, rows: Int

    /// The grid over `plot` for a network of `parameters` weights and biases.
    init(plot: BoundaryPlot, parameters: Int, budget: Double, smallest: Int) {
        x0 = Pixel.index(plot.plot.minX, .up)
        x1 = Pixel.index(plot.plot.maxX, .down)
        y0 = Pixel.index(plot.plot.minY, .up)
        y1 = Pixel.index(plot.plot.maxY, .down)
        let allowed = max(100, budget / Double(max(parameters, 1)))
        let area = Double(max(1, x1 - x0)) * Double(max(1, y1 - y0))
        // The square root of a finite positive ratio; Pixel.index keeps it total all the same.
        cell = max(smallest, Pixel.index((area / allowed).squareRoot(), .up))
        columns = max(1, (x1 - x0) / cell + 1)
        rows = max(1, (y1 - y0) / cell + 1)
    }

    /// The weights and biases of every layer of the network of `log`.
    static func parameterCount(_ snapshot: NetworkSnapshot) -> Int {
        snapshot.layers.reduce(0) { $0 + $1.inputs * $1.units + $1.units }
    }

    /// s at every grid corner, row by row ((columns + 1) × (rows + 1) values).
    ///
    /// Layer by layer over all corners at once, each unit's sum in the order of
    /// `NetworkSnapshot.activations` (so the same values), without an array per point. A unit of
    /// the first layer sums 0 + w₁·x₁ + w₂·x₂: the first term is one per column and the second one
    /// per row, so a corner adds the two (a third of the arithmetic besides its exp).
    func values(_ snapshot: NetworkSnapshot, plot: BoundaryPlot) -> [Double] {
        let points = (columns + 1) * (rows + 1)
        let across = (0...columns).map { plot.xMap.value(at: Double(x0 + $0 * cell)) }
        let down = (0...rows).map { plot.yMap.value(at: Double(y0 + $0 * cell)) }
        guard let first = snapshot.layers.first, first.inputs == 2 else {
            return [Double](repeating: .nan, count: points)
        }
        // Every value is written below: no zeros first.
        var current = [Double](unsafeUninitializedCapacity: first.units * points) { out, count in
            for u in 0..<first.units {
                let (w1, w2, b) = (first.weights[u], first.weights[first.units + u], first.biases[u])
                let columnTerms = across.map { 0 + w1 * $0 }
                var p = u * points
                for x2 in down {
                    let rowTerm = w2 * x2
                    for columnTerm in columnTerms {
                        out[p] = 1 / (1 + exp(-(columnTerm + rowTerm + b)))
                        p += 1
                    }
                }
            }
            count = first.units * points
        }
        for (inputs, units, weights, biases) in snapshot.layers.dropFirst() {
            var next = [Double](repeating: 0, count: units * points)
            next.withUnsafeMutableBufferPointer { out in
                current.withUnsafeBufferPointer { below in
                    for u in 0..<units {
                        let row = u * points
                        for j in 0..<inputs {
                            let w = weights[j * units + u], from = j * points
                            for p in 0..<points { out[row + p] += w * below[from + p] }
                        }
                        let b = biases[u]
                        for p in 0..<points { out[row + p] = 1 / (1 + exp(-(out[row + p] + b))) }
                    }
                }
            }
            current = next
        }
        return current.count == points ? current : [Double](repeating: .nan, count: points)
    }

    /// Fills the plot's inner pixels, each with the colour of its cell's corner value.
    func shade(_ values: [Double], on image: GDImage, colour: (Double) -> RGB) {
        // A colour per corner, not per pixel: a cell's pixels all take its corner's.
        shade(truecolors: values.map { colour($0).truecolor() }, on: image)
    }

    /// Fills the plot's inner pixels, each with the truecolor value of its cell's corner
    /// (`colours` holds one per corner, row by row, as `values` gives them).
    func shade(truecolors colours: [Int32], on image: GDImage) {
        // The pixel rows of one row of cells are alike: the first is filled cell by cell, the
        // others copied from it.
        var first: (cellRow: Int, pixels: UnsafeMutablePointer<Int32>)?
        colours.withUnsafeBufferPointer { colours in
            image.fillField(columns: x0..<(x1 + 1), rows: y0..<(y1 + 1)) { y, xs, row in
                let cellRow = min(rows, (y - y0) / cell)
                guard !xs.isEmpty else { return }
                if let first, first.cellRow == cellRow {
                    (row + xs.lowerBound).update(from: first.pixels + xs.lowerBound, count: xs.count)
                    return
                }
                first = (cellRow, row)
                // Cell by cell, each a run of one colour (the last cell takes the rest of the row).
                let start = cellRow * (columns + 1)
                var c = min(columns, (xs.lowerBound - x0) / cell)
                var pixel = row + xs.lowerBound
                let end = row + xs.upperBound
                var cellEnd = row + (c == columns ? xs.upperBound : min(xs.upperBound, x0 + (c + 1) * cell))
                while pixel < end {
                    let value = colours[start + c]
                    while pixel < cellEnd {
                        pixel.pointee = value
                        pixel += 1
                    }
                    c += 1
                    cellEnd = c == columns ? end : min(end, cellEnd + cell)
                }
            }
        }
    }

    /// The segments where `values` − `level` changes sign, by marching squares, stroked on `layer`.
    func contour(_ values: [Double], level: Double, thickness: Double, on layer: inout StrokeLayer) {
        let width = columns + 1
        for r in 0..<rows {
            for c in 0..<columns {
                // Most cells lie on one side of the level: no edge of theirs can cross it.
                let first = r * width + c
                let side = values[first] - level >= 0
                if side == (values[first + 1] - level >= 0), side == (values[first + width] - level >= 0),
                    side == (values[first + width + 1] - level >= 0)
                {
                    continue
                }
                // The corners in order around the cell: (c, r), (c + 1, r), (c + 1, r + 1), (c, r + 1).
                let offsets = (0, 1, width + 1, width)
                let steps = ((0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0))
                func corner(_ e: Int) -> (x: Double, y: Double, value: Double) {
                    let (offset, step) =
                        switch e {
                        case 0: (offsets.0, steps.0)
                        case 1: (offsets.1, steps.1)
                        case 2: (offsets.2, steps.2)
                        default: (offsets.3, steps.3)
                        }
                    return (Double(c) + step.0, Double(r) + step.1, values[r * width + c + offset] - level)
                }
                // The points where s − T changes sign along the cell's edges (at most four).
                var crossings = (Point(0, 0), Point(0, 0), Point(0, 0), Point(0, 0))
                var count = 0
                for e in 0..<4 {
                    let a = corner(e), b = corner((e + 1) % 4)
                    guard a.value.isFinite, b.value.isFinite, (a.value >= 0) != (b.value >= 0) else { continue }
                    let t = a.value / (a.value - b.value)
                    let point = Point(
                        Double(x0) + (a.x + t * (b.x - a.x)) * Double(cell),
                        Double(y0) + (a.y + t * (b.y - a.y)) * Double(cell))
                    switch count {
                    case 0: crossings.0 = point
                    case 1: crossings.1 = point
                    case 2: crossings.2 = point
                    default: crossings.3 = point
                    }
                    count += 1
                }
                if count >= 2 { layer.stroke(crossings.0, crossings.1, thickness: thickness) }
                if count == 4 { layer.stroke(crossings.2, crossings.3, thickness: thickness) }
            }
        }
    }
}
