/// An image of palette indices, one byte a pixel, row after row: what the PNG and GIF encoders
/// take after `PaletteQuantizer` has mapped a drawn image to its palette.
struct IndexedImage: Sendable, Equatable {
    /// Pixels per row and rows.
    let width: Int, height: Int
    /// The colours the indices refer to (at most 256).
    let palette: [RGB]
    /// `width × height` palette indices, row-major.
    var pixels: [UInt8]

    /// The colour at (x, y).
    func colour(x: Int, y: Int) -> RGB { palette[Int(pixels[y * width + x])] }
}
