import CFreeType

/// One font's glyphs at one size and angle, each asked of FreeType once: metrics at the layout
/// size, bitmaps at the drawing size, and the kerning of glyph pairs. Laying out a new line is
/// then a few table lookups per character.
///
/// Only touched under its `FontFace`'s lock, like the rest of `FontFaceState`.
struct GlyphStrike {
    /// What a strike's glyphs depend on besides the font: the character size in 26.6 points and
    /// the rotation (the first column of FreeType's transform, the second follows from it).
    struct Key: Hashable {
        let size: Int
        let xx: Int, yx: Int
    }

    /// A glyph's metrics at the layout size, in 26.6 units (FreeType's horiAdvance,
    /// horiBearingX, horiBearingY and height).
    struct Metrics {
        let advance: Int, left: Int, top: Int, height: Int
    }

    /// The FreeType sizes of the strike's character size.
    let sizes: FontFaceState.Sizes
    /// Glyph index → index in `metrics` and `bitmaps`.
    private var slots = GlyphTable()
    private var metrics: [Metrics] = []
    /// The bitmap of each slot, once drawn (`bitmap(at:glyph:_:_:)`).
    var bitmaps: [GlyphBitmap?] = []
    /// Glyph pair (left << 32 | right) → kerning at the layout size.
    private var kerning = GlyphTable()

    /// An empty strike drawn with `sizes`.
    init(sizes: FontFaceState.Sizes) { self.sizes = sizes }

    /// The slot of `glyph`, its metrics loaded at the layout size the first time (FT_Load_Glyph
    /// with the face's transform, which must be this strike's).
    mutating func slot(of glyph: UInt32, _ face: FT_Face, _ failure: String, _ text: String) throws(ChartError) -> Int {
        if let known = slots.value(UInt64(glyph)) { return known }
        FT_Activate_Size(sizes.layout)
        guard FT_Load_Glyph(face, glyph, FT_Int32(FT_LOAD_DEFAULT)) == 0, let slot = face.pointee.glyph else {
            throw .textFailed(message: failure, text: text)
        }
        let loaded = slot.pointee.metrics
        metrics.append(
            Metrics(
                advance: loaded.horiAdvance, left: loaded.horiBearingX, top: loaded.horiBearingY,
                height: loaded.height))
        bitmaps.append(nil)
        slots.set(UInt64(glyph), metrics.count - 1)
        return metrics.count - 1
    }

    /// The metrics of the glyph in `slot`.
    func metrics(at slot: Int) -> Metrics { metrics[slot] }

    /// The kerning between glyphs `left` and `right` at the layout size (FT_Get_Kerning,
    /// FT_KERNING_DEFAULT), asked once per pair.
    mutating func kerning(_ left: UInt32, _ right: UInt32, _ face: FT_Face) -> Int {
        let pair = UInt64(left) << 32 | UInt64(right)
        if let known = kerning.value(pair) { return known }
        FT_Activate_Size(sizes.layout)
        var vector = FT_Vector(x: 0, y: 0)
        FT_Get_Kerning(face, left, right, FT_KERNING_DEFAULT.rawValue, &vector)
        kerning.set(pair, vector.x)
        return vector.x
    }
}
