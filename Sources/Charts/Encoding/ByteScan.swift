/// Scans of index bytes eight at a time: where two rows first or last differ, where a run of one
/// byte ends. The GIF frames' changed rectangles and LZW's runs of the transparent index span
/// hundreds of bytes, which a byte-by-byte loop walks at several instructions a byte.
enum ByteScan {
    /// The first offset in `0..<limit` where `a` and `b` differ, or `limit` when none does.
    @inline(__always)
    static func firstDifference(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, below limit: Int) -> Int {
        var offset = 0
        while offset + 8 <= limit {
            let difference = word(a + offset) ^ word(b + offset)
            if difference != 0 { return offset + difference.trailingZeroBitCount / 8 }
            offset += 8
        }
        while offset < limit && a[offset] == b[offset] { offset += 1 }
        return offset
    }

    /// The last offset in `floor..<end` where `a` and `b` differ, or `floor − 1` when none does.
    @inline(__always)
    static func lastDifference(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, from floor: Int, to end: Int)
        -> Int
    {
        var offset = end
        while offset - 8 >= floor {
            let difference = word(a + offset - 8) ^ word(b + offset - 8)
            if difference != 0 { return offset - 1 - difference.leadingZeroBitCount / 8 }
            offset -= 8
        }
        while offset > floor && a[offset - 1] == b[offset - 1] { offset -= 1 }
        return offset - 1
    }

    /// The end of the run of `byte` that starts at `start`: the first offset in `start..<end`
    /// holding another byte, or `end`.
    @inline(__always)
    static func runEnd(_ bytes: UnsafePointer<UInt8>, of byte: UInt8, from start: Int, to end: Int) -> Int {
        let pattern = UInt64(byte) &* 0x0101_0101_0101_0101
        var offset = start
        while offset + 8 <= end {
            let difference = word(bytes + offset) ^ pattern
            if difference != 0 { return offset + difference.trailingZeroBitCount / 8 }
            offset += 8
        }
        while offset < end && bytes[offset] == byte { offset += 1 }
        return offset
    }

    /// Eight bytes from `at` as one word, the first in the low bits whatever the machine's order.
    @inline(__always)
    private static func word(_ at: UnsafePointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(at).loadUnaligned(as: UInt64.self))
    }
}
