/// A table from 64-bit keys to integers (code point → glyph, glyph → slot, glyph pair →
/// kerning), with open addressing and a multiplicative hash: a few instructions a lookup, where
/// a Dictionary's seeded SipHash took a few hundred for every character of every new line.
///
/// The key `UInt64.max` marks an empty slot and cannot be stored (glyph indices and code
/// points are 32-bit, so no key of the layout is ever that).
struct GlyphTable: Sendable {
    private static let empty = UInt64.max
    private var keys: [UInt64]
    private var values: [Int]
    /// 64 minus the number of bits of the slot count: the hash is the product's top bits.
    private var shift: UInt64
    /// How many keys are stored.
    private(set) var count = 0

    /// An empty table with room for `1 << bits` slots before it grows.
    init(bits: Int = 6) {
        keys = [UInt64](repeating: Self.empty, count: 1 << bits)
        values = [Int](repeating: 0, count: 1 << bits)
        shift = UInt64(64 - bits)
    }

    /// The value stored for `key`, nil when there is none.
    func value(_ key: UInt64) -> Int? {
        keys.withUnsafeBufferPointer { keys in
            let mask = keys.count - 1
            var slot = slot(of: key)
            while true {
                let found = keys[slot]
                if found == key { return values[slot] }
                if found == Self.empty { return nil }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Stores `value` for `key`, replacing any value stored before.
    ///
    /// - Precondition: `key` is not `UInt64.max`.
    mutating func set(_ key: UInt64, _ value: Int) {
        precondition(key != Self.empty, "GlyphTable cannot store UInt64.max")
        // At most three quarters full, so that a search meets an empty slot soon.
        if (count + 1) * 4 > keys.count * 3 { grow() }
        let mask = keys.count - 1
        var slot = slot(of: key)
        while keys[slot] != Self.empty && keys[slot] != key { slot = (slot + 1) & mask }
        if keys[slot] == Self.empty { count += 1 }
        keys[slot] = key
        values[slot] = value
    }

    private func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// Twice the slots, every key stored again.
    private mutating func grow() {
        let (oldKeys, oldValues) = (keys, values)
        let bits = 64 - Int(shift) + 1
        self = GlyphTable(bits: bits)
        for (key, value) in zip(oldKeys, oldValues) where key != Self.empty { set(key, value) }
    }
}
