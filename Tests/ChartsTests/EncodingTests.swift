import CGD
import Testing
import Training

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

    /// The drawn images of real charts (before encoding) and the inks each is quantised to.
    static func chartImages() throws -> [(name: String, image: GDImage, inks: [RGB], filterUp: Bool)] {
        let log = Trainer.train(LogicGate.xor.dataset, settings: .walkthrough)
        let facts = RunFacts(log)
        let time = TimeCharts(log: log, facts: facts)
        var images: [(name: String, image: GDImage, inks: [RGB], filterUp: Bool)] = []
        for (name, chart) in [("weights", time.weights()), ("loss", time.loss())] {
            let image = try LineChartRenderer(chart: chart, typeface: .standard).render()
            images.append((name, image, ChartTheme.frameInks + chart.series.map(\.colour), true))
        }
        let boundary = BoundaryCharts(log: log, facts: facts, typeface: .standard)
        let (still, _, iterations) = try boundary.drawStill()
        let boundaryInks =
            ChartTheme.frameInks + [
                BoundaryPlot.positiveColour, BoundaryPlot.negativeColour, BoundaryPlot.positiveRegionColour,
            ] + iterations.indices.map { boundary.lineStyle($0, of: iterations.count).colour }
        images.append(("boundary", still, boundaryInks, false))
        let network = try NetworkDiagram(log: log, final: true, typeface: .standard).render()
        images.append(("network", network, NetworkDiagram.inks, false))
        return images
    }

    @Test("a truecolor PNG decodes (with libgd) to the image's pixels, as libgd's own PNG of it does")
    func truecolorPNG() throws {
        for (width, height) in [(1, 1), (7, 3), (300, 41)] {
            let image = try GDImage(width: width, height: height)
            image.fillField(columns: 0..<width, rows: 0..<height) { y, xs, row in
                // A smooth field with an edge: every channel, every byte value on the way.
                for x in xs {
                    row[x] = RGB(UInt32((x * 7 + y * 13) % 256) << 16 | UInt32(x % 256) << 8 | UInt32((x * y) % 256))
                        .truecolor()
                }
            }
            let ours = try GDImage(png: try TruecolorPNG.encode(image))
            let theirs = try GDImage(png: try image.png())
            #expect(ours.width == width && ours.height == height)
            var differing = 0
            for y in 0..<height {
                for x in 0..<width
                where ours.pixel(x: x, y: y) != image.pixel(x: x, y: y)
                    || theirs.pixel(x: x, y: y) != image.pixel(x: x, y: y)
                {
                    differing += 1
                }
            }
            #expect(differing == 0, "\(width)×\(height): \(differing) pixels differ")
        }
    }

    @Test("a conversion that reuses rows equal to the row above gives every pixel its own lookup's index")
    func repeatedRows() throws {
        // Charts (a third of their rows repeat the row above), and a stripe image whose repeated
        // rows differ from their neighbours by one pixel, first or last.
        let stripes = try GDImage(width: 40, height: 30, background: ChartTheme.background)
        for y in stride(from: 0, to: 30, by: 3) {
            stripes.fillRectangle(x0: 5, y0: y, x1: 30, y1: y + 1, RGB(0x0072B2))
            gdImageSetPixel(stripes.pointer, Int32(y % 2 == 0 ? 0 : 39), Int32(y + 2), RGB(0xD55E00).truecolor())
        }
        let images = try Self.chartImages().map { ($0.name, $0.image, $0.inks) } + [("stripes", stripes, [])]
        for (name, image, inks) in images {
            let make = {
                PaletteQuantizer(
                    background: ChartTheme.background,
                    inks: inks.filter { $0 != ChartTheme.background } + [
                        RGB(0x0072B2), RGB(0xD55E00),
                    ], levels: 8)
            }
            var converting = make(), looking = make()
            let converted = converting.convert(image)
            var expected: [UInt8] = []
            for y in 0..<image.height {
                for x in 0..<image.width { expected.append(looking.index(of: image.pixel(x: x, y: y))) }
            }
            #expect(converted.pixels == expected, "\(name)")
        }
    }

    @Test("a chart's PNG decodes to the pixels of libgd's PNG (gdImagePngPtrEx, zlib level 6) of its palette image")
    func chartsAsLibgdWritesThem() throws {
        for chart in try Self.chartImages() {
            var quantizer = PaletteQuantizer(
                background: ChartTheme.background, inks: chart.inks.filter { $0 != ChartTheme.background },
                levels: min(32, 254 / max(chart.inks.count, 1)))
            let indexed = quantizer.convert(chart.image)
            let ours = try GDImage(png: chart.image.palettePNG(inks: chart.inks, filterUp: chart.filterUp))
            let palette = try Self.paletteImage(indexed, columns: 0..<indexed.width, rows: 0..<indexed.height)
            var size: Int32 = 0
            let libgdBytes = try GDImage.take(gdImagePngPtrEx(palette.pointer, &size, 6), size: size, format: "PNG")
            let theirs = try GDImage(png: libgdBytes)
            #expect(ours.width == theirs.width && ours.height == theirs.height)
            var differing = 0
            for y in 0..<theirs.height {
                for x in 0..<theirs.width where ours.pixel(x: x, y: y) != theirs.pixel(x: x, y: y) { differing += 1 }
            }
            #expect(differing == 0, "\(chart.name): \(differing) pixels differ")
            // The file is about the size of zlib's at level 6 (ChartDeflate's greedy matches a few
            // per cent larger on some charts, smaller on others), so allow 10 %.
            let oursSize = try chart.image.palettePNG(inks: chart.inks, filterUp: chart.filterUp).count
            #expect(
                Double(oursSize) <= 1.10 * Double(libgdBytes.count),
                "\(chart.name): \(oursSize) bytes, libgd \(libgdBytes.count)")
        }
    }

    @Test(
        "a frame over the frame before, its unchanged pixels transparent, is byte for byte libgd's encoding of it",
        arguments: [3, 12, 100])
    func transparentFrameMatchesLibgd(_ colours: Int) throws {
        let before = Self.sample(width: 90, height: 50, colours: colours, seed: 11)
        var after = before
        // A few changed blocks and scattered pixels: long unchanged runs between them.
        for y in 10..<20 { for x in 30..<70 { after.pixels[y * 90 + x] = UInt8((x + y) % colours) } }
        for i in stride(from: 5, to: after.pixels.count, by: 211) { after.pixels[i] = UInt8(i % colours) }
        let rectangle = try #require(GIFAnimation.changedRectangle(from: before, to: after))
        let ours = GIFAnimation.frame(
            after, columns: rectangle.columns, rows: rectangle.rows, delay: 7, unchanged: before)
        let transparent = try #require(GIFAnimation.transparentIndex(after.palette))
        // libgd's input: the rectangle with the unchanged pixels set to the transparent index,
        // which the image declares transparent (gdImageColorTransparent).
        var pixels = after.pixels
        for i in pixels.indices where pixels[i] == before.pixels[i] { pixels[i] = UInt8(transparent) }
        let marked = IndexedImage(
            width: after.width, height: after.height, palette: after.palette + [RGB(0x000000)], pixels: pixels)
        let image = try Self.paletteImage(marked, columns: rectangle.columns, rows: rectangle.rows)
        gdImageColorTransparent(image.pointer, Int32(transparent))
        var size: Int32 = 0
        let theirs = try GDImage.take(
            gdImageGifAnimAddPtr(
                image.pointer, &size, 0, Int32(rectangle.columns.lowerBound), Int32(rectangle.rows.lowerBound), 7,
                Int32(gdDisposalNone), nil),
            size: size, format: "GIF")
        #expect(ours == theirs)
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
