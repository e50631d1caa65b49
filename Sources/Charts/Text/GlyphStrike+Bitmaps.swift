import CFreeType

// Glyph bitmaps, rendered once per glyph, size and angle (FT_Get_Glyph, FT_Glyph_To_Bitmap).
extension GlyphStrike {
    /// The glyph `glyph`, whose slot is `slot`, rendered at the drawing size with the face's
    /// current transform (which must be this strike's).
    mutating func bitmap(at slot: Int, glyph: UInt32, _ face: FT_Face, _ text: String) throws(ChartError)
        -> GlyphBitmap
    {
        if let known = bitmaps[slot] { return known }
        FT_Activate_Size(sizes.drawing)
        guard FT_Load_Glyph(face, glyph, FT_Int32(FT_LOAD_DEFAULT)) == 0, let loaded = face.pointee.glyph else {
            throw .textFailed(message: "Problem loading glyph", text: text)
        }
        var image: FT_Glyph?
        guard FT_Get_Glyph(loaded, &image) == 0, image != nil else {
            throw .textFailed(message: "Problem loading glyph", text: text)
        }
        defer { if let image { FT_Done_Glyph(image) } }
        if let glyph = image, glyph.pointee.format != FT_GLYPH_FORMAT_BITMAP {
            guard FT_Glyph_To_Bitmap(&image, FT_RENDER_MODE_NORMAL, nil, 1) == 0 else {
                throw .textFailed(message: "Problem rendering glyph", text: text)
            }
        }
        guard let rendered = image.map(cft_bitmap_glyph), let rendered else {
            throw .textFailed(message: "Problem rendering glyph", text: text)
        }
        let bitmap = rendered.pointee.bitmap
        let mode = FT_Pixel_Mode(UInt32(bitmap.pixel_mode))
        guard mode == FT_PIXEL_MODE_GRAY || mode == FT_PIXEL_MODE_MONO else {
            throw .textFailed(message: "Unsupported ft_pixel_mode", text: text)
        }
        let rows = Int(bitmap.rows), pitch = Int(bitmap.pitch)
        var coverage = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        if let buffer = bitmap.buffer, pitch > 0 { coverage = UnsafeBufferPointer(start: buffer, count: rows * pitch) }
        let result = GlyphBitmap(
            width: Int(bitmap.width), rows: pitch > 0 ? rows : 0, pitch: pitch, left: Int(rendered.pointee.left),
            top: Int(rendered.pointee.top), grays: mode == FT_PIXEL_MODE_GRAY ? Int(bitmap.num_grays) : 0,
            coverage: coverage)
        bitmaps[slot] = result
        return result
    }
}
