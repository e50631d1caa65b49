/// A glyph of a laid-out line of text: its bitmap and the pen position it is drawn at, in
/// FreeType's 26.6 units at 300 dpi (libgd lays text out at that resolution, then scales).
struct PlacedGlyph: Sendable {
    /// The pen position along the text, before rotation.
    let penX: Int, penY: Int
    /// The glyph, rendered at the drawing resolution and angle.
    let bitmap: GlyphBitmap
}
