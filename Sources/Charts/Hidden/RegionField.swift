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
    func values(_ snapshot: NetworkSnapshot, plot: BoundaryPlot) -> [Double] {
        var values = [Double](repeating: .nan, count: (columns + 1) * (rows + 1))
        for r in 0...rows {
            let x2 = plot.yMap.value(at: Double(y0 + r * cell))
            for c in 0...columns {
                let x1v = plot.xMap.value(at: Double(x0 + c * cell))
                values[r * (columns + 1) + c] = snapshot.output(at: [x1v, x2])
            }
        }
        return values
    }

    /// Fills the plot's inner pixels, each with the colour of its cell's corner value.
    func shade(_ values: [Double], on image: GDImage, colour: (Double) -> RGB) {
        image.fillField(columns: x0..<(x1 + 1), rows: y0..<(y1 + 1)) { y, xs, row in
            let r = min(rows, (y - y0) / cell)
            for x in xs {
                row[x] = colour(values[r * (columns + 1) + min(columns, (x - x0) / cell)]).truecolor()
            }
        }
    }

    /// The segments where `values` − `level` changes sign, by marching squares, stroked on `layer`.
    func contour(_ values: [Double], level: Double, thickness: Double, on layer: inout StrokeLayer) {
        for r in 0..<rows {
            for c in 0..<columns {
                let corners = [
                    (Double(c), Double(r), values[r * (columns + 1) + c] - level),
                    (Double(c + 1), Double(r), values[r * (columns + 1) + c + 1] - level),
                    (Double(c + 1), Double(r + 1), values[(r + 1) * (columns + 1) + c + 1] - level),
                    (Double(c), Double(r + 1), values[(r + 1) * (columns + 1) + c] - level),
                ]
                // The points where s − T changes sign along the cell's edges.
                var crossings: [Point] = []
                for e in 0..<4 {
                    let a = corners[e], b = corners[(e + 1) % 4]
                    guard a.2.isFinite, b.2.isFinite, (a.2 >= 0) != (b.2 >= 0) else { continue }
                    let t = a.2 / (a.2 - b.2)
                    crossings.append(
                        Point(
                            Double(x0) + (a.0 + t * (b.0 - a.0)) * Double(cell),
                            Double(y0) + (a.1 + t * (b.1 - a.1)) * Double(cell)))
                }
                if crossings.count >= 2 { layer.stroke(crossings[0], crossings[1], thickness: thickness) }
                if crossings.count == 4 { layer.stroke(crossings[2], crossings[3], thickness: thickness) }
            }
        }
    }
}
