/// SplitMix64 (Steele, Lea and Flood, 2014): the generator that draws the initial parameters of a
/// network with hidden layers from `--seed`. Chosen for being a few lines that any language
/// reproduces exactly (the numpy reference does), not a platform generator that may change.
///
///     state ← state + 0x9E3779B97F4A7C15           (mod 2⁶⁴)
///     z ← (state ⊕ (state ≫ 30)) · 0xBF58476D1CE4E5B9
///     z ← (z ⊕ (z ≫ 27)) · 0x94D049BB133111EB
///     next = z ⊕ (z ≫ 31)
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number uniform in [−1, 1): (⌊next / 2¹¹⌋ − 2⁵²) · 2⁻⁵², a multiple of 2⁻⁵², computed exactly.
    mutating func nextSigned() -> Double {
        Double(Int64(next() >> 11) - (1 << 52)) * 0x1p-52
    }
}
