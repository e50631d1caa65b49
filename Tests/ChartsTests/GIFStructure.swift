@testable import Charts

/// The block structure of a GIF file, walked by hand (GIF89a spec) for tests: an independent
/// check of what libgd wrote.
struct GIFStructure {
    /// Logical screen size.
    var width = 0, height = 0
    /// The global colour table.
    var palette: [RGB] = []
    /// The delay of each frame, in hundredths of a second.
    var delays: [Int] = []
    /// Whether a NETSCAPE2.0 loop extension is present.
    var loops = false

    /// Parses `bytes`; nil when they are not a well-formed GIF.
    init?(_ bytes: [UInt8]) {
        guard bytes.count > 13,
            bytes.prefix(6).elementsEqual("GIF89a".utf8) || bytes.prefix(6).elementsEqual("GIF87a".utf8)
        else { return nil }
        width = Int(bytes[6]) | Int(bytes[7]) << 8
        height = Int(bytes[8]) | Int(bytes[9]) << 8
        var p = 13
        if bytes[10] & 0x80 != 0 {
            let count = 2 << (bytes[10] & 7)
            guard bytes.count > p + 3 * count else { return nil }
            for i in 0..<count {
                let at = p + 3 * i
                palette.append(RGB(red: bytes[at], green: bytes[at + 1], blue: bytes[at + 2]))
            }
            p += 3 * count
        }
        var pendingDelay = 0
        /// Skips data sub-blocks; false when the file ends inside them.
        func skipSubBlocks() -> Bool {
            while p < bytes.count, bytes[p] != 0 { p += Int(bytes[p]) + 1 }
            p += 1
            return p <= bytes.count
        }
        while p < bytes.count {
            let introducer = bytes[p]
            p += 1
            switch introducer {
            case 0x3B:
                return
            case 0x21:
                guard p + 1 < bytes.count else { return nil }
                let label = bytes[p]
                p += 1
                if label == 0xF9, p + 4 < bytes.count { pendingDelay = Int(bytes[p + 2]) | Int(bytes[p + 3]) << 8 }
                if label == 0xFF, p + 11 < bytes.count, bytes[(p + 1)..<(p + 12)].elementsEqual("NETSCAPE2.0".utf8) {
                    loops = true
                }
                guard skipSubBlocks() else { return nil }
            case 0x2C:
                guard p + 9 < bytes.count else { return nil }
                let flags = bytes[p + 8]
                p += 9
                if flags & 0x80 != 0 { p += 3 * (2 << (flags & 7)) }
                p += 1  // LZW minimum code size
                guard skipSubBlocks() else { return nil }
                delays.append(pendingDelay)
                pendingDelay = 0
            default:
                return nil
            }
        }
        return nil
    }
}
