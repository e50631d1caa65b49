/// GIF's variable-length LZW, code for code what libgd's encoder (the classic "compress" of
/// GIFCOMPR.C) writes: greedy longest matches, code sizes grown after the code that fills a
/// size, a clear code when the 4,096 codes run out, and the data in packets of 254 bytes.
///
/// libgd fetches every pixel through gdImageGetPixel; this reads the index bytes directly.
struct LZWEncoder {
    /// The largest code size GIF allows, in bits.
    static let maximumBits = 12
    /// Slots of the string table's hash (a power of two, well above 4,096 codes).
    private static let slotBits = 13
    private static let slots = 1 << slotBits

    /// The packets written so far, each a length byte and its data.
    private(set) var bytes: [UInt8] = []
    private let initialBits: Int
    private let clearCode: Int
    private var bits: Int
    private var nextCode: Int
    private var clearing = false
    private var accumulator = 0, accumulated = 0
    private var packet: [UInt8] = []
    /// Per slot: the (prefix, pixel) key + 1, or 0 when empty, and the code it stands for.
    private var keys: [Int32]
    private var codes: [Int16]

    /// An encoder for pixels of `minimumBits` bits (GIF's initial code size, at least 2).
    init(minimumBits: Int) {
        initialBits = minimumBits + 1
        bits = initialBits
        clearCode = 1 << minimumBits
        nextCode = clearCode + 2
        keys = [Int32](repeating: 0, count: Self.slots)
        codes = [Int16](repeating: 0, count: Self.slots)
        packet.reserveCapacity(254)
    }

    /// Encodes `pixels` (each below 2^minimumBits) and returns the packets, without the
    /// terminating empty packet.
    ///
    /// Runs of `runPixel` (the transparent index of a frame, the background of the first) are
    /// parsed without the hash: the strings of that pixel repeated 1, 2 … n times are always
    /// the first n, so the longest match in a run is known from the run's length. The codes are
    /// the same; a long run costs a step per code instead of a lookup per pixel.
    static func encode(_ pixels: UnsafeBufferPointer<UInt8>, minimumBits: Int, runPixel: UInt8 = 0) -> [UInt8] {
        var encoder = LZWEncoder(minimumBits: minimumBits)
        guard let first = pixels.first else { return encoder.finish(prefix: nil) }
        encoder.output(encoder.clearCode)
        var prefix = Int(first)
        var keys = encoder.keys, codes = encoder.codes
        encoder.keys = []
        encoder.codes = []
        var runs = RunStrings(pixel: Int(runPixel))
        keys.withUnsafeMutableBufferPointer { keys in
            codes.withUnsafeMutableBufferPointer { codes in
                var i = 1
                var runEnd = 0
                while i < pixels.count {
                    let pixel = pixels[i]
                    let length = runs.length(of: prefix)
                    if Int(pixel) == runs.pixel && length > 0 {
                        if i >= runEnd {
                            runEnd = i
                            while runEnd < pixels.count && pixels[runEnd] == pixel { runEnd += 1 }
                        }
                        let reach = min(length + runEnd - i, runs.longest)
                        prefix = runs.code(reach)
                        i += reach - length
                        guard i < runEnd else { continue }
                        // The run goes on past the longest string known: the generic step's miss.
                        encoder.output(prefix)
                        if encoder.nextCode < 1 << maximumBits {
                            runs.add(encoder.nextCode, length: reach + 1)
                            encoder.nextCode += 1
                        } else {
                            for index in keys.indices { keys[index] = 0 }
                            runs.reset()
                            encoder.restart()
                        }
                        prefix = Int(pixel)
                        i += 1
                        continue
                    }
                    i += 1
                    let key = Int32(truncatingIfNeeded: Int(pixel) << maximumBits &+ prefix) &+ 1
                    // Fibonacci hashing spreads the (prefix, pixel) keys; probing is linear.
                    var slot = Int((UInt32(bitPattern: key) &* 0x9E37_79B1) >> UInt32(32 - slotBits))
                    var found = false
                    while keys[slot] != 0 {
                        if keys[slot] == key {
                            prefix = Int(codes[slot])
                            found = true
                            break
                        }
                        slot = (slot &+ 1) & (slots - 1)
                    }
                    if found { continue }
                    encoder.output(prefix)
                    prefix = Int(pixel)
                    if encoder.nextCode < 1 << maximumBits {
                        keys[slot] = key
                        codes[slot] = Int16(truncatingIfNeeded: encoder.nextCode)
                        encoder.nextCode += 1
                    } else {
                        // The table is full: forget every string and say so.
                        for index in keys.indices { keys[index] = 0 }
                        runs.reset()
                        encoder.restart()
                    }
                }
            }
        }
        return encoder.finish(prefix: prefix)
    }

    /// Starts the codes again after the table was emptied, and writes the clear code.
    private mutating func restart() {
        nextCode = clearCode + 2
        clearing = true
        output(clearCode)
    }

    /// Writes the last string and the end code, then the bits left over.
    private mutating func finish(prefix: Int?) -> [UInt8] {
        if prefix == nil { output(clearCode) }
        if let prefix { output(prefix) }
        output(clearCode + 1)
        while accumulated > 0 {
            put(UInt8(truncatingIfNeeded: accumulator))
            accumulator >>= 8
            accumulated -= 8
        }
        flush()
        return bytes
    }

    /// Appends `code` in the current code size, low bits first, then grows the size if the
    /// next code will not fit (or resets it after a clear), as libgd's output() does.
    private mutating func output(_ code: Int) {
        accumulator |= code << accumulated
        accumulated += bits
        while accumulated >= 8 {
            put(UInt8(truncatingIfNeeded: accumulator))
            accumulator >>= 8
            accumulated -= 8
        }
        if clearing {
            bits = initialBits
            clearing = false
        } else if nextCode > (bits == Self.maximumBits ? 1 << Self.maximumBits : (1 << bits) - 1) {
            bits = min(bits + 1, Self.maximumBits)
        }
    }

    private mutating func put(_ byte: UInt8) {
        packet.append(byte)
        if packet.count >= 254 { flush() }
    }

    private mutating func flush() {
        guard !packet.isEmpty else { return }
        bytes.append(UInt8(packet.count))
        bytes += packet
        packet.removeAll(keepingCapacity: true)
    }
}
