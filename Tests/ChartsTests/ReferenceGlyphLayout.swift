import CFreeType
import Foundation

@testable import Charts

/// gdImageStringFTEx's layout done the slow way, with nothing kept between lines or glyphs: a
/// face of its own, FT_Get_Char_Index, FT_Get_Kerning and FT_Load_Glyph for every character.
/// The oracle of the cached layout (`GlyphRuns`, `GlyphStrike`) and of `GlyphBitmap`'s levels.
final class ReferenceGlyphLayout {
    private var library: FT_Library?
    private var face: FT_Face?

    /// Opens `font` with the charmap libgd picks.
    init(font: String) throws {
        guard FT_Init_FreeType(&library) == 0, let library else { throw Failure("FT_Init_FreeType") }
        guard FT_New_Face(library, font, 0, &face) == 0, let face else { throw Failure("FT_New_Face") }
        let accepted = [
            FT_ENCODING_MS_SYMBOL, FT_ENCODING_UNICODE, FT_ENCODING_ADOBE_CUSTOM, FT_ENCODING_ADOBE_STANDARD,
        ]
        let maps = (0..<Int(face.pointee.num_charmaps)).compactMap { face.pointee.charmaps?[$0] }
        guard let map = maps.first(where: { accepted.contains($0.pointee.encoding) }), FT_Set_Charmap(face, map) == 0
        else { throw Failure("no charmap") }
        symbol = map.pointee.encoding == FT_ENCODING_MS_SYMBOL
    }

    private var symbol = false

    deinit {
        if let face { FT_Done_Face(face) }
        if let library { FT_Done_FreeType(library) }
    }

    /// A glyph as the cached layout must place it: pen position, bitmap extent and placement, and
    /// libgd's 0…127 opacity of each pixel, row by row.
    struct Glyph: Equatable {
        let penX: Int, penY: Int
        let width: Int, rows: Int, left: Int, top: Int
        let levels: [UInt8]
    }

    /// A laid-out line: its glyphs and its extent (left, top, right, bottom) before rotation.
    struct Line: Equatable {
        let glyphs: [Glyph]
        let minX: Int, minY: Int, maxX: Int, maxY: Int
    }

    struct Failure: Error {
        let what: String
        init(_ what: String) { self.what = what }
    }

    /// `text` at `ptsize` points turned by `angle` radians, every glyph asked of FreeType afresh.
    func line(_ text: String, ptsize: Double, angle: Double) throws -> Line {
        guard let face else { throw Failure("no face") }
        let charSize = Int((ptsize * 64).rounded(.towardZero))
        let layout = try size(charSize, dpi: GlyphRun.layoutDPI)
        let drawing = try size(charSize, dpi: GlyphRun.drawingDPI)
        defer {
            FT_Done_Size(layout)
            FT_Done_Size(drawing)
        }
        let (sinA, cosA) = (sin(angle), cos(angle))
        let xx = FT_Fixed((cosA * 65536).rounded(.towardZero)), yx = FT_Fixed((sinA * 65536).rounded(.towardZero))
        var matrix = FT_Matrix(xx: xx, xy: -yx, yx: yx, yy: xx)
        FT_Set_Transform(face, &matrix, nil)

        let codes = text.unicodeScalars.map { Int($0.value) | (symbol ? 0xF000 : 0) }
        let kerns = cft_has_kerning(face) != 0 && cft_is_fixed_width(face) == 0
        var glyphs: [UInt32] = [], advances: [Int] = []
        var previous: UInt32 = 0
        for code in codes {
            FT_Activate_Size(layout)
            let glyph = FT_Get_Char_Index(face, FT_ULong(code))
            if kerns && previous != 0 && glyph != 0 {
                var vector = FT_Vector(x: 0, y: 0)
                FT_Get_Kerning(face, previous, glyph, FT_KERNING_DEFAULT.rawValue, &vector)
                if !advances.isEmpty { advances[advances.count - 1] += vector.x }
            }
            glyphs.append(glyph)
            advances.append(try metrics(glyph, layout).horiAdvance)
            previous = code == 0x0D || code == 0x0A ? 0 : glyph
        }

        var placed: [Glyph] = []
        var pen = (x: 0, y: 0), low = (x: 0, y: 0), high = (x: 0, y: 0)
        for (i, code) in codes.enumerated() {
            if code == 0x0D || code == 0x0A {
                pen.x = 0
                if code == 0x0A { pen.y = Int(Double(pen.y) + 1.05 * ptsize * 64 * 300 / 72) & ~63 }
                continue
            }
            let metrics = try metrics(glyphs[i], layout)
            let glyphLow = (x: pen.x + metrics.horiBearingX, y: pen.y - metrics.horiBearingY)
            let glyphHigh = (x: pen.x + advances[i], y: glyphLow.y + metrics.height)
            if i == 0 {
                (low, high) = (glyphLow, glyphHigh)
            } else {
                low = (min(low.x, glyphLow.x), min(low.y, glyphLow.y))
                high = (max(high.x, glyphHigh.x), max(high.y, glyphHigh.y))
            }
            placed.append(try glyph(glyphs[i], drawing, penX: pen.x, penY: pen.y))
            pen.x += advances[i]
        }
        return Line(glyphs: placed, minX: low.x, minY: low.y, maxX: high.x, maxY: high.y)
    }

