import CDeflate

/// A DEFLATE encoder (RFC 1951) in a zlib wrapper (RFC 1950) made for the rows of the charts'
/// PNGs, which are almost all long runs of one byte (zero, under the Up filter, wherever a row
/// repeats the one above) around short patterns (anti-aliased strokes, glyphs).
///
/// Greedy LZ77: a run is found by comparing eight bytes at a time with the byte before it and
/// taken whole, as matches at distance 1, without hashing its positions; elsewhere the same
/// position a row up and the last two positions of the same 4-byte hash are tried, the longest
/// match taken. The tokens of up to `blockTokens` matches and literals form
/// one block, written with the cheapest of a dynamic Huffman code, the fixed code, or stored bytes.
enum ChartDeflate {
    /// Tokens per block: a code of their own for every part of an image whose statistics differ
    /// (a chart's frame and labels, its plot), at about 100 bytes of code tables a block.
    static let blockTokens = 1 << 13

    /// `data` as a zlib stream: the 2-byte header, DEFLATE blocks, the Adler-32 of `data`.
    static func zlib(_ data: [UInt8], rowLength: Int = 0) -> [UInt8] {
        data.withUnsafeBufferPointer { input in
            var writer = BitWriter(capacity: input.count + input.count / 64 + 256)
            defer { writer.deallocate() }
            // CMF 0x78: deflate with a 32 KiB window; FLG 0x5E: "fast" (as libdeflate's levels 2–5
            // write it), its check bits making the pair a multiple of 31.
            writer.reserve(bytes: 2)
            writer.write(0x5E78, bits: 16)
            writer.flush()
            var encoder = Encoder(input: input, rowLength: rowLength)
            defer { encoder.deallocate() }
            encoder.compress(into: &writer)
            let adler = libdeflate_adler32(1, input.baseAddress, input.count)
            writer.alignToByte()
            writer.reserve(bytes: 4)
            writer.write(UInt64(adler.byteSwapped), bits: 32)
            writer.flush()
            return writer.bytes
        }
    }

    // MARK: - DEFLATE's alphabets (RFC 1951 §3.2.5)

    /// The first length of each length symbol 257…285.
    static let lengthBase: [UInt16] = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227,
        258,
    ]
    /// The count of extra bits after each length symbol 257…285.
    static let lengthExtra: [UInt8] = [
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ]
    /// The first distance of each distance symbol 0…29.
    static let distanceBase: [UInt16] = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
        6145, 8193, 12289, 16385, 24577,
    ]
    /// The count of extra bits after each distance symbol 0…29.
    static let distanceExtra: [UInt8] = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
    ]
    /// The order in which a dynamic block's header gives the code-length code's lengths.
    static let codeLengthOrder: [Int] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    /// The length symbol (0…28 for 257…285) of each match length 3…258, at index length − 3.
    static let lengthSymbols: [UInt8] = {
        var symbols = [UInt8](repeating: 0, count: 256)
        for symbol in 0..<29 {
            let base = Int(lengthBase[symbol]) - 3
            let end = symbol == 27 ? 255 : symbol == 28 ? 256 : Int(lengthBase[symbol + 1]) - 3
            for index in base..<end { symbols[index] = UInt8(symbol) }
        }
        return symbols
    }()

    /// Where `distanceSymbols` holds the symbol of `distance` (1…32,768).
    @inline(__always)
    static func distanceSymbolIndex(_ distance: Int) -> Int {
        distance <= 256 ? distance - 1 : 256 + ((distance - 1) >> 7)
    }

    /// The distance symbol of distance d at `distanceSymbolIndex(d)`: entry d − 1 for d ≤ 256,
    /// entry 256 + (d − 1) >> 7 beyond, as zlib's `d_code`: above 256 every symbol spans a
    /// multiple of 128 distances.
    static let distanceSymbols: [UInt8] = {
        var symbols = [UInt8](repeating: 0, count: 512)
        for symbol in 0..<30 {
            let first = Int(distanceBase[symbol]) - 1
            let last = symbol == 29 ? 32767 : Int(distanceBase[symbol + 1]) - 2
            for d in first...last {
                if d < 256 { symbols[d] = UInt8(symbol) }
                symbols[256 + (d >> 7)] = UInt8(symbol)
            }
        }
        return symbols
    }()
}

