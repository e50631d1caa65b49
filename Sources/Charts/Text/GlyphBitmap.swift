/// One glyph rendered by FreeType at a size and angle: its coverage rows and where they sit
/// relative to the pen.
struct GlyphBitmap: Sendable {
    /// Columns and rows of the bitmap.
    let width: Int, rows: Int
    /// Bytes from one row to the next.
    let pitch: Int
    /// Offset of the first column right of the pen, and of the top row above the baseline.
    let left: Int, top: Int
    /// Gray levels of `coverage` (256 for anti-aliased glyphs); 0 for a one-bit bitmap.
    let grays: Int
    /// The bitmap's bytes, `rows × pitch`.
    let coverage: [UInt8]

    /// The opacity of column `column` of row `row` in libgd's 0…127 scale (gdft_draw_bitmap):
    /// gray levels scaled down with integer division, one-bit pixels fully on or off.
    func level(row: Int, column: Int) -> Int32 {
        // FreeType's anti-aliased bitmaps have 256 levels: a constant divisor is a multiplication.
        if grays == 256 { return Int32(coverage[row * pitch + column]) * 127 / 255 }
        if grays > 1 { return Int32(coverage[row * pitch + column]) * 127 / Int32(grays - 1) }
        let byte = coverage[row * pitch + (column >> 3)]
        return byte & (1 << (~column & 7)) != 0 ? 127 : 0
    }
}
