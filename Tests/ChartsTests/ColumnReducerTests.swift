import Testing

@testable import Charts

@Suite("ColumnReducer: min, max, first and last per pixel column")
struct ColumnReducerTests {
    /// A grid of `columns` pixel columns over x = 0 … n − 1.
    static func grid(points n: Int, columns: Int) -> ColumnGrid {
        ColumnGrid(firstX: 0, map: AxisMap(lower: 0, upper: Double(max(n - 1, 1)), start: 0, end: Double(columns - 1)))
    }

    /// A deterministic pseudo-random walk (xorshift), so failures reproduce.
    static func walk(_ n: Int, seed: UInt64 = 0x9E37_79B9_7F4A_7C15) -> [Double] {
        var state = seed
        var value = 0.0
        return (0..<n).map { _ in
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            value += Double(Int64(bitPattern: state % 2001) - 1000) / 1000
            return value
        }
    }

    @Test("a one-point spike in a million points survives", arguments: [0, 1, 123_457, 999_998, 999_999])
    func spike(_ at: Int) {
        var values = [Double](repeating: 0, count: 1_000_000)
        values[at] = 100
        let reduced = ColumnReducer.reduce(values, on: Self.grid(points: values.count, columns: 1400))
        #expect(reduced.contains(ReducedPoint(index: at, value: 100)))
        #expect(reduced.count <= 6 * 1400)
        let negative = values.map { -$0 }
        let reducedNegative = ColumnReducer.reduce(negative, on: Self.grid(points: values.count, columns: 1400))
        #expect(reducedNegative.contains(ReducedPoint(index: at, value: -100)))
    }

    @Test("each column keeps exactly its first, last, smallest and largest values")
    func exactPerColumn() {
        let values = Self.walk(100_003)
        let grid = Self.grid(points: values.count, columns: 977)
        let reduced = ColumnReducer.reduce(values, on: grid)
        // The oracle: group every index by column and take the extremes.
        var columns: [Int: [Int]] = [:]
        for i in values.indices { columns[grid.column(i), default: []].append(i) }
        var expected: [ReducedPoint] = []
        for column in columns.keys.sorted() {
            guard let members = columns[column], let first = members.first, let last = members.last else { continue }
            let low = members.min { values[$0] < values[$1] } ?? first
            let high = members.max { values[$0] < values[$1] } ?? first
            for i in Set([first, low, high, last]).sorted() {
                expected.append(ReducedPoint(index: i, value: values[i]))
            }
        }
        #expect(reduced == expected)
        #expect(reduced.first?.index == 0 && reduced.last?.index == values.count - 1)
    }

    @Test("a series shorter than the width is kept whole", arguments: [0, 1, 2, 3, 500])
    func short(_ n: Int) {
        let values = Self.walk(n)
        let reduced = ColumnReducer.reduce(values, on: Self.grid(points: n, columns: 1400))
        #expect(reduced.map(\.value) == values)
    }

    @Test("non-finite values are kept, first and last of each column, in index order")
    func nonFinite() {
        var values = Self.walk(10_000)
        values[10] = .nan
        values[5000] = .infinity
        values[5001] = -.infinity
        values[9999] = .nan
        let reduced = ColumnReducer.reduce(values, on: Self.grid(points: values.count, columns: 100))
        let kept = reduced.filter { !$0.value.isFinite }.map(\.index)
        #expect(kept == [10, 5000, 5001, 9999])
        #expect(reduced.map(\.index) == reduced.map(\.index).sorted())
    }

    @Test("ten million points reduce to at most six per column, spike included")
    func tenMillion() {
        var values = [Double](repeating: 0.5, count: 10_000_000)
        values[7_654_321] = -3
        let reduced = ColumnReducer.reduce(values, on: Self.grid(points: values.count, columns: 1400))
        #expect(reduced.count <= 6 * 1400)
        #expect(reduced.contains(ReducedPoint(index: 7_654_321, value: -3)))
        #expect(reduced.first?.index == 0 && reduced.last?.index == 9_999_999)
    }

    @Test("drawing the reduced series is pixel for pixel the drawing of the full series", arguments: [false, true])
    func pixelExact(steps: Bool) throws {
        let values = Self.walk(200_000, seed: steps ? 7 : 11)
        var images: [GDImage] = []
        for reduces in [true, false] {
            let image = try GDImage(width: 700, height: 400)
            image.fill(ChartTheme.background)
            let low = values.min() ?? 0
            let high = values.max() ?? 1
            let plot = Rect(minX: 20, minY: 20, maxX: 680, maxY: 380)
            let grid = ColumnGrid(
                firstX: 0, map: AxisMap(lower: 0, upper: Double(values.count - 1), start: 30, end: 670))
            let painter = SeriesPainter(
                image: image, clip: plot, grid: grid, yMap: AxisMap(lower: low, upper: high, start: 370, end: 30),
                steps: steps)
            var marks: Set<Int> = []
            let series = LineSeries(name: "walk", values: values, colour: RGB(0x0072B2))
            let points =
                reduces
                ? ColumnReducer.reduce(values, on: grid)
                : values.indices.map { ReducedPoint(index: $0, value: values[$0]) }
            painter.draw(points, of: series, nonFiniteColumns: &marks)
            images.append(image)
        }
        var differing = 0
        var inked = 0
        for y in 0..<400 {
            for x in 0..<700 {
                let a = images[0].pixel(x: x, y: y)
                if a != images[1].pixel(x: x, y: y) { differing += 1 }
                if a != ChartTheme.background { inked += 1 }
            }
        }
        #expect(differing == 0)
        #expect(inked > 10_000)
    }
}