extension ChartDeflate {
    /// Bits written from the least significant end of a 64-bit buffer, stored eight bytes at a time.
    struct BitWriter {
        private var storage: UnsafeMutablePointer<UInt8>
        private var capacity: Int
        /// Bytes complete.
        private(set) var position = 0
        private var pending: UInt64 = 0
        /// Bits in `pending`, below 8 after a flush.
        private(set) var pendingCount = 0

        /// A writer with room for `capacity` bytes; `reserve` adds more.
        init(capacity: Int) {
            self.capacity = max(capacity, 16)
            storage = .allocate(capacity: self.capacity)
        }

        func deallocate() { storage.deallocate() }

        /// Room for `bytes` more bytes, plus the 8 a flush stores at once.
        mutating func reserve(bytes: Int) {
            let needed = position + bytes + 16
            guard needed > capacity else { return }
            let grown = max(needed, capacity * 2)
            let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
            larger.update(from: storage, count: position)
            storage.deallocate()
            storage = larger
            capacity = grown
        }

        /// Adds the low `bits` bits of `value` (its higher bits zero); at most 56 bits since the
        /// last flush, which every caller keeps to (a token is at most 48 bits).
        @inline(__always)
        mutating func write(_ value: UInt64, bits: Int) {
            pending |= value &<< UInt64(pendingCount)
            pendingCount &+= bits
        }

        /// Moves the whole bytes of `pending` out; `reserve` has made room for them.
        @inline(__always)
        mutating func flush() {
            UnsafeMutableRawPointer(storage + position).storeBytes(of: pending.littleEndian, as: UInt64.self)
            let bytes = pendingCount &>> 3
            position &+= bytes
            pending = pending &>> UInt64(bytes &<< 3)
            pendingCount &= 7
        }

        /// Pads with zero bits to a byte boundary.
        mutating func alignToByte() {
            flush()
            if pendingCount > 0 { write(0, bits: 8 - pendingCount) }
            flush()
        }

        /// Appends `count` bytes; the writer must be at a byte boundary and have room.
        mutating func append(_ bytes: UnsafePointer<UInt8>, count: Int) {
            (storage + position).update(from: bytes, count: count)
            position += count
        }

        /// The bytes written (the writer at a byte boundary).
        var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage, count: position)) }
    }
}

extension ChartDeflate {
    /// The match finder and the token buffer of one stream.
    struct Encoder {
        /// log₂ of the hash table's slots: 8K slots of two positions, 64 KiB, well inside the
        /// second-level cache. A second position per slot makes the files 2.3 % smaller for about
        /// 5 % more time: the network diagrams' slanted links repeat two rows up, not one.
        static let hashBits = 13
        /// The longest match DEFLATE allows.
        static let maximumLength = 258
        /// The farthest distance DEFLATE allows.
        static let window = 32768

        private let input: UnsafeBufferPointer<UInt8>
        /// The distance to the byte above in the image (0: none given).
        private let rowLength: Int
        /// Per 4-byte hash, two entries: the low 32 bits of the last two positions hashed there,
        /// the latest first. Only candidates: a distance is checked against the window and the
        /// input's start, and the bytes compared.
        private let table: UnsafeMutablePointer<UInt32>
        /// A literal (its byte, distance 0) or a match (distance << 16 | length).
        private let tokens: UnsafeMutablePointer<UInt32>
        private var tokenCount = 0
        /// The current block's symbol counts: literal/length 0…285, distance 0…29.
        private let literalCounts: UnsafeMutablePointer<UInt32>
        private let distanceCounts: UnsafeMutablePointer<UInt32>
        /// Where the current block's input begins.
        private var blockStart = 0

