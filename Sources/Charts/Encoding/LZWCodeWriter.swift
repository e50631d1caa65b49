/// The codes of GIF's LZW packed low bits first at the current code size, which grows as libgd's
/// output() grows it; cut into packets of 254 bytes only at the end.
///
/// The bits gather in a 64-bit word and leave it four bytes at a time into a flat buffer, so a
/// code costs a few instructions instead of a packet append per byte.
struct LZWCodeWriter: ~Copyable {
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0
    private var accumulator: UInt64 = 0
    private var accumulated = 0
    private let initialBits: Int
    private var bits: Int
    /// The largest code the current size holds before it grows (libgd's maxcode).
    private var limit: Int

    /// A writer for codes of `initialBits` bits at first, sized for about `pixels` pixels.
    init(initialBits: Int, pixels: Int) {
        self.initialBits = initialBits
        bits = initialBits
        limit = (1 << initialBits) - 1
        // Frames are mostly runs; the buffer grows when the guess is short.
        capacity = pixels / 8 + 64
        buffer = .allocate(capacity: capacity)
    }

    deinit { buffer.deallocate() }

    /// Writes `code`, then grows the code size if `nextCode`, the code the table gives next,
    /// will not fit.
    @inline(__always)
    mutating func write(_ code: Int, nextCode: Int) {
        append(code)
        if nextCode > limit {
            bits = min(bits + 1, LZWEncoder.maximumBits)
            limit = bits == LZWEncoder.maximumBits ? 1 << LZWEncoder.maximumBits : (1 << bits) - 1
        }
    }

    /// Writes the clear code `code` at the current size, then goes back to the initial size.
    mutating func writeClear(_ code: Int) {
        append(code)
        bits = initialBits
        limit = (1 << initialBits) - 1
    }

    /// Appends the bits left over and the packets of all bytes written (each a length byte and up
    /// to 254 bytes) to `out`.
    consuming func finish(into out: inout [UInt8]) {
        while accumulated > 0 {
            reserve(1)
            buffer[count] = UInt8(truncatingIfNeeded: accumulator)
            count += 1
            accumulator >>= 8
            accumulated -= 8
        }
        out.reserveCapacity(out.count + count + count / 254 + 1)
        var start = 0
        while start < count {
            let length = min(254, count - start)
            out.append(UInt8(length))
            out.append(contentsOf: UnsafeBufferPointer(start: buffer + start, count: length))
            start += length
        }
    }

    @inline(__always)
    private mutating func append(_ code: Int) {
        accumulator |= UInt64(truncatingIfNeeded: code) << UInt64(accumulated)
        accumulated += bits
        guard accumulated >= 32 else { return }
        reserve(4)
        UnsafeMutableRawPointer(buffer + count).storeBytes(
            of: UInt32(truncatingIfNeeded: accumulator).littleEndian, as: UInt32.self)
        count += 4
        accumulator >>= 32
        accumulated -= 32
    }

    @inline(__always)
    private mutating func reserve(_ bytes: Int) {
        guard count + bytes > capacity else { return }
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: 2 * capacity + bytes)
        larger.moveInitialize(from: buffer, count: count)
        buffer.deallocate()
        buffer = larger
        capacity = 2 * capacity + bytes
    }
}
