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

    @Test(
        "a frame without transparency is, byte for byte, what libgd's GIF encoder writes", arguments: [2, 5, 40, 200])
    func frameMatchesLibgd(_ colours: Int) throws {
        let image = Self.sample(width: 57, height: 41, colours: colours)
        let ours = GIFAnimation.frame(image, columns: 0..<57, rows: 0..<41, delay: 25)
        var size: Int32 = 0
        let palette = try Self.paletteImage(image, columns: 0..<57, rows: 0..<41)
        let theirs = try GDImage.take(
            gdImageGifAnimAddPtr(palette.pointer, &size, 0, 0, 0, 25, Int32(gdDisposalNone), nil), size: size,
            format: "GIF")
        #expect(ours == theirs)
    }

    @Test("every picture of the animation, decoded independently, is its frame")
    func framesDecode() throws {
        var frames = [Self.sample(width: 40, height: 30, colours: 12)]
        for step in 1..<6 {
            var next = frames[step - 1]
            for i in stride(from: step * 37, to: next.pixels.count, by: 97 + step) { next.pixels[i] = UInt8(step) }
            frames.append(next)
        }
        frames.append(frames[frames.count - 1])  // an unchanged frame
        var animation = try GIFAnimation(palette: frames[0])
        for frame in frames { try animation.add(frame, delay: 10) }
        let bytes = try animation.finish()
        let decoded = try #require(GIFFrames(bytes))
        #expect(decoded.pictures == frames.map(\.pixels))
        #expect(GIFStructure(bytes)?.delays == Array(repeating: 10, count: frames.count))
    }

    /// A libgd palette image of the part `columns` × `rows` of `frame`, with its whole palette
    /// (so that every frame refers to the global colour table).
    static func paletteImage(_ frame: IndexedImage, columns: Range<Int>, rows: Range<Int>) throws(ChartError)
        -> GDImage
    {
        let image = try GDImage(width: max(columns.count, 1), height: max(rows.count, 1), palette: true)
        for colour in frame.palette {
            gdImageColorAllocate(image.pointer, Int32(colour.red), Int32(colour.green), Int32(colour.blue))
        }
        guard let target = image.pointer.pointee.pixels else { return image }
        for (row, y) in rows.enumerated() {
            guard let line = target[row] else { continue }
            for (column, x) in columns.enumerated() { line[column] = frame.pixels[y * frame.width + x] }
        }
        return image
    }
}