        init(input: UnsafeBufferPointer<UInt8>, rowLength: Int) {
            self.input = input
            self.rowLength = rowLength
            table = .allocate(capacity: 2 << Self.hashBits)
            table.initialize(repeating: 0, count: 2 << Self.hashBits)
            tokens = .allocate(capacity: ChartDeflate.blockTokens)
            literalCounts = .allocate(capacity: 286)
            literalCounts.initialize(repeating: 0, count: 286)
            distanceCounts = .allocate(capacity: 30)
            distanceCounts.initialize(repeating: 0, count: 30)
        }

        func deallocate() {
            table.deallocate()
            tokens.deallocate()
            literalCounts.deallocate()
            distanceCounts.deallocate()
        }

        /// Finds the matches of the whole input and writes its blocks, the last marked final.
        mutating func compress(into writer: inout BitWriter) {
            let n = input.count
            guard let data = input.baseAddress, n > 0 else {
                writeBlock(end: 0, final: true, into: &writer)
                return
            }
            let lengthSymbols = ChartDeflate.lengthSymbols
            let distanceSymbols = ChartDeflate.distanceSymbols
            var p = 0
            // Four bytes at p are read for the hash and the run test.
            while p + 4 <= n {
                var bestLength = 0
                var bestDistance = 0
                // A run: the four bytes at p repeat the byte before them. Its whole chunks of 258
                // are taken at once; what is left competes with the other candidates, which may
                // go on past the run's end.
                if p > 0 && load32(data, p) == load32(data, p - 1) {
                    var run = runLength(data, from: p, count: n)
                    while run > Self.maximumLength {
                        emitMatch(
                            length: Self.maximumLength, distance: 1, symbol: 28, distanceSymbol: 0, at: p, into: &writer
                        )
                        p += Self.maximumLength
                        run -= Self.maximumLength
                    }
                    bestLength = run
                    bestDistance = 1
                }
                if bestLength < Self.maximumLength && p + 4 <= n {
                    let here = load32(data, p)
                    let limit = min(Self.maximumLength, n - p)
                    // The byte above in the image, for rows that repeat the row above (unfiltered rows).
                    if rowLength > 1 && p >= rowLength && rowLength <= Self.window
                        && load32(data, p - rowLength) == here
                    {
                        let length = 4 + matchLength(data, p - rowLength + 4, p + 4, limit: limit - 4)
                        if length > bestLength {
                            bestLength = length
                            bestDistance = rowLength
                        }
                    }
                    // The two last positions whose four bytes hashed to this slot. The 32-bit
                    // difference is the distance whenever a candidate is within 4 GiB; a stale one
                    // only yields some other position, whose bytes are compared anyway.
                    let slot = Int(truncatingIfNeeded: (here &* 0x9E37_79B1) &>> UInt32(32 - Self.hashBits)) &<< 1
                    let recent = table[slot]
                    let older = table[slot &+ 1]
                    table[slot &+ 1] = recent
                    table[slot] = UInt32(truncatingIfNeeded: p)
                    for candidate in [recent, older] {
                        let distance = Int(UInt32(truncatingIfNeeded: p) &- candidate)
                        guard bestLength < limit, distance >= 1, distance <= min(Self.window, p),
                            load32(data, p - distance) == here
                        else { continue }
                        let length = 4 + matchLength(data, p - distance + 4, p + 4, limit: limit - 4)
                        if length > bestLength {
                            bestLength = length
                            bestDistance = distance
                        }
                    }
                }
                if bestLength >= 3 {
                    let distanceSymbol = distanceSymbols[ChartDeflate.distanceSymbolIndex(bestDistance)]
                    emitMatch(
                        length: bestLength, distance: bestDistance, symbol: Int(lengthSymbols[bestLength - 3]),
                        distanceSymbol: Int(distanceSymbol), at: p, into: &writer)
                    p += bestLength
                } else {
                    emitLiteral(data[p], at: p, into: &writer)
                    p += 1
                }
            }
            while p < n {
                emitLiteral(data[p], at: p, into: &writer)
                p += 1
            }
            writeBlock(end: n, final: true, into: &writer)
        }

