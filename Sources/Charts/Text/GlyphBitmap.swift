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
    /// The opacity of each pixel in libgd's 0…127 scale, `rows × width`, row by row: computed
    /// once, since a glyph is drawn many times.
    let levels: [UInt8]

    /// A bitmap of FreeType's `coverage` bytes, `rows × pitch`, with `grays` levels (0 for one bit
    /// a pixel).
    init(width: Int, rows: Int, pitch: Int, left: Int, top: Int, grays: Int, coverage: [UInt8]) {
        (self.width, self.rows, self.pitch, self.left, self.top) = (width, rows, pitch, left, top)
        (self.grays, self.coverage) = (grays, coverage)
        var levels = [UInt8](repeating: 0, count: max(width, 0) * max(rows, 0))
        if coverage.count >= rows * pitch {
            for row in 0..<max(rows, 0) {
                for column in 0..<max(width, 0) {
                    levels[row * width + column] = UInt8(
                        Self.level(coverage, grays: grays, at: row * pitch, column: column))
                }
            }
        }
        self.levels = levels
    }

    /// The opacity of column `column` of row `row` in libgd's 0…127 scale (gdft_draw_bitmap):
    /// gray levels scaled down with integer division, one-bit pixels fully on or off.
    func level(row: Int, column: Int) -> Int32 { Int32(levels[row * width + column]) }

    private static func level(_ coverage: [UInt8], grays: Int, at rowStart: Int, column: Int) -> Int32 {
        // FreeType's anti-aliased bitmaps have 256 levels: a constant divisor is a multiplication.
        if grays == 256 { return Int32(coverage[rowStart + column]) * 127 / 255 }
        if grays > 1 { return Int32(coverage[rowStart + column]) * 127 / Int32(grays - 1) }
        let byte = coverage[rowStart + (column >> 3)]
        return byte & (1 << (~column & 7)) != 0 ? 127 : 0
    }
}
