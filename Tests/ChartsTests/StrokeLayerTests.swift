import CGD
import Testing

@testable import Charts

@Suite("StrokeLayer: coverage two pixels at a time, spans per row")
struct StrokeLayerTests {
    /// A fixed sequence of pseudo-random numbers in [0, 1).
    struct Numbers {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        mutating func unit() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / 0x1p53
        }
    }

    @Test("the rounding equals rounded() at every half, its neighbours and many other values")
    func rounding() {
        var values: [Double] = []
        for k in 0...255 {
            let half = Double(k) + 0.5
            values += [Double(k), half, half.nextUp, half.nextDown, Double(k).nextUp, Double(k).nextDown]
        }
        var numbers = Numbers()
        for _ in 0..<20_000 { values.append(numbers.unit() * 255) }
        values += [0, 255, 0x1p51, 0x1p51 - 0.5, 0x1p50 + 0.5, 1e15 + 0.5, 0.49999999999999994]
        for value in values where value >= 0 {
            let rounded = StrokeCoverage.rounded(SIMD2(value, value))
            #expect(rounded[0] == UInt64(value.rounded()) && rounded[1] == rounded[0], "\(value)")
        }
    }

    @Test("two pixels at a time give the bytes of the per-pixel formula")
    func pairs() {
        var numbers = Numbers()
        var segments: [(Point, Point, Double)] = [
            (Point(5, 5), Point(5, 5), 3), (Point(2.5, 7.5), Point(12.5, 7.5), 2), (Point(3, 1), Point(3, 14), 4),
            (Point(0.5, 0.5), Point(15.5, 15.5), 1), (Point(4, 4), Point(4 + 1e-200, 4), 2.5),
            (Point(7.25, 3.75), Point(7.25, 3.75), 0.5),
        ]
        for _ in 0..<300 {
            let a = Point(numbers.unit() * 20 - 2, numbers.unit() * 20 - 2)
            let b = Point(numbers.unit() * 20 - 2, numbers.unit() * 20 - 2)
            segments.append((a, b, 0.25 + numbers.unit() * 6))
        }
        for (a, b, thickness) in segments {
            let coverage = StrokeCoverage(a, b, reach: thickness / 2 + 0.5)
            for y in -3...20 {
                for x in stride(from: -3, through: 20, by: 2) {
                    let pair = coverage.bytes(x: x, y: y)
                    #expect(pair[0] == coverage.byte(x: x, y: y) && pair[1] == coverage.byte(x: x + 1, y: y))
                }
            }
        }
    }

    /// Strokes over a layer of 90 × 70 pixels (clip 3.5...84.25 × 2...66) are checked against the
    /// per-pixel formula `StrokeCoverage.byte` over every pixel of the image, each pixel keeping
    /// the largest byte: the spans skip no covered pixel, and the full columns, written without
    /// arithmetic, are only those whose byte is 255.
    static func checkAgainstFormula(_ strokes: [(Point, Point, Double)]) throws -> Int {
        let image = try GDImage(width: 90, height: 70)
        var layer = StrokeLayer(clip: Rect(minX: 3.5, minY: 2, maxX: 84.25, maxY: 66), image: image)
        var expected = [UInt8](repeating: 0, count: 90 * 70)
        for (a, b, thickness) in strokes {
            layer.stroke(a, b, thickness: thickness)
            let reach = thickness / 2 + 0.5
            guard let (a, b) = layer.segment(a, b, reach: reach) else { continue }
            let coverage = StrokeCoverage(a, b, reach: reach)
            for y in 2...66 {
                for x in 4...84 { expected[y * 90 + x] = max(expected[y * 90 + x], coverage.byte(x: x, y: y)) }
            }
        }
        var mismatches = 0
        for y in 0..<70 {
            for x in 0..<90 where layer.byte(x: x, y: y) != expected[y * 90 + x] {
                mismatches += 1
            }
        }
        return mismatches
    }

    /// A layer over the test clip whose every byte a stroke reached: freed, its memory is
    /// likely what the next layer of the same size gets.
    static func dirtyLayer() throws {
        let image = try GDImage(width: 90, height: 70)
        var layer = StrokeLayer(clip: Rect(minX: 3.5, minY: 2, maxX: 84.25, maxY: 66), image: image)
        for y in stride(from: 0.0, through: 70, by: 4) { layer.stroke(Point(0, y), Point(90, y), thickness: 9) }
        #expect(layer.byte(x: 40, y: 30) == 255)
    }

    @Test("bytes no stroke reached read 0, also between strokes far apart on a row and in reused memory")
    func unwrittenBytes() throws {
        let cases: [[(Point, Point, Double)]] = [
            [(Point(10, 20), Point(20, 20), 3), (Point(60, 20), Point(75, 21), 3)],
            [(Point(70, 10), Point(80, 12), 4), (Point(8, 11), Point(15, 11), 2), (Point(40, 5), Point(41, 60), 5)],
            [(Point(10, 30), Point(12, 30), 1), (Point(30, 30), Point(32, 30), 1), (Point(20, 30), Point(22, 30), 1)],
        ]
        for strokes in cases {
            try Self.dirtyLayer()
            #expect(try Self.checkAgainstFormula(strokes) == 0, "\(strokes)")
        }
        // Composited, the pixels between two strokes keep the background.
        try Self.dirtyLayer()
        let image = try GDImage(width: 90, height: 70, background: RGB(0xFFFFFF))
        var layer = StrokeLayer(clip: Rect(minX: 3.5, minY: 2, maxX: 84.25, maxY: 66), image: image)
        layer.stroke(Point(10, 20), Point(20, 20), thickness: 3)
        layer.stroke(Point(60, 20), Point(75, 20), thickness: 3)
        layer.composite(onto: image, RGB(0x000000))
        #expect((24...56).allSatisfy { image.pixel(x: $0, y: 20) == RGB(0xFFFFFF) })
        #expect(image.pixel(x: 15, y: 20) == RGB(0x000000) && image.pixel(x: 65, y: 20) == RGB(0x000000))
    }

    @Test("a stroke's coverage is the per-pixel formula's, full interiors included", arguments: 0..<8)
    func formula(batch: Int) throws {
        var numbers = Numbers(state: 0x9E37_79B9_7F4A_7C15 &+ UInt64(batch))
        let thicknesses: [Double] = [0.5, 1, 1.5, 2, 2.5, 3.5, 4, 5, 6, 9, 10, 20, 25, 5 * 1.8]
        for index in 0..<60 {
            let thickness =
                index % 3 == 0 ? thicknesses[index / 3 % thicknesses.count] : 0.5 + numbers.unit() * 19.5
            var a = Point(numbers.unit() * 110 - 10, numbers.unit() * 90 - 10)
            // Lengths from 0 to hundreds of pixels in every direction, some exactly along an axis
            // or a diagonal, some with whole or half-pixel ends.
            let length = [0, 0.3, 1, 3, 12, 40, 150, 400][index % 8] * (0.5 + numbers.unit())
            let (u, v) = (numbers.unit() * 2 - 1, numbers.unit() * 2 - 1)
            let norm = max((u * u + v * v).squareRoot(), 1e-9)
            var b = Point(a.x + length * u / norm, a.y + length * v / norm)
            switch index % 6 {
            case 1: b.y = a.y
            case 2: b.x = a.x
            case 3: b.y = a.y + (b.x - a.x)
            case 4:
                (a, b) = (
                    Point(a.x.rounded(), a.y.rounded()), Point(b.x.rounded(), b.y.rounded())
                )
            case 5:
                (a, b) = (
                    Point((a.x * 2).rounded() / 2, (a.y * 2).rounded() / 2),
                    Point((b.x * 2).rounded() / 2, (b.y * 2).rounded() / 2)
                )
            default: break
            }
            #expect(try Self.checkAgainstFormula([(a, b, thickness)]) == 0, "\(a) \(b) \(thickness)")
        }
    }

    @Test("far, tiny, thick and overlapping strokes give the per-pixel formula's coverage")
    func formulaEdges() throws {
        let cases: [[(Point, Point, Double)]] = [
            // The inner extent of row 22 ends at x = 8.5 and 61.5 (2.5 px around the ends):
            // pixels 8 and 62 are at 2.83 px, byte 171; one more full column each side is wrong.
            [(Point(10, 20), Point(60, 20), 6)],
            [(Point(10.5, 20.25), Point(60.75, 20.25), 6), (Point(30, 5), Point(30, 60), 6)],
            [(Point(-1e300, 30), Point(1e300, 31), 8)],
            [(Point(40, -1e300), Point(41, 1e300), 12)],
            [(Point(-1e300, -1e300), Point(1e300, 1e300), 5)],
            [(Point(20, 20), Point(20 + 1e-200, 20), 7)],
            [(Point(20, 20), Point(20 + 1e-160, 20 + 1e-160), 7)],
            [(Point(20, 20), Point(70, 20 + 1e-13), 5)],
            [(Point(20, 20), Point(20 + 1e-13, 60), 5)],
            [(Point(45, 35), Point(45, 35), 25), (Point(45, 35), Point(45, 35), 1e6)],
            [(Point(-30, -30), Point(120, 100), 40)],
            [(Point(0, 0), Point(90, 70), 1e300)],
            [(Point(3.5, 2), Point(84.25, 66), 9), (Point(84.25, 2), Point(3.5, 66), 9)],
            [(Point(20, 20), Point(25, 22), 5), (Point(25, 22), Point(30, 21), 5), (Point(30, 21), Point(31, 40), 5)],
        ]
        for strokes in cases {
            #expect(try Self.checkAgainstFormula(strokes) == 0, "\(strokes)")
        }
    }

    @Test("floor and ceil round as Pixel.index does")
    func pixelRounding() {
        var values: [Double] = [0, -0.0, 0.5, -0.5, 1, -1, 1e6, -1e6, 1e6 + 0.5, -1e6 - 0.5, 2e6, -2e6, 1e300, -1e300]
        values += [.infinity, -.infinity, 2.5, -2.5, 3.5, 0.49999999999999994, -0.49999999999999994]
        var numbers = Numbers()
        for _ in 0..<5000 { values.append((numbers.unit() - 0.5) * 3e6) }
        for _ in 0..<5000 { values.append((numbers.unit() - 0.5) * 40) }
        for value in values {
            #expect(StrokeRows.floor(value) == Pixel.index(value, .down), "\(value)")
            #expect(StrokeRows.ceil(value) == Pixel.index(value, .up), "\(value)")
            #expect(StrokeRows.floor(value.nextUp) == Pixel.index(value.nextUp, .down), "\(value)")
            #expect(StrokeRows.ceil(value.nextDown) == Pixel.index(value.nextDown, .up), "\(value)")
        }
    }

    /// The truecolor pixels of `image`, row after row.
    static func pixels(_ image: GDImage) -> [RGB] {
        (0..<image.height).flatMap { y in (0..<image.width).map { x in image.pixel(x: x, y: y) } }
    }

    /// A white image of 60 × 40 pixels with `strokes` drawn on one layer in black.
    static func drawn(_ strokes: [(Point, Point, Double)], layer: StrokeLayer? = nil) throws -> GDImage {
        let image = try GDImage(width: 60, height: 40)
        image.fill(RGB(0xFFFFFF))
        var layer = layer ?? StrokeLayer(clip: Rect(minX: 2, minY: 3, maxX: 55, maxY: 37), image: image)
        for (a, b, thickness) in strokes { layer.stroke(a, b, thickness: thickness) }
        layer.composite(onto: image, RGB(0))
        return image
    }

    @Test("a copied layer keeps its strokes when the copy draws more")
    func copyOnWrite() throws {
        let first: [(Point, Point, Double)] = [(Point(5, 5), Point(50, 30), 3), (Point(10, 35), Point(40, 8), 2)]
        let more: [(Point, Point, Double)] = [(Point(0, 20), Point(60, 21), 4)]
        let image = try GDImage(width: 60, height: 40)
        var original = StrokeLayer(clip: Rect(minX: 2, minY: 3, maxX: 55, maxY: 37), image: image)
        for (a, b, thickness) in first { original.stroke(a, b, thickness: thickness) }
        var copy = original
        for (a, b, thickness) in more { copy.stroke(a, b, thickness: thickness) }
        let fromOriginal = try Self.drawn([], layer: original)
        let fromCopy = try Self.drawn([], layer: copy)
        #expect(Self.pixels(fromOriginal) == Self.pixels(try Self.drawn(first)))
        #expect(Self.pixels(fromCopy) == Self.pixels(try Self.drawn(first + more)))
        #expect(Self.pixels(fromOriginal) != Self.pixels(fromCopy))
    }

    @Test("strokes in any order draw the same: each pixel keeps its largest coverage")
    func order() throws {
        var numbers = Numbers()
        var strokes: [(Point, Point, Double)] = []
        for _ in 0..<12 {
            strokes.append(
                (
                    Point(numbers.unit() * 70 - 5, numbers.unit() * 50 - 5),
                    Point(numbers.unit() * 70 - 5, numbers.unit() * 50 - 5), 0.5 + numbers.unit() * 5
                ))
        }
        let expected = Self.pixels(try Self.drawn(strokes))
        for round in 0..<10 {
            #expect(Self.pixels(try Self.drawn(Array(strokes.shuffled(using: &numbers)))) == expected, "\(round)")
        }
    }
}

extension StrokeLayerTests.Numbers: RandomNumberGenerator {
    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state
    }
}
