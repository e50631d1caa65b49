import CFreeType
import Foundation

// The layout of gdImageStringFTEx (libgd 2.3.3, gdft.c), step for step: code points, glyph
// indices, kerning and advances at the layout size, then each glyph's extent and its bitmap.
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
        let sizes = try self.sizes(face, charSize, text)
        let (sinA, cosA) = (sin(angle), cos(angle))
        var matrix = FT_Matrix(
            xx: FT_Fixed(Pixel.index(cosA * 65536, .towardZero)), xy: 0,
            yx: FT_Fixed(Pixel.index(sinA * 65536, .towardZero)), yy: 0)
        matrix.xy = -matrix.yx
        matrix.yy = matrix.xx
        FT_Set_Transform(face, &matrix, nil)

        let codes = text.unicodeScalars.map { Int($0.value) | (symbolCharmap ? 0xF000 : 0) }
        FT_Activate_Size(sizes.layout)
        let advances = try self.advances(face, codes, charSize, matrix, text)

        var glyphs: [PlacedGlyph] = []
        var pen = (x: 0, y: 0)
        var low = (x: 0, y: 0), high = (x: 0, y: 0)
        for (i, code) in codes.enumerated() {
            FT_Activate_Size(sizes.layout)
            if code == 0x0D {
                pen.x = 0
                continue
            }
            if code == 0x0A {
                pen.x = 0
                pen.y = Int(Double(pen.y) + Self.lineSpacing * ptsize * 64 * Double(GlyphRun.layoutDPI) / 72) & ~63
                continue
            }
            let index = advances[i].glyph
            let key = BitmapKey(glyph: index, size: charSize, xx: matrix.xx, yx: matrix.yx)
            let metrics = try self.metrics(key, face, "Problem loading glyph", text)
            let glyphLow = (x: pen.x + metrics.left, y: pen.y - metrics.top)
            let glyphHigh = (x: pen.x + advances[i].advance, y: glyphLow.y + metrics.height)
            if i == 0 {
                (low, high) = (glyphLow, glyphHigh)
            } else {
                low = (min(low.x, glyphLow.x), min(low.y, glyphLow.y))
                high = (max(high.x, glyphHigh.x), max(high.y, glyphHigh.y))
            }
            let bitmap = try self.bitmap(key, face, sizes.drawing, text)
            FT_Activate_Size(sizes.layout)
            glyphs.append(PlacedGlyph(penX: pen.x, penY: pen.y, bitmap: bitmap))
            pen.x += advances[i].advance
        }
        return GlyphRun(glyphs: glyphs, cosA: cosA, sinA: sinA, minX: low.x, minY: low.y, maxX: high.x, maxY: high.y)
    }

    /// The glyph of each code point and its advance at the layout size, kerning added to the
    /// glyph before (libgd's textLayout without Raqm).
    private mutating func advances(
        _ face: FT_Face, _ codes: [Int], _ charSize: Int, _ matrix: FT_Matrix, _ text: String
    ) throws(ChartError) -> [(glyph: UInt32, advance: Int)] {
        var result: [(glyph: UInt32, advance: Int)] = []
        let kerns = cft_has_kerning(face) != 0 && cft_is_fixed_width(face) == 0
        var previous: UInt32 = 0
        for code in codes {
            let index = FT_Get_Char_Index(face, FT_ULong(code))
            if kerns && previous != 0 && index != 0 {
                let pair = KerningKey(left: previous, right: index, size: charSize)
                let delta: Int
                if let known = kerning[pair] {
                    delta = known
                } else {
                    var vector = FT_Vector(x: 0, y: 0)
                    FT_Get_Kerning(face, previous, index, FT_KERNING_DEFAULT.rawValue, &vector)
                    delta = vector.x
                    kerning[pair] = delta
                }
                if delta != 0, !result.isEmpty { result[result.count - 1].advance += delta }
            }
            let key = BitmapKey(glyph: index, size: charSize, xx: matrix.xx, yx: matrix.yx)
            result.append((index, try metrics(key, face, "Problem doing text layout", text).advance))
            previous = code == 0x0D || code == 0x0A ? 0 : index
        }
        return result
    }

    /// The metrics of a glyph at the layout size (the active size), loaded once.
    private mutating func metrics(_ key: BitmapKey, _ face: FT_Face, _ failure: String, _ text: String)
        throws(ChartError) -> (advance: Int, left: Int, top: Int, height: Int)
    {
        if let known = metrics[key] { return known }
        guard FT_Load_Glyph(face, key.glyph, FT_Int32(FT_LOAD_DEFAULT)) == 0, let slot = face.pointee.glyph else {
            throw .textFailed(message: failure, text: text)
        }
        let loaded = slot.pointee.metrics
        let result = (loaded.horiAdvance, loaded.horiBearingX, loaded.horiBearingY, loaded.height)
        metrics[key] = result
        return result
    }
}
