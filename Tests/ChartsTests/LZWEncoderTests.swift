import CGD
import Testing

@testable import Charts

@Suite("LZW: the fast encoder against a plain one, and libgd on large frames")
struct LZWEncoderTests {
    /// GIF's LZW the plain way, step by step as libgd's compress() goes: a dictionary of
    /// (prefix, pixel) strings, every pixel looked up, the bits packed a byte at a time. Also
    /// how many times the table was full and cleared.
    static func reference(_ pixels: [UInt8], minimumBits: Int) -> (packets: [UInt8], clears: Int) {
        let clear = 1 << minimumBits
        var bits = minimumBits + 1
        var next = clear + 2
        var table: [Int: Int] = [:]
        var clears = 0
        var data: [UInt8] = []
        var (accumulator, accumulated) = (0, 0)
        func output(_ code: Int, clearing: Bool = false) {
            accumulator |= code << accumulated
            accumulated += bits
            while accumulated >= 8 {
                data.append(UInt8(accumulator & 0xFF))
                accumulator >>= 8
                accumulated -= 8
            }
            if clearing {
                bits = minimumBits + 1
            } else if next > (bits == 12 ? 4096 : (1 << bits) - 1) && bits < 12 {
                bits += 1
            }
        }
        output(clear)
        if var prefix = pixels.first.map(Int.init) {
            for pixel in pixels.dropFirst().map(Int.init) {
                if let code = table[prefix << 8 | pixel] {
                    prefix = code
                    continue
                }
                output(prefix)
                if next < 4096 {
                    table[prefix << 8 | pixel] = next
                    next += 1
                } else {
                    table = [:]
                    clears += 1
                    next = clear + 2
                    output(clear, clearing: true)
                }
                prefix = pixel
            }
            output(prefix)
        }
        output(clear + 1)
        if accumulated > 0 { data.append(UInt8(accumulator & 0xFF)) }
        var packets: [UInt8] = []
        for start in stride(from: 0, to: data.count, by: 254) {
            let end = min(start + 254, data.count)
            packets.append(UInt8(end - start))
            packets += data[start..<end]
        }
        return (packets, clears)
    }

    static func encoded(_ pixels: [UInt8], minimumBits: Int) -> [UInt8] {
        var out: [UInt8] = [0xAB]  // appended to, not replaced
        pixels.withUnsafeBufferPointer { LZWEncoder.encode($0, minimumBits: minimumBits, into: &out) }
        #expect(out.first == 0xAB)
        return Array(out.dropFirst())
    }

    /// A deterministic generator (a 64-bit LCG's high bits).
    struct Numbers {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    /// Runs of random colours and lengths up to `longest`, some of them one colour again and
    /// again (as the transparent index and a tint are in a frame).
    static func runs(count: Int, colours: Int, longest: Int, seed: UInt64) -> [UInt8] {
        var numbers = Numbers(state: seed)
        var pixels: [UInt8] = []
        pixels.reserveCapacity(count)
        while pixels.count < count {
            let colour = numbers.next(3) == 0 ? 0 : numbers.next(colours)
            let length = min(1 + numbers.next(longest), count - pixels.count)
            pixels += repeatElement(UInt8(colour), count: length)
        }
        return pixels
    }

    @Test(
        "the codes are the plain encoder's for 2 to 256 colours, noise and runs",
        arguments: [2, 3, 4, 5, 16, 17, 100, 256])
    func matchesReference(_ colours: Int) {
        let minimumBits = max(GIFAnimation.bitsPerPixel(Array(repeating: RGB(0), count: colours)), 2)
        var numbers = Numbers(state: UInt64(colours))
        let inputs: [[UInt8]] = [
            [], [UInt8(colours - 1)], [0, 0], Array(repeating: 0, count: 300),
            (0..<20_000).map { _ in UInt8(numbers.next(colours)) },
            Self.runs(count: 60_000, colours: colours, longest: 8, seed: 1),
            Self.runs(count: 60_000, colours: colours, longest: 400, seed: 2),
            Self.runs(count: 30_000, colours: colours, longest: 3_000, seed: 3),
        ]
        for pixels in inputs {
            #expect(
                Self.encoded(pixels, minimumBits: minimumBits)
                    == Self.reference(pixels, minimumBits: minimumBits).packets)
        }
    }

