/// A line of text laid out and rendered once, drawn at any whole-pixel origin with the
/// arithmetic of libgd's gdImageStringFTEx, so that it lands on the same pixels.
struct GlyphRun: Sendable {
    /// libgd's layout resolution (METRIC_RES) and drawing resolution (GD_RESOLUTION), in dpi.
    static let layoutDPI = 300, drawingDPI = 96

    /// The glyphs in drawing order (line breaks move the pen and draw nothing).
    let glyphs: [PlacedGlyph]
    /// The cosine and sine of the text's angle.
    let cosA: Double, sinA: Double
    /// The extent of the text in 26.6 units at 300 dpi before rotation: left, top, right, bottom.
    let minX: Int, minY: Int, maxX: Int, maxY: Int

    /// The width libgd reports for the text drawn at x = 0: the difference of its bounding
    /// rectangle's right and left corners, each truncated to a whole pixel.
    var width: Int {
        let scale = Double(Self.drawingDPI) / Double(64 * Self.layoutDPI)
        let left = Pixel.index(0 + (Double(minX) * cosA + Double(maxY) * sinA) * scale, .towardZero)
        let right = Pixel.index(0 + (Double(maxX) * cosA + Double(maxY) * sinA) * scale, .towardZero)
        return right - left
    }

    /// The top-left pixel of `glyph` when the text's origin is at (x, y), computed in libgd's
    /// order of operations and truncated as its (int) casts truncate.
    func origin(of glyph: PlacedGlyph, x: Int, y: Int) -> (x: Int, y: Int) {
        let resolution = Double(64 * Self.layoutDPI)
        let along = (Double(glyph.penX) * cosA + Double(glyph.penY) * sinA) * Double(Self.drawingDPI) / resolution
        let across = (Double(glyph.penX) * sinA - Double(glyph.penY) * cosA) * Double(Self.drawingDPI) / resolution
        return (
            Pixel.index(Double(x) + along + Double(glyph.bitmap.left), .towardZero),
            Pixel.index(Double(y) - across - Double(glyph.bitmap.top), .towardZero)
        )
    }
}
