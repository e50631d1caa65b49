import CGD
import Testing

@testable import Charts

@Suite("GDImage: one owner per libgd image, every failure thrown")
struct GDImageTests {
    @Test(
        "sizes beyond the documented limit are refused before libgd is asked",
        arguments: [(0, 10), (10, 0), (-1, 5), (8193, 10), (10, 8193), (4097, 4097), (Int.max, 2)])
    func tooLarge(_ width: Int, _ height: Int) {
        #expect(throws: ChartError.imageTooLarge(width: width, height: height)) {
            try GDImage(width: width, height: height)
        }
    }

    @Test("the largest allowed images are created", arguments: [(8192, 1), (1, 8192), (4096, 4096)])
    func largest(_ width: Int, _ height: Int) throws {
        let image = try GDImage(width: width, height: height)
        #expect(image.width == width && image.height == height)
    }

    @Test("PNG bytes decode back to the same size and pixels")
    func pngRoundTrip() throws {
        let image = try GDImage(width: 40, height: 30)
        image.fill(RGB(0xFFFFFF))
        image.fillRectangle(x0: 10, y0: 5, x1: 19, y1: 14, RGB(0xD55E00))
        let bytes = try image.png()
        #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let decoded = try GDImage(png: bytes)
        #expect(decoded.width == 40 && decoded.height == 30)
        #expect(decoded.pixel(x: 15, y: 10) == RGB(0xD55E00))
        #expect(decoded.pixel(x: 25, y: 10) == RGB(0xFFFFFF))
        #expect(decoded.pixel(x: 10, y: 5) == RGB(0xD55E00) && decoded.pixel(x: 9, y: 5) == RGB(0xFFFFFF))
    }

    /// Every pixel of a truecolor image, read through libgd's row table.
    static func pixels(_ image: GDImage) -> [Int32] {
        (0..<image.height).flatMap { y in
            (0..<image.width).map { x in gdImageGetTrueColorPixel(image.pointer, Int32(x), Int32(y)) }
        }
    }

    @Test(
        "an image made in one block reads, draws and encodes as libgd's own: black when asked, its background when given",
        arguments: [(1, 1), (3, 1), (1, 5), (40, 30), (1600, 900)])
    func oneBlock(_ width: Int, _ height: Int) throws {
        // Memory freed by a painted image is what the next one is likely to get.
        for _ in 0..<3 {
            let painted = try GDImage(width: width, height: height, background: RGB(0x123456))
            #expect(Self.pixels(painted).allSatisfy { $0 == RGB(0x123456).truecolor() })
        }
        let black = try GDImage(width: width, height: height)
        #expect(Self.pixels(black).allSatisfy { $0 == 0 })
        let filled = try GDImage(width: width, height: height)
        filled.fill(RGB(0xF0E442))
        let made = try GDImage(width: width, height: height, background: RGB(0xF0E442))
        #expect(Self.pixels(made) == Self.pixels(filled))
        // libgd's own drawing reaches the last row and column, and PNG encoding reads every row.
        for image in [made, filled] {
            gdImageSetPixel(image.pointer, Int32(width - 1), Int32(height - 1), RGB(0x0072B2).truecolor())
            gdImageFilledRectangle(
                image.pointer, 0, Int32(height / 2), Int32(width / 2), Int32(height - 1), 0x00D5_5E00)
        }
        #expect(Self.pixels(made) == Self.pixels(filled))
        let decoded = try GDImage(png: try made.png())
        #expect(decoded.pixel(x: width - 1, y: height - 1) == made.pixel(x: width - 1, y: height - 1))
        #expect(decoded.pixel(x: 0, y: height - 1) == RGB(0xD55E00))
    }

    @Test(
        "bytes that are not an image throw instead of crashing",
        arguments: [[], [0x89, 0x50], Array(repeating: 7, count: 100)])
    func undecodable(_ bytes: [UInt8]) {
        #expect(throws: ChartError.decodingFailed(format: "PNG", byteCount: bytes.count)) { try GDImage(png: bytes) }
        #expect(throws: ChartError.decodingFailed(format: "GIF", byteCount: bytes.count)) { try GDImage(gif: bytes) }
    }

    @Test("coordinates far outside Int32 are clamped, never trapping")
    func hugeCoordinates() throws {
        let image = try GDImage(width: 20, height: 20)
        image.fill(RGB(0xFFFFFF))
        image.line(Point(-1e300, .nan), Point(.infinity, 10), RGB(0), thickness: 3)
        image.fillPolygon([Point(0, 0), Point(1e308, 5), Point(-.infinity, 1e200)], RGB(0))
        var layer = StrokeLayer(clip: Rect(minX: 0, minY: 0, maxX: 19, maxY: 19), image: image)
        layer.stroke(Point(.nan, 0), Point(5, 5), thickness: 3)
        layer.stroke(Point(-1e300, 10), Point(1e300, 10), thickness: 2)
        layer.composite(onto: image, RGB(0))
        #expect(
            GDImage.clamp(Double.nan) == 0 && GDImage.clamp(1e300) == 1_000_000 && GDImage.clamp(Int.min) == -1_000_000)
    }

    @Test("errors say what failed and how to fix it")
    func descriptions() {
        let errors: [ChartError] = [
            .imageTooLarge(width: 9000, height: 10), .imageAllocationFailed(width: 10, height: 10),
            .encodingFailed(format: "PNG"), .decodingFailed(format: "GIF", byteCount: 3),
            .textFailed(message: "Could not find/open font", text: "iteration"),
        ]
        for error in errors {
            #expect(error.description.hasSuffix("."))
            #expect(error.description.count > 60)
        }
        #expect(
            ChartError.textFailed(message: "Could not find/open font", text: "x").description.contains("fonts-dejavu"))
    }

    @Test("the fixed palette keeps white and the inks exact")
    func palette() throws {
        var quantizer = PaletteQuantizer(
            background: RGB(0xFFFFFF), inks: [RGB(0x0072B2), RGB(0x000000)], levels: 8)
        #expect(quantizer.palette.count == 17)
        #expect(quantizer.palette[Int(quantizer.index(of: RGB(0xFFFFFF)))] == RGB(0xFFFFFF))
        #expect(quantizer.palette[Int(quantizer.index(of: RGB(0x0072B2)))] == RGB(0x0072B2))
        #expect(quantizer.palette[Int(quantizer.index(of: RGB(0x010000)))] == RGB(0x000000))
        let image = try GDImage(width: 4, height: 1)
        image.fill(RGB(0xFFFFFF))
        image.fillRectangle(x0: 1, y0: 0, x1: 1, y1: 0, RGB(0x0072B2))
        let converted = quantizer.convert(image)
        #expect(converted.colour(x: 0, y: 0) == RGB(0xFFFFFF) && converted.colour(x: 1, y: 0) == RGB(0x0072B2))
    }

    @Test("a stroke covers its centre line fully and fades out at its edges")
    func stroke() throws {
        let image = try GDImage(width: 40, height: 40)
        image.fill(RGB(0xFFFFFF))
        var layer = StrokeLayer(clip: Rect(minX: 0, minY: 0, maxX: 39, maxY: 39), image: image)
        layer.stroke(Point(5, 20), Point(35, 20), thickness: 4)
        layer.composite(onto: image, RGB(0x000000))
        #expect(image.pixel(x: 20, y: 20) == RGB(0) && image.pixel(x: 20, y: 21) == RGB(0))
        #expect(image.pixel(x: 20, y: 23) == RGB(0xFFFFFF))
        let edge = image.pixel(x: 20, y: 22)
        #expect(edge != RGB(0) && edge != RGB(0xFFFFFF))
        // Round caps: the stroke reaches beyond its ends, but not into the corners of a square cap.
        #expect(image.pixel(x: 3, y: 20) != RGB(0xFFFFFF) && image.pixel(x: 3, y: 18) == RGB(0xFFFFFF))
    }

    /// Polygons of 3 to 12 corners from a fixed seed: convex, concave and self-crossing, some
    /// reaching past the image's edges, with horizontal and vertical edges among them.
    static func polygons(_ count: Int, width: Int, height: Int) -> [[gdPoint]] {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ range: Int) -> Int32 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int32(Int(state >> 33) % range)
        }
        return (0..<count).map { index in
            var corners = (0..<(3 + Int(next(10)))).map { _ in
                gdPoint(x: next(width + 80) - 40, y: next(height + 80) - 40)
            }
            if index % 4 == 0 { corners[1].y = corners[0].y }  // a horizontal edge
            if index % 5 == 0 { corners[2].x = corners[1].x }  // a vertical one
            return corners
        }
    }

    @Test(
        "a filled polygon is, pixel for pixel, gdImageFilledPolygon's: the inside, the anti-aliased outline, the clip")
    func polygonFill() throws {
        for (index, corners) in Self.polygons(60, width: 120, height: 90).enumerated() {
            let ours = try GDImage(width: 120, height: 90)
            let theirs = try GDImage(width: 120, height: 90)
            for image in [ours, theirs] {
                image.fill(RGB(0xF0F0F0))
                if index % 3 == 0 { gdImageSetClip(image.pointer, 10, 7, 100, 80) }
            }
            let colour = RGB(0x0072B2)
            ours.fillPolygon(corners.map { Point(Double($0.x), Double($0.y)) }, colour)
            var points = corners
            gdImageSetThickness(theirs.pointer, 1)
            gdImageSetAntiAliased(theirs.pointer, colour.truecolor())
            gdImageFilledPolygon(theirs.pointer, &points, Int32(points.count), gdAntiAliased)
            var differing = 0
            for y in 0..<90 {
                for x in 0..<120 where ours.pixel(x: x, y: y) != theirs.pixel(x: x, y: y) { differing += 1 }
            }
            #expect(differing == 0, "polygon \(index) (\(corners.count) corners): \(differing) pixels differ")
            // The inside alone, against libgd's plain fill.
            let inside = try GDImage(width: 120, height: 90)
            let plain = try GDImage(width: 120, height: 90)
            for image in [inside, plain] { image.fill(RGB(0xF0F0F0)) }
            let drawn = inside.fillPolygonInside(corners, colour.truecolor())
            gdImageFilledPolygon(plain.pointer, &points, Int32(points.count), colour.truecolor())
            if drawn {
                for y in 0..<90 {
                    for x in 0..<120 where inside.pixel(x: x, y: y) != plain.pixel(x: x, y: y) { differing += 1 }
                }
                #expect(differing == 0, "polygon \(index): the inside differs in \(differing) pixels")
            }
        }
    }
}
