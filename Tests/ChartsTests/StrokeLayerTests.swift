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