    private func size(_ charSize: Int, dpi: Int) throws -> FT_Size {
        var size: FT_Size?
        guard FT_New_Size(face, &size) == 0, let size, FT_Activate_Size(size) == 0,
            FT_Set_Char_Size(face, 0, FT_F26Dot6(charSize), FT_UInt(dpi), FT_UInt(dpi)) == 0
        else { throw Failure("size") }
        return size
    }

    private func metrics(_ glyph: UInt32, _ size: FT_Size) throws -> FT_Glyph_Metrics {
        FT_Activate_Size(size)
        guard let face, FT_Load_Glyph(face, glyph, FT_Int32(FT_LOAD_DEFAULT)) == 0, let slot = face.pointee.glyph
        else { throw Failure("FT_Load_Glyph") }
        return slot.pointee.metrics
    }

    private func glyph(_ glyph: UInt32, _ size: FT_Size, penX: Int, penY: Int) throws -> Glyph {
        FT_Activate_Size(size)
        guard let face, FT_Load_Glyph(face, glyph, FT_Int32(FT_LOAD_DEFAULT)) == 0, let slot = face.pointee.glyph
        else { throw Failure("FT_Load_Glyph") }
        var image: FT_Glyph?
        guard FT_Get_Glyph(slot, &image) == 0 else { throw Failure("FT_Get_Glyph") }
        defer { if let image { FT_Done_Glyph(image) } }
        guard FT_Glyph_To_Bitmap(&image, FT_RENDER_MODE_NORMAL, nil, 1) == 0, let image,
            let rendered = cft_bitmap_glyph(image)
        else { throw Failure("FT_Glyph_To_Bitmap") }
        let bitmap = rendered.pointee.bitmap
        let (width, rows, pitch) = (Int(bitmap.width), Int(bitmap.rows), Int(bitmap.pitch))
        let gray = FT_Pixel_Mode(UInt32(bitmap.pixel_mode)) == FT_PIXEL_MODE_GRAY
        var levels: [UInt8] = []
        for row in 0..<rows {
            for column in 0..<width {
                guard let buffer = bitmap.buffer else { break }
                if gray {
                    levels.append(UInt8(Int(buffer[row * pitch + column]) * 127 / (Int(bitmap.num_grays) - 1)))
                } else {
                    levels.append((buffer[row * pitch + column / 8] >> (7 - column % 8)) & 1 == 1 ? 127 : 0)
                }
            }
        }
        return Glyph(
            penX: penX, penY: penY, width: width, rows: rows, left: Int(rendered.pointee.left),
            top: Int(rendered.pointee.top), levels: levels)
    }
}
