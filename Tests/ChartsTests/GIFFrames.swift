/// The pictures of an animated GIF as a viewer shows them: each image block LZW-decoded (GIF89a
/// appendix F, written here independently of the encoder) and laid over the picture before
/// (disposal "none"), its transparent index letting the picture before show through.
struct GIFFrames {
    /// The palette index of every pixel of every picture, row-major.
    var pictures: [[UInt8]] = []

    /// Decodes `bytes`; nil when they are not a well-formed GIF of one global colour table.
    init?(_ bytes: [UInt8]) {
        guard bytes.count > 13, bytes[10] & 0x80 != 0 else { return nil }
        let width = Int(bytes[6]) | Int(bytes[7]) << 8
        let height = Int(bytes[8]) | Int(bytes[9]) << 8
        var canvas = [UInt8](repeating: 0, count: width * height)
        var p = 13 + 3 * (2 << (bytes[10] & 7))
        var transparent: Int?
        func subBlocks() -> [UInt8]? {
            var data: [UInt8] = []
            while p < bytes.count, bytes[p] != 0 {
                let length = Int(bytes[p])
                guard p + length < bytes.count else { return nil }
                data += bytes[(p + 1)...(p + length)]
                p += length + 1
            }
            p += 1
            return p <= bytes.count ? data : nil
        }
        while p < bytes.count {
            let introducer = bytes[p]
            p += 1
            switch introducer {
            case 0x3B:
                return
            case 0x21:
                guard p + 5 < bytes.count else { return nil }
                let label = bytes[p]
                p += 1
                if label == 0xF9 { transparent = bytes[p + 1] & 1 != 0 ? Int(bytes[p + 4]) : nil }
                guard subBlocks() != nil else { return nil }
            case 0x2C:
                guard p + 10 < bytes.count else { return nil }
                func word(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
                let (left, top, w, h) = (word(p), word(p + 2), word(p + 4), word(p + 6))
                guard bytes[p + 8] & 0xC0 == 0, left + w <= width, top + h <= height else { return nil }
                let codeSize = Int(bytes[p + 9])
                p += 10
                guard let data = subBlocks(), let indices = Self.decode(data, codeSize: codeSize),
                    indices.count == w * h
                else { return nil }
                for y in 0..<h {
                    for x in 0..<w where Int(indices[y * w + x]) != transparent {
                        canvas[(top + y) * width + left + x] = indices[y * w + x]
                    }
                }
                pictures.append(canvas)
                transparent = nil
            default:
                return nil
            }
        }
        return nil
    }

    /// The indices of one image block's LZW data; nil on a malformed stream.
    static func decode(_ data: [UInt8], codeSize: Int) -> [UInt8]? {
        let clear = 1 << codeSize, end = clear + 1
        var table: [[UInt8]] = (0..<clear).map { [UInt8(truncatingIfNeeded: $0)] } + [[], []]
        var bits = codeSize + 1
        var out: [UInt8] = []
        var previous: [UInt8]?
        var accumulator = 0, count = 0, index = 0
        while true {
            while count < bits {
                guard index < data.count else { return nil }
                accumulator |= Int(data[index]) << count
                index += 1
                count += 8
            }
            let code = accumulator & ((1 << bits) - 1)
            accumulator >>= bits
            count -= bits
            if code == clear {
                table.removeSubrange((clear + 2)...)
                bits = codeSize + 1
                previous = nil
                continue
            }
            if code == end { return out }
            let entry: [UInt8]
            if code < table.count {
                entry = table[code]
            } else if code == table.count, let previous, let first = previous.first {
                entry = previous + [first]
            } else {
                return nil
            }
            out += entry
            if let previous, let first = entry.first, table.count < 4096 { table.append(previous + [first]) }
            previous = entry
            if table.count == 1 << bits && bits < 12 { bits += 1 }
        }
    }
}
