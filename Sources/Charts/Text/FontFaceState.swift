import CFreeType

/// FreeType's side of a `FontFace`, only touched under its lock.
struct FontFaceState: ~Copyable {
    /// One size for layout and one for drawing, as libgd creates per call.
    struct Sizes {
        let layout: FT_Size
        let drawing: FT_Size
    }
    /// What a rendered glyph depends on.
    struct BitmapKey: Hashable {
        let glyph: UInt32
        let size: Int
        let xx: Int, yx: Int
    }

    /// What a kerning distance depends on.
    struct KerningKey: Hashable {
        let left: UInt32, right: UInt32
        let size: Int
    }

    var library: FT_Library?
    var face: FT_Face?
    var symbolCharmap = false
    var sizes: [Int: Sizes] = [:]
    var bitmaps: [BitmapKey: GlyphBitmap] = [:]
    /// Glyph metrics at the layout size (advance, left bearing, top bearing, height), per glyph.
    var metrics: [BitmapKey: (advance: Int, left: Int, top: Int, height: Int)] = [:]
    /// Kerning at the layout size, per pair of glyphs and size.
    var kerning: [KerningKey: Int] = [:]

    deinit {
        if let face { FT_Done_Face(face) }
        if let library { FT_Done_FreeType(library) }
    }

    /// The face, opened on first use with the charmap libgd picks (the first of MS Symbol,
    /// Unicode, Adobe Custom or Adobe Standard).
    mutating func opened(_ path: String, _ text: String) throws(ChartError) -> FT_Face {
        if let face { return face }
        /// What a kerning distance depends on.
        struct KerningKey: Hashable {
            let left: UInt32, right: UInt32
            let size: Int
        }

        var library: FT_Library?
        guard FT_Init_FreeType(&library) == 0, let library else {
            throw .textFailed(message: "Failure to initialize font library", text: text)
        }
        self.library = library
        var face: FT_Face?
        guard FT_New_Face(library, path, 0, &face) == 0, let face else {
            throw .textFailed(message: "Could not read font", text: text)
        }
        self.face = face
        let accepted: [FT_Encoding] = [
            FT_ENCODING_MS_SYMBOL, FT_ENCODING_UNICODE, FT_ENCODING_ADOBE_CUSTOM, FT_ENCODING_ADOBE_STANDARD,
        ]
        let maps = face.pointee.charmaps
        let found = (0..<Int(face.pointee.num_charmaps)).lazy.compactMap { maps?[$0] }.first {
            accepted.contains($0.pointee.encoding)
        }
        guard let found, FT_Set_Charmap(face, found) == 0 else {
            throw .textFailed(message: "No character set found", text: text)
        }
        symbolCharmap = found.pointee.encoding == FT_ENCODING_MS_SYMBOL
        return face
    }

    /// The layout and drawing sizes for a character size in 26.6 points.
    mutating func sizes(_ face: FT_Face, _ charSize: Int, _ text: String) throws(ChartError) -> Sizes {
        if let known = sizes[charSize] { return known }
        func make(_ dpi: Int) throws(ChartError) -> FT_Size {
            var size: FT_Size?
            guard FT_New_Size(face, &size) == 0, let size, FT_Activate_Size(size) == 0,
                FT_Set_Char_Size(face, 0, FT_F26Dot6(charSize), FT_UInt(dpi), FT_UInt(dpi)) == 0
            else { throw .textFailed(message: "Could not set character size", text: text) }
            return size
        }
        let made = Sizes(layout: try make(GlyphRun.layoutDPI), drawing: try make(GlyphRun.drawingDPI))
        sizes[charSize] = made
        return made
    }
}
