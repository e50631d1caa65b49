/// gdAlphaBlend of one ink at a partial coverage over an opaque pixel, the case of nearly every
/// pixel of a glyph's edge, in fewer instructions and with exactly its integer results.
///
/// With the source's weight `level` (127 − its alpha) and the destination's 127 − `level`, each
/// channel is (ink × level + old × (127 − level)) / 127, at most 255 × 127 = 32 385, and the
/// alpha is 0. For such values x / 127 = (x × 33 027) >> 22 exactly, so the red and blue channels,
/// 32 bits apart in one 64-bit word, are weighed and divided by one multiplication each.
struct InkOverOpaque {
    /// The ink's red (bits 32…39) and blue (bits 0…7), and its green.
    private let redBlue: UInt64, green: UInt64

    /// The blend of truecolor `ink` (its alpha ignored).
    init(_ ink: Int32) {
        let bits = UInt32(bitPattern: ink)
        redBlue = Self.spread(bits)
        green = UInt64(bits >> 8 & 0xFF)
    }

    /// `old` (alpha 0) covered by the ink at `level` (1…126 in libgd's 0…127 opacity scale).
    @inline(__always)
    func blend(_ level: Int32, _ old: Int32) -> Int32 {
        let bits = UInt32(bitPattern: old)
        let (weight, rest) = (UInt64(level), UInt64(127 - level))
        let redBlue = (self.redBlue &* weight &+ Self.spread(bits) &* rest) &* 33_027
        let green = ((self.green &* weight &+ UInt64(bits >> 8 & 0xFF) &* rest) &* 33_027) >> 22
        let red = redBlue >> 54, blue = (redBlue >> 22) & 0xFF
        return Int32(truncatingIfNeeded: red << 16 | green << 8 | blue)
    }

    /// Red to bits 32…39 and blue to bits 0…7.
    @inline(__always)
    private static func spread(_ bits: UInt32) -> UInt64 { UInt64(bits >> 16 & 0xFF) << 32 | UInt64(bits & 0xFF) }
}
