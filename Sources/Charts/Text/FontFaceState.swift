import CFreeType

/// FreeType's side of a `FontFace`, only touched under its lock.
struct FontFaceState: ~Copyable {
    /// One size for layout and one for drawing, as libgd creates per call.
    struct Sizes {
        let layout: FT_Size
        let drawing: FT_Size
    }
    /// A character of the line being laid out: its code point, glyph, slot in the strike and
    /// advance at the layout size with the kerning to the next glyph.
    struct LaidCharacter {
        let code: Int
        let glyph: UInt32
        let slot: Int
        var advance: Int
    }

    var library: FT_Library?
    var face: FT_Face?
    var symbolCharmap = false
    var sizes: [Int: Sizes] = [:]
    /// The glyphs known so far, per size and angle; `strikeSlots` finds a strike in `strikes`.
    var strikes: [GlyphStrike] = []
    var strikeSlots: [GlyphStrike.Key: Int] = [:]
    /// Code point (with the symbol charmap's offset) → glyph index in the face's charmap.
    var glyphIndices = GlyphTable(bits: 8)
    /// The characters of the line being laid out, kept between lines for its capacity.
    var line: [LaidCharacter] = []

    deinit {
        if let face { FT_Done_Face(face) }
        if let library { FT_Done_FreeType(library) }
    }

    /// The face, opened on first use with the charmap libgd picks (the first of MS Symbol,
    /// Unicode, Adobe Custom or Adobe Standard).
    mutating func opened(_ path: String, _ text: String) throws(ChartError) -> FT_Face {
        if let face { return face }
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

    /// The index in `strikes` of the strike for `key`, made empty (with its sizes) the first time.
    mutating func strike(_ key: GlyphStrike.Key, _ face: FT_Face, _ text: String) throws(ChartError) -> Int {
        if let known = strikeSlots[key] { return known }
        strikes.append(GlyphStrike(sizes: try sizes(face, key.size, text)))
        strikeSlots[key] = strikes.count - 1
        return strikes.count - 1
    }

    /// The glyph of code point `code` in the face's charmap (FT_Get_Char_Index), asked once.
    mutating func glyphIndex(_ face: FT_Face, _ code: Int) -> UInt32 {
        if let known = glyphIndices.value(UInt64(code)) { return UInt32(known) }
        let index = FT_Get_Char_Index(face, FT_ULong(code))
        glyphIndices.set(UInt64(code), Int(index))
        return index
    }
}
