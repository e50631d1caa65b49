import Formats

/// Remembers the shortest text of recently written doubles, so that a log whose values repeat
/// row after row (a converged run: the same W, b, z and s for thousands of iterations) costs a
/// copy per number instead of a conversion.
///
/// A direct-mapped table keyed by the bit pattern: a hit copies the stored bytes, a miss
/// formats the value with `ShortestNumber.write` and keeps its text in the slot.
/// - Complexity: O(1) per value; the table is allocated once.
struct ShortestTextCache: ~Copyable {
    /// Bytes stored per slot; every finite double's shortest text fits (at most 24).
    private static var slotWidth: Int { 24 }
    /// A NaN pattern, never a key: only finite values are cached.
    private static var emptyKey: UInt64 { 0x7FF8_0000_0000_0001 }

    private let slotCount: Int
    private let shift: UInt64
    private let keys: UnsafeMutablePointer<UInt64>
    private let lengths: UnsafeMutablePointer<UInt8>
    private let texts: UnsafeMutablePointer<UInt8>

    /// A table of 2^`bits` slots.
    init(bits: Int = 10) {
        slotCount = 1 << bits
        shift = UInt64(64 - bits)
        keys = .allocate(capacity: slotCount)
        keys.initialize(repeating: Self.emptyKey, count: slotCount)
        lengths = .allocate(capacity: slotCount)
        lengths.initialize(repeating: 0, count: slotCount)
        texts = .allocate(capacity: slotCount * Self.slotWidth)
        texts.initialize(repeating: 0, count: slotCount * Self.slotWidth)
    }

    deinit {
        keys.deallocate()
        lengths.deallocate()
        texts.deallocate()
    }

    /// Writes the shortest text of the finite `value` at `destination` and returns its length.
    /// - Precondition: `value` is finite; `destination` has room for `ShortestNumber.room` bytes
    ///   (a hit copies a whole slot there, more than the text's length).
    mutating func write(_ value: Double, to destination: UnsafeMutablePointer<UInt8>) -> Int {
        let key = value.bitPattern
        let slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        let text = texts + slot * Self.slotWidth
        if keys[slot] == key {
            // Copying the whole slot in three 8-byte moves beats a memmove call of `length` bytes.
            let from = UnsafeRawPointer(text), to = UnsafeMutableRawPointer(destination)
            for offset in stride(from: 0, to: Self.slotWidth, by: 8) {
                to.storeBytes(
                    of: from.loadUnaligned(fromByteOffset: offset, as: UInt64.self), toByteOffset: offset,
                    as: UInt64.self)
            }
            return Int(lengths[slot])
        }
        let length = ShortestNumber.write(value, to: destination)
        guard length <= Self.slotWidth else { return length }
        keys[slot] = key
        lengths[slot] = UInt8(length)
        text.update(from: destination, count: length)
        return length
    }
}
