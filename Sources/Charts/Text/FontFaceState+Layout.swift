import CFreeType
import Foundation

// The layout of gdImageStringFTEx (libgd 2.3.3, gdft.c), step for step: code points, glyph
// indices, kerning and advances at the layout size, then each glyph's extent and its bitmap.
// What FreeType says of a glyph, a pair or a code point is kept (`GlyphStrike`, `glyphIndices`)
// and asked again of nobody.
extension FontFaceState {
    /// libgd's line spacing, as a factor of the size.
    static let lineSpacing = 1.05

    /// `text` at `ptsize` points rotated by `angle` radians, as gdImageStringFTEx would draw it.
    ///
    /// Code points are the string's Unicode scalars. (libgd also read HTML entities such as
    /// "&amp;" in chart text and split characters beyond U+FFFF into their bytes; text is now
    /// drawn as written.)
    mutating func layout(_ text: String, path: String, ptsize: Double, angle: Double) throws(ChartError) -> GlyphRun {
        let face = try opened(path, text)
        let charSize = Pixel.index(ptsize * 64, .towardZero)
        let (sinA, cosA) = (sin(angle), cos(angle))
        var matrix = FT_Matrix(
            xx: FT_Fixed(Pixel.index(cosA * 65536, .towardZero)), xy: 0,
            yx: FT_Fixed(Pixel.index(sinA * 65536, .towardZero)), yy: 0)
        matrix.xy = -matrix.yx
        matrix.yy = matrix.xx
        FT_Set_Transform(face, &matrix, nil)
        let strike = try self.strike(GlyphStrike.Key(size: charSize, xx: matrix.xx, yx: matrix.yx), face, text)

        var line = self.line
        self.line = []
        try advances(text, face, strike, into: &line)
        defer { self.line = line }

        var glyphs: [PlacedGlyph] = []
        glyphs.reserveCapacity(line.count)
        var pen = (x: 0, y: 0)
        var low = (x: 0, y: 0), high = (x: 0, y: 0)
        for (i, character) in line.enumerated() {
            if character.code == 0x0D {
                pen.x = 0
                continue
            }
            if character.code == 0x0A {
                pen.x = 0
                pen.y = Int(Double(pen.y) + Self.lineSpacing * ptsize * 64 * Double(GlyphRun.layoutDPI) / 72) & ~63
                continue
            }
            let metrics = strikes[strike].metrics(at: character.slot)
            let glyphLow = (x: pen.x + metrics.left, y: pen.y - metrics.top)
            let glyphHigh = (x: pen.x + character.advance, y: glyphLow.y + metrics.height)
            if i == 0 {
                (low, high) = (glyphLow, glyphHigh)
            } else {
                low = (min(low.x, glyphLow.x), min(low.y, glyphLow.y))
                high = (max(high.x, glyphHigh.x), max(high.y, glyphHigh.y))
            }
            let bitmap = try strikes[strike].bitmap(at: character.slot, glyph: character.glyph, face, text)
            glyphs.append(PlacedGlyph(penX: pen.x, penY: pen.y, bitmap: bitmap))
            pen.x += character.advance
        }
        return GlyphRun(glyphs: glyphs, cosA: cosA, sinA: sinA, minX: low.x, minY: low.y, maxX: high.x, maxY: high.y)
    }

    /// The glyph of each code point of `text` and its advance at the layout size, kerning added
    /// to the glyph before (libgd's textLayout without Raqm), in `line` (emptied first).
    private mutating func advances(_ text: String, _ face: FT_Face, _ strike: Int, into line: inout [LaidCharacter])
        throws(ChartError)
    {
        line.removeAll(keepingCapacity: true)
        let kerns = cft_has_kerning(face) != 0 && cft_is_fixed_width(face) == 0
        let symbol = symbolCharmap ? 0xF000 : 0
        var previous: UInt32 = 0
        for scalar in text.unicodeScalars {
            let code = Int(scalar.value) | symbol
            let glyph = glyphIndex(face, code)
            if kerns && previous != 0 && glyph != 0 {
                let delta = strikes[strike].kerning(previous, glyph, face)
                if delta != 0, !line.isEmpty { line[line.count - 1].advance += delta }
            }
            let slot = try strikes[strike].slot(of: glyph, face, "Problem doing text layout", text)
            line.append(
                LaidCharacter(code: code, glyph: glyph, slot: slot, advance: strikes[strike].metrics(at: slot).advance))
            previous = code == 0x0D || code == 0x0A ? 0 : glyph
        }
    }
}
