/// GIF's variable-length LZW, code for code what libgd's encoder (the classic "compress" of
/// GIFCOMPR.C) writes: greedy longest matches, code sizes grown after the code that fills a
/// size, a clear code when the 4,096 codes run out, and the data in packets of 254 bytes.
///
/// libgd fetches every pixel through gdImageGetPixel; this reads the index bytes directly.
enum LZWEncoder {
    /// The largest code size GIF allows, in bits.
    static let maximumBits = 12
    /// Slots of the string table's hash (a power of two, well above 4,096 codes).
    private static let slotBits = 13
    private static let slots = 1 << slotBits

    /// Encodes `pixels` (each below 2^minimumBits) and appends the packets to `out`, without the
    /// terminating empty packet.
    ///
    /// Runs of one pixel are parsed without the hash: the strings of a pixel repeated 1, 2 … n
    /// times are always the first n, so the longest match in a run is known from the run's
    /// length. The codes are the same; a long run costs a step per code instead of a lookup per
    /// pixel. Frames are mostly runs: of the transparent index, of the background, of the tint of
    /// the side predicted 1.
    static func encode(_ pixels: UnsafeBufferPointer<UInt8>, minimumBits: Int, into out: inout [UInt8]) {
        let clearCode = 1 << minimumBits
        var writer = LZWCodeWriter(initialBits: minimumBits + 1, pixels: pixels.count)
        writer.writeClear(clearCode)
        guard let base = pixels.baseAddress, !pixels.isEmpty else {
            writer.write(clearCode + 1, nextCode: clearCode + 2)
            writer.finish(into: &out)
            return
        }
        // Per slot: the string's (pixel, prefix) key in the high 20 bits and its code in the low
        // 12, one load a probe; 0 is empty, as no string has code 0.
        let table = UnsafeMutablePointer<UInt32>.allocate(capacity: slots)
        defer { table.deallocate() }
        table.initialize(repeating: 0, count: slots)
        var runs = RunStrings(roots: clearCode)
        let count = pixels.count
        var nextCode = clearCode + 2
        var prefix = Int(base[0])
        var i = 1
        var runEnd = 0
        while i < count {
            let pixel = base[i]
            let length = runs.length(of: prefix, repeating: pixel)
            if length > 0 {
                // Every byte from i to runEnd is the byte at i, even when runEnd was found earlier.
                if i >= runEnd { runEnd = ByteScan.runEnd(base, of: pixel, from: i, to: count) }
                let reach = min(length + runEnd - i, runs.longest(pixel))
                prefix = runs.code(pixel, length: reach)
                i += reach - length
                guard i < runEnd else { continue }
                // The run goes on past the longest string known: the generic step's miss.
                writer.write(prefix, nextCode: nextCode)
                if nextCode < 1 << maximumBits {
                    runs.add(nextCode, pixel: pixel, length: reach + 1)
                    nextCode += 1
                } else {
                    nextCode = restart(table, &runs, &writer, clearCode: clearCode)
                }
                prefix = Int(pixel)
                i += 1
                continue
            }
            i += 1
            let key = UInt32(truncatingIfNeeded: Int(pixel) << maximumBits | prefix)
            // Fibonacci hashing spreads the keys; probing is linear.
            var slot = Int((key &* 0x9E37_79B1) >> UInt32(32 - slotBits))
            var entry = table[slot]
            while entry != 0 && entry >> UInt32(maximumBits) != key {
                slot = (slot &+ 1) & (slots - 1)
                entry = table[slot]
            }
            if entry != 0 {
                prefix = Int(entry & 0xFFF)
                continue
            }
            writer.write(prefix, nextCode: nextCode)
            prefix = Int(pixel)
            if nextCode < 1 << maximumBits {
                table[slot] = key << UInt32(maximumBits) | UInt32(truncatingIfNeeded: nextCode)
                nextCode += 1
            } else {
                nextCode = restart(table, &runs, &writer, clearCode: clearCode)
            }
        }
        writer.write(prefix, nextCode: nextCode)
        writer.write(clearCode + 1, nextCode: nextCode)
        writer.finish(into: &out)
    }

    /// The table is full: forgets every string (the hash and the runs), writes the clear code,
    /// and returns the next code, the first after the end code.
    private static func restart(
        _ table: UnsafeMutablePointer<UInt32>, _ runs: inout RunStrings, _ writer: inout LZWCodeWriter, clearCode: Int
    ) -> Int {
        table.update(repeating: 0, count: slots)
        runs.reset()
        writer.writeClear(clearCode)
        return clearCode + 2
    }
}
