import CDeflate
import Testing

@testable import Charts

@Suite("ChartDeflate: zlib streams that libdeflate's decompressor reads back to the input")
struct ChartDeflateTests {
    /// Deterministic bytes: a 64-bit linear congruential generator's high bits.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        mutating func bytes(_ count: Int) -> [UInt8] { (0..<count).map { _ in UInt8(truncatingIfNeeded: next()) } }
    }

    /// Adler-32 (RFC 1950 §8) the slow way, independent of libdeflate's.
    static func adler32(_ data: [UInt8]) -> UInt32 {
        var a: UInt32 = 1
        var b: UInt32 = 0
        for byte in data {
            a = (a + UInt32(byte)) % 65521
            b = (b + a) % 65521
        }
        return b << 16 | a
    }

    /// `stream` decompressed by libdeflate (a zlib stream, or raw DEFLATE when not `zlib`), or nil
    /// when it is not a valid stream of exactly `size` bytes.
    static func inflate(_ stream: [UInt8], size: Int, zlib: Bool = true) -> [UInt8]? {
        guard let decompressor = libdeflate_alloc_decompressor() else { return nil }
        defer { libdeflate_free_decompressor(decompressor) }
        var out = [UInt8](repeating: 0, count: size + 1)  // one spare byte: a longer output is an error
        var actual = 0
        let result = stream.withUnsafeBytes { input in
            out.withUnsafeMutableBytes { output in
                zlib
                    ? libdeflate_zlib_decompress(
                        decompressor, input.baseAddress, input.count, output.baseAddress, output.count, &actual)
                    : libdeflate_deflate_decompress(
                        decompressor, input.baseAddress, input.count, output.baseAddress, output.count, &actual)
            }
        }
        guard result == LIBDEFLATE_SUCCESS, actual == size else { return nil }
        return Array(out[0..<actual])
    }

    /// Compresses `data`, checks the zlib wrapper and that libdeflate restores `data`; returns the stream.
    @discardableResult
    static func roundTrip(
        _ data: [UInt8], rowLength: Int = 0, sourceLocation: SourceLocation = #_sourceLocation
    ) -> [UInt8] {
        let stream = ChartDeflate.zlib(data, rowLength: rowLength)
        #expect(stream.count >= 6, sourceLocation: sourceLocation)
        guard stream.count >= 6 else { return stream }
        // CMF: deflate, 32 KiB window; FLG: no preset dictionary, the check bits right.
        #expect(stream[0] == 0x78, sourceLocation: sourceLocation)
        #expect(
            stream[1] & 0x20 == 0 && (Int(stream[0]) << 8 | Int(stream[1])) % 31 == 0, sourceLocation: sourceLocation)
        let trailer = stream.suffix(4).reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        #expect(trailer == adler32(data), sourceLocation: sourceLocation)
        let restored = inflate(stream, size: data.count)
        #expect(restored == data, "\(data.count) bytes not restored", sourceLocation: sourceLocation)
        return stream
    }

    @Test("empty input and a single byte")
    func tiny() {
        let empty = Self.roundTrip([])
        #expect(empty.count <= 2 + 2 + 4)  // a fixed-code block of end-of-block alone: 10 bits
        for byte: UInt8 in [0, 1, 0x80, 0xFF] { Self.roundTrip([byte]) }
        Self.roundTrip([1, 2])
        Self.roundTrip([7, 7, 7])
        Self.roundTrip([7, 7, 7, 7, 7])
    }

    @Test(
        "zeros around the window's and the stored block's sizes",
        arguments: [32767, 32768, 32769, 65535, 65536, 1_000_000]
    )
    func zeros(_ count: Int) {
        let stream = Self.roundTrip([UInt8](repeating: 0, count: count))
        // Matches of 258 at distance 1, a few bits each.
        #expect(stream.count < 64 + count / 258)
    }

    @Test("random bytes: correct, and stored rather than grown", arguments: [1, 100, 65535, 65536, 300_000])
    func incompressible(_ count: Int) {
        var generator = Generator(state: UInt64(count))
        let data = generator.bytes(count)
        let stream = Self.roundTrip(data)
        // Stored blocks cost 5 bytes a piece of at most 65,535 bytes (or a block of the tokens' buffer).
        let pieces = count / ChartDeflate.blockTokens + count / 65535 + 1
        #expect(stream.count <= count + 5 * pieces + 6 + 2)
    }

    @Test("long runs of one byte, of every length around 258 and the 4-byte run test")
    func runs() {
        var generator = Generator(state: 3)
        var data: [UInt8] = []
        for length in [1, 2, 3, 4, 5, 255, 256, 257, 258, 259, 260, 261, 515, 516, 517, 774, 5000, 40000] {
            let byte = UInt8(truncatingIfNeeded: generator.next())
            data += [UInt8](repeating: byte, count: length)
            data.append(byte &+ 1)
        }
        for _ in 0..<2000 {
            data += [UInt8](repeating: UInt8(generator.next() % 3), count: Int(generator.next() % 700) + 1)
        }
        let stream = Self.roundTrip(data)
        #expect(stream.count < data.count / 20)
        Self.roundTrip(data, rowLength: 1601)
    }

    @Test(
        "a random pattern repeated at distances 1 … 32,768 is found when the distance is the row length",
        arguments: [1, 2, 3, 4, 5, 7, 8, 255, 256, 257, 1000, 4096, 32767, 32768])
    func repeatedPattern(_ distance: Int) {
        var generator = Generator(state: UInt64(distance))
        let pattern = generator.bytes(distance)
        var data: [UInt8] = []
        while data.count < 3 * distance + 5000 { data += pattern }
        let stream = Self.roundTrip(data, rowLength: distance)
        // The first period is stored or coded as literals; every later one costs a few bits a 258 bytes.
        #expect(stream.count < distance + distance / 32 + 200 + data.count / 100, "\(stream.count) bytes")
        Self.roundTrip(data)  // without the hint only what the hash finds
    }

    @Test("a row length beyond the window is not used as a distance")
    func rowLengthBeyondWindow() {
        var generator = Generator(state: 5)
        let pattern = generator.bytes(32769)
        Self.roundTrip(pattern + pattern, rowLength: 32769)
        Self.roundTrip(pattern, rowLength: 1 << 40)
    }

    @Test("Fibonacci-distributed symbol counts: code lengths limited to 15 bits, the code complete")
    func fibonacciCode() {
        var counts: [UInt32] = [1, 1]
        while counts.count < 30 { counts.append(counts[counts.count - 1] + counts[counts.count - 2]) }
        // Unlimited, the rarest symbols would sit 29 levels deep.
        let depths = HuffmanCode.depths(ascending: counts)
        #expect(depths.max() == 29)
        for limit in [7, 15] {
            let code = HuffmanCode(frequencies: counts.reversed() + [0, 0, 0], limit: limit)
            let lengths = code.lengths.map(Int.init)
            #expect(lengths.max() == limit)
            #expect(lengths.suffix(3) == [0, 0, 0])
            #expect(lengths.filter { $0 > 0 }.reduce(0) { $0 + 1 << (limit - $1) } == 1 << limit, "Kraft sum not 1")
            // More frequent symbols never get longer codes.
            for i in 1..<30 { #expect(lengths[i - 1] <= lengths[i]) }
        }
    }

    @Test("a dynamic block whose literal counts are Fibonacci numbers decodes (the limited code in use)")
    func fibonacciBlock() {
        // Literals only, no matches: the block writer alone, its dynamic code's lengths limited.
        // Counts 1, 2, 3, 5 … and end-of-block's 1: no ties beyond the first pair, so the
        // unlimited tree is a chain 22 deep (ties could pair the leaves into a shallower one).
        var counts = [UInt32](repeating: 0, count: 286)
        var raw: [UInt8] = []
        var (a, b): (UInt32, UInt32) = (1, 2)
        for symbol in 0..<22 {
            counts[symbol] = a
            raw += [UInt8](repeating: UInt8(symbol), count: Int(a))
            (a, b) = (b, a + b)
        }
        counts[256] = 1
        #expect(HuffmanCode.depths(ascending: counts.filter { $0 > 0 }.sorted()).max() == 22)
        let code = HuffmanCode(frequencies: counts, limit: 15)
        #expect(code.lengths.max() == 15)
        let tokens = raw.map { UInt32($0) }
        var writer = ChartDeflate.BitWriter(capacity: 16)
        defer { writer.deallocate() }
        let block = ChartDeflate.BlockWriter(
            literalCounts: counts, distanceCounts: [UInt32](repeating: 0, count: 30), pendingBits: 0)
        tokens.withUnsafeBufferPointer { tokens in
            raw.withUnsafeBufferPointer { raw in block.write(tokens: tokens, raw: raw, final: true, into: &writer) }
        }
        writer.alignToByte()
        let stream = writer.bytes
        #expect(stream.first.map { $0 & 0b111 } == 0b101, "not a final dynamic block")
        #expect(Self.inflate(stream, size: raw.count, zlib: false) == raw)
    }

    @Test("the code-length code's run-length symbols 16, 17 and 18 cover every run")
    func codeLengthRuns() {
        var lengths: [UInt8] = []
        for run in [1, 2, 3, 6, 7, 10, 11, 138, 139, 150, 300] {
            lengths += [UInt8](repeating: 0, count: run) + [UInt8](repeating: 5, count: run)
        }
        let items = ChartDeflate.BlockWriter.runLengthCoded(lengths)
        var decoded: [UInt8] = []
        for item in items {
            switch item.symbol {
            case 16:
                #expect(item.extra < 4)
                decoded += [UInt8](repeating: decoded.last ?? 255, count: Int(item.extra) + 3)
            case 17:
                #expect(item.extra < 8)
                decoded += [UInt8](repeating: 0, count: Int(item.extra) + 3)
            case 18:
                #expect(item.extra < 128)
                decoded += [UInt8](repeating: 0, count: Int(item.extra) + 11)
            default: decoded.append(item.symbol)
            }
        }
        #expect(decoded == lengths)
    }

    @Test("the rows of rendered charts: restored, and within 8 % of libdeflate at level 4")
    func chartRows() throws {
        for chart in try EncodingTests.chartImages() {
            var quantizer = PaletteQuantizer(
                background: ChartTheme.background, inks: chart.inks.filter { $0 != ChartTheme.background },
                levels: min(32, 254 / max(chart.inks.count, 1)))
            let indexed = quantizer.convert(chart.image)
            let depth = PalettePNG.depth(colours: indexed.palette.count)
            let rows = PalettePNG.rows(of: indexed, depth: depth, up: chart.filterUp)
            let stream = Self.roundTrip(rows, rowLength: (indexed.width * depth + 7) / 8 + 1)
            let libdeflate = try Self.libdeflate(rows, level: 4)
            #expect(
                Double(stream.count) <= 1.08 * Double(libdeflate.count),
                "\(chart.name): \(stream.count) bytes, libdeflate \(libdeflate.count)")
        }
    }

    /// `data` as a zlib stream from libdeflate at `level`, the encoder the PNGs used before.
    static func libdeflate(_ data: [UInt8], level: Int32) throws -> [UInt8] {
        let compressor = try #require(libdeflate_alloc_compressor(level))
        defer { libdeflate_free_compressor(compressor) }
        let bound = libdeflate_zlib_compress_bound(compressor, data.count)
        var out = [UInt8](repeating: 0, count: bound)
        let count = data.withUnsafeBytes { input in
            out.withUnsafeMutableBytes { output in
                libdeflate_zlib_compress(compressor, input.baseAddress, input.count, output.baseAddress, output.count)
            }
        }
        #expect(count > 0)
        return Array(out.prefix(count))
    }
}
