/// One glyph rendered by FreeType at a size and angle: its opacity rows and where they sit
/// relative to the pen.
struct GlyphBitmap: Sendable {
    /// Columns and rows of the bitmap.
    let width: Int, rows: Int
    /// Offset of the first column right of the pen, and of the top row above the baseline.
    let left: Int, top: Int
    /// The opacity of each pixel in libgd's 0…127 scale, `rows × width`, row by row: computed
    /// once, since a glyph is drawn many times.
    let levels: [UInt8]

    /// A bitmap of FreeType's `coverage` bytes, `rows × pitch`, with `grays` levels (0 for one bit
    /// a pixel). Coverage shorter than `rows × pitch` leaves every pixel clear.
    init(
        width: Int, rows: Int, pitch: Int, left: Int, top: Int, grays: Int, coverage: UnsafeBufferPointer<UInt8>
    ) {
        (self.width, self.rows, self.left, self.top) = (width, rows, left, top)
        let (columns, lines) = (max(width, 0), max(rows, 0))
        let complete = coverage.count >= rows * pitch
        levels = [UInt8](unsafeUninitializedCapacity: columns * lines) { levels, initialized in
            initialized = columns * lines
            guard complete, let source = coverage.baseAddress, let target = levels.baseAddress else {
                levels.initialize(repeating: 0)
                return
            }
            for row in 0..<lines {
                Self.levels(of: source + row * pitch, grays: grays, columns: columns, into: target + row * columns)
            }
        }
    }

    /// The opacity of one row's pixels in libgd's 0…127 scale (gdft_draw_bitmap): gray levels
    /// scaled down with integer division, one-bit pixels fully on or off.
    private static func levels(
        of row: UnsafePointer<UInt8>, grays: Int, columns: Int, into levels: UnsafeMutablePointer<UInt8>
    ) {
        // FreeType's anti-aliased bitmaps have 256 levels: a constant divisor is a multiplication.
        if grays == 256 {
            for column in 0..<columns { levels[column] = UInt8(truncatingIfNeeded: UInt32(row[column]) * 127 / 255) }
        } else if grays > 1 {
            for column in 0..<columns { levels[column] = UInt8(Int32(row[column]) * 127 / Int32(grays - 1)) }
        } else {
            for column in 0..<columns { levels[column] = row[column >> 3] & (1 << (~column & 7)) != 0 ? 127 : 0 }
        }
    }
}
