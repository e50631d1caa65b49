import CGD
import Testing

@testable import Charts

@Suite("Encoding: nnreport's PNG writer and GIF frames against libgd")
struct EncodingTests {
    /// A deterministic image of `colours` colours with runs and noise.
    static func sample(width: Int, height: Int, colours: Int, seed: UInt64 = 7) -> IndexedImage {
        var state = seed
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        let palette = (0..<colours).map { RGB(UInt32($0) * 0x010305 + 0x102030) }  // distinct colours
        var pixels: [UInt8] = []
        for _ in 0..<(width * height) {
            pixels.append(next() % 4 == 0 ? UInt8(next() % UInt64(colours)) : pixels.last ?? 0)
        }
        return IndexedImage(width: width, height: height, palette: palette, pixels: pixels)
    }

    @Test("a palette PNG decodes (with libgd) to its pixels at 1, 2, 4 and 8 bits a pixel", arguments: [2, 3, 9, 200])
    func png(_ colours: Int) throws {
        for (width, height) in [(1, 1), (7, 3), (33, 20)] {
            let image = Self.sample(width: width, height: height, colours: colours)
            let bytes = try PalettePNG.encode(image)
            let depth = Int(bytes[24])
            #expect(depth == (colours <= 2 ? 1 : colours <= 4 ? 2 : colours <= 16 ? 4 : 8))
            let decoded = try GDImage(png: bytes)
            #expect(decoded.width == width && decoded.height == height)
            for y in 0..<height {
                for x in 0..<width { #expect(decoded.pixel(x: x, y: y) == image.colour(x: x, y: y)) }
            }
        }
    }

    @Test("the changed rectangle is the smallest that holds every changed pixel")
    func changedRectangle() {
        let before = Self.sample(width: 20, height: 10, colours: 5)
        var after = before
        #expect(GIFAnimation.changedRectangle(from: before, to: after) == nil)
        after.pixels[3 * 20 + 7] &+= 1
        after.pixels[8 * 20 + 2] &+= 1
        after.pixels[5 * 20 + 19] &+= 1
        let rectangle = GIFAnimation.changedRectangle(from: before, to: after)
        #expect(rectangle?.columns == 2..<20 && rectangle?.rows == 3..<9)
    }

    @Test("the GIF's bytes are libgd's own optimised animation of the same frames")
    func gifMatchesLibgd() throws {
        var frames = [Self.sample(width: 40, height: 30, colours: 12)]
        for step in 1..<6 {
            var next = frames[step - 1]
            for i in stride(from: step * 37, to: next.pixels.count, by: 97 + step) { next.pixels[i] = UInt8(step) }
            frames.append(next)
        }
        frames.append(frames[frames.count - 1])  // an unchanged frame
        var ours = try GIFAnimation(palette: frames[0])
        for frame in frames { try ours.add(frame, delay: 10) }
        let bytes = try ours.finish()

        var size: Int32 = 0
        let images = try frames.map { try GIFAnimation.paletteImage($0, columns: 0..<40, rows: 0..<30) }
        var expected = try GDImage.take(
            gdImageGifAnimBeginPtr(images[0].pointer, &size, 1, 0), size: size, format: "GIF")
        for (index, image) in images.enumerated() {
            size = 0
            var raw = gdImageGifAnimAddPtr(
                image.pointer, &size, 0, 0, 0, 10, Int32(gdDisposalNone), index > 0 ? images[index - 1].pointer : nil)
            if raw == nil || size == 0 {
                if let raw { gdFree(raw) }
                raw = gdImageGifAnimAddPtr(image.pointer, &size, 0, 0, 0, 10, Int32(gdDisposalNone), nil)
            }
            expected += try GDImage.take(raw, size: size, format: "GIF")
        }
        expected += try GDImage.take(gdImageGifAnimEndPtr(&size), size: size, format: "GIF")
        #expect(bytes == expected)
    }
}