        @inline(__always)
        private func load32(_ data: UnsafePointer<UInt8>, _ at: Int) -> UInt32 {
            UnsafeRawPointer(data + at).loadUnaligned(as: UInt32.self)
        }

        @inline(__always)
        private func load64(_ data: UnsafePointer<UInt8>, _ at: Int) -> UInt64 {
            UnsafeRawPointer(data + at).loadUnaligned(as: UInt64.self)
        }

        /// How many bytes from `start` (at least 1) equal the byte before it, up to `count`.
        @inline(__always)
        private func runLength(_ data: UnsafePointer<UInt8>, from start: Int, count: Int) -> Int {
            let byte = data[start - 1]
            let pattern = UInt64(byte) &* 0x0101_0101_0101_0101
            var q = start
            while q &+ 32 <= count {
                let any =
                    (load64(data, q) ^ pattern) | (load64(data, q &+ 8) ^ pattern)
                    | (load64(data, q &+ 16) ^ pattern) | (load64(data, q &+ 24) ^ pattern)
                if any != 0 { break }
                q &+= 32
            }
            while q + 16 <= count {
                let low = load64(data, q) ^ pattern
                let high = load64(data, q + 8) ^ pattern
                if low | high != 0 {
                    return q - start + (low != 0 ? low.trailingZeroBitCount >> 3 : 8 + high.trailingZeroBitCount >> 3)
                }
                q += 16
            }
            while q < count && data[q] == byte { q += 1 }
            return q - start
        }

        /// How many bytes from `a` equal those from `b` (a < b), at most `limit`, b + limit within the input.
        @inline(__always)
        private func matchLength(_ data: UnsafePointer<UInt8>, _ a: Int, _ b: Int, limit: Int) -> Int {
            var k = 0
            while k + 8 <= limit {
                let difference = load64(data, a + k) ^ load64(data, b + k)
                if difference != 0 { return k + difference.trailingZeroBitCount >> 3 }
                k += 8
            }
            while k < limit && data[a + k] == data[b + k] { k += 1 }
            return k
        }

        @inline(__always)
        private mutating func emitLiteral(_ byte: UInt8, at position: Int, into writer: inout BitWriter) {
            if tokenCount == ChartDeflate.blockTokens { writeBlock(end: position, final: false, into: &writer) }
            tokens[tokenCount] = UInt32(byte)
            tokenCount &+= 1
            literalCounts[Int(byte)] &+= 1
        }

        @inline(__always)
        private mutating func emitMatch(
            length: Int, distance: Int, symbol: Int, distanceSymbol: Int, at position: Int,
            into writer: inout BitWriter
        ) {
            if tokenCount == ChartDeflate.blockTokens { writeBlock(end: position, final: false, into: &writer) }
            tokens[tokenCount] = UInt32(truncatingIfNeeded: distance << 16 | length)
            tokenCount &+= 1
            literalCounts[257 &+ symbol] &+= 1
            distanceCounts[distanceSymbol] &+= 1
        }

        /// Writes the tokens so far as one block covering the input from `blockStart` to `end`.
        private mutating func writeBlock(end: Int, final: Bool, into writer: inout BitWriter) {
            literalCounts[256] = 1
            let block = BlockWriter(
                literalCounts: Array(UnsafeBufferPointer(start: literalCounts, count: 286)),
                distanceCounts: Array(UnsafeBufferPointer(start: distanceCounts, count: 30)),
                pendingBits: writer.pendingCount)
            let raw = UnsafeBufferPointer(rebasing: input[blockStart..<end])
            block.write(
                tokens: UnsafeBufferPointer(start: tokens, count: tokenCount), raw: raw, final: final,
                into: &writer)
            tokenCount = 0
            blockStart = end
            literalCounts.update(repeating: 0, count: 286)
            distanceCounts.update(repeating: 0, count: 30)
        }
    }
}