    @Test("inputs long enough to fill the table many times, also in the middle of a run")
    func clears() {
        // One colour's strings grow to n after n(n+1)/2 pixels: 3,838 codes of one colour alone
        // take 7.4 M pixels, so mix in noise that fills the table and then a long run.
        var numbers = Numbers(state: 99)
        var pixels: [UInt8] = []
        for block in 0..<12 {
            pixels += (0..<9_000).map { _ in UInt8(numbers.next(256)) }
            pixels += repeatElement(UInt8(block % 3), count: 5_000 + numbers.next(20_000))
        }
        let reference = Self.reference(pixels, minimumBits: 8)
        #expect(Self.encoded(pixels, minimumBits: 8) == reference.packets)
        #expect(reference.clears >= 10)
    }

    @Test("a large run-heavy frame, with and without transparency, is byte for byte libgd's", arguments: [3, 40, 161])
    func largeFrameMatchesLibgd(_ colours: Int) throws {
        let (width, height) = (480, 300)
        let palette = (0..<colours).map { RGB(UInt32($0) * 0x010305 + 0x102030) }
        let before = IndexedImage(
            width: width, height: height, palette: palette,
            pixels: Self.runs(count: width * height, colours: colours, longest: 700, seed: 5))
        var after = before
        var numbers = Numbers(state: 6)
        for y in 40..<260 {
            let start = 30 + numbers.next(60)
            for x in start..<(start + 150 + numbers.next(250)) { after.pixels[y * width + x] = UInt8(y / 20 % colours) }
        }
        let whole = GIFAnimation.frame(after, columns: 0..<width, rows: 0..<height, delay: 9)
        var size: Int32 = 0
        let image = try EncodingTests.paletteImage(after, columns: 0..<width, rows: 0..<height)
        let theirs = try GDImage.take(
            gdImageGifAnimAddPtr(image.pointer, &size, 0, 0, 0, 9, Int32(gdDisposalNone), nil), size: size,
            format: "GIF")
        #expect(whole == theirs)

        guard let transparent = GIFAnimation.transparentIndex(palette) else { return }
        let rectangle = try #require(GIFAnimation.changedRectangle(from: before, to: after))
        let ours = GIFAnimation.frame(
            after, columns: rectangle.columns, rows: rectangle.rows, delay: 9, unchanged: before)
        var pixels = after.pixels
        for i in pixels.indices where pixels[i] == before.pixels[i] { pixels[i] = UInt8(transparent) }
        let marked = IndexedImage(width: width, height: height, palette: palette + [RGB(0)], pixels: pixels)
        let markedImage = try EncodingTests.paletteImage(marked, columns: rectangle.columns, rows: rectangle.rows)
        gdImageColorTransparent(markedImage.pointer, Int32(transparent))
        let libgd = try GDImage.take(
            gdImageGifAnimAddPtr(
                markedImage.pointer, &size, 0, Int32(rectangle.columns.lowerBound), Int32(rectangle.rows.lowerBound),
                9, Int32(gdDisposalNone), nil),
            size: size, format: "GIF")
        #expect(ours == libgd)
    }

    @Test("the word-at-a-time scans find what a byte-by-byte scan finds")
    func byteScan() {
        var numbers = Numbers(state: 12)
        for _ in 0..<400 {
            let count = numbers.next(70)
            let a = (0..<count).map { _ in UInt8(numbers.next(3)) }
            var b = a
            for _ in 0..<numbers.next(3) where count > 0 { b[numbers.next(count)] &+= 1 }
            let floor = numbers.next(count + 1)
            let start = numbers.next(count + 1)
            let byte = UInt8(numbers.next(3))
            a.withUnsafeBufferPointer { a in
                b.withUnsafeBufferPointer { b in
                    guard let x = a.baseAddress, let y = b.baseAddress else { return }
                    let first = (0..<floor).first { a[$0] != b[$0] } ?? floor
                    #expect(ByteScan.firstDifference(x, y, below: floor) == first)
                    let last = (floor..<count).last { a[$0] != b[$0] } ?? floor - 1
                    #expect(ByteScan.lastDifference(x, y, from: floor, to: count) == last)
                    let end = (start..<count).first { a[$0] != byte } ?? count
                    #expect(ByteScan.runEnd(x, of: byte, from: start, to: count) == end)
                }
            }
        }
    }
}
