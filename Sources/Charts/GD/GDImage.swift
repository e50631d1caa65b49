import CGD

/// One libgd image with a single owner: created by gdImageCreateTrueColor (or gdImageCreate for
/// palette images) and destroyed by gdImageDestroy when the object goes away.
///
/// Not `Sendable`: an image belongs to the chart that draws it, on one thread. No image larger
/// than `maximumSide` pixels a side or `maximumPixels` in all is ever requested from libgd.
final class GDImage {
    /// The longest side an image may have, in pixels.
    static let maximumSide = 8192
    /// The most pixels an image may have (64 MB of truecolor pixels).
    static let maximumPixels = 4096 * 4096

    /// The libgd image; valid for the lifetime of this object.
    let pointer: gdImagePtr
    /// Width in pixels.
    let width: Int
    /// Height in pixels.
    let height: Int
    /// The smallest font size of any text drawn so far (libgd points at 96 dpi); +∞ before any.
    private(set) var smallestTextSize = Double.infinity

    /// Creates an image filled with black (truecolor) or with no colour allocated (palette).
    ///
    /// - Throws: `.imageTooLarge` before asking libgd, `.imageAllocationFailed` when it returns NULL.
    init(width: Int, height: Int, palette: Bool = false) throws(ChartError) {
        try Self.checkSize(width: width, height: height)
        let created =
            palette
            ? gdImageCreate(Int32(width), Int32(height)) : gdImageCreateTrueColor(Int32(width), Int32(height))
        guard let created else { throw .imageAllocationFailed(width: width, height: height) }
        pointer = created
        self.width = width
        self.height = height
    }

    /// Decodes PNG bytes with gdImageCreateFromPngPtr.
    convenience init(png bytes: [UInt8]) throws(ChartError) {
        try self.init(decoding: bytes, format: "PNG") { gdImageCreateFromPngPtr($0, $1) }
    }

    /// Decodes the first frame of GIF bytes with gdImageCreateFromGifPtr.
    convenience init(gif bytes: [UInt8]) throws(ChartError) {
        try self.init(decoding: bytes, format: "GIF") { gdImageCreateFromGifPtr($0, $1) }
    }

    private init(
        decoding bytes: [UInt8], format: String, with decoder: (Int32, UnsafeMutableRawPointer) -> gdImagePtr?
    ) throws(ChartError) {
        var copy = bytes
        let count = Int32(clamping: bytes.count)
        let decoded = copy.withUnsafeMutableBytes { buffer -> gdImagePtr? in
            guard let base = buffer.baseAddress, count > 0 else { return nil }
            return decoder(count, base)
        }
        guard let decoded else { throw .decodingFailed(format: format, byteCount: bytes.count) }
        let width = Int(cgd_image_sx(decoded))
        let height = Int(cgd_image_sy(decoded))
        do {
            try Self.checkSize(width: width, height: height)
        } catch {
            gdImageDestroy(decoded)
            throw error
        }
        pointer = decoded
        self.width = width
        self.height = height
    }

    deinit { gdImageDestroy(pointer) }

    private static func checkSize(width: Int, height: Int) throws(ChartError) {
        guard width >= 1, height >= 1, width <= maximumSide, height <= maximumSide,
            width * height <= maximumPixels
        else { throw .imageTooLarge(width: width, height: height) }
    }

    /// Whether pixels are 32-bit colours rather than palette indices.
    var isTrueColor: Bool { pointer.pointee.trueColor != 0 }

    /// The colour at (x, y), read with gdImageGetTrueColorPixel (palette images too).
    func pixel(x: Int, y: Int) -> RGB {
        guard x >= 0, y >= 0, x < width, y < height else { return RGB(0) }
        let value = gdImageGetTrueColorPixel(pointer, Int32(x), Int32(y))
        return RGB(UInt32(truncatingIfNeeded: value) & 0xFF_FFFF)
    }

    /// Keeps the smallest font size drawn, for `textPixels(cssWidth:)`.
    func noteTextSize(_ size: Double) {
        smallestTextSize = min(smallestTextSize, size)
    }

    /// The smallest text's font size in CSS pixels when the image is shown `cssWidth` wide: libgd's
    /// points are at 96 dpi, so a point is 4/3 of a drawn pixel.
    func smallestTextCSSPixels(cssWidth: Int) -> Double {
        smallestTextSize * 4 / 3 * Double(cssWidth) / Double(width)
    }
}
