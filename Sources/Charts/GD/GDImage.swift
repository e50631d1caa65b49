import CGD
import Glibc

/// One libgd image with a single owner: created by gdImageCreateTrueColor (or gdImageCreate for
/// palette images) and destroyed by gdImageDestroy when the object goes away.
///
/// A truecolor image keeps its pixel rows in one block of its own instead of libgd's zeroed
/// allocation a row: a chart is 900 rows of 1600 pixels, painted over with its background at once.
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
    /// The pixels of a truecolor image created here, `width` a row; nil when libgd allocated them.
    private let rowBlock: UnsafeMutablePointer<Int32>?

    /// Creates an image filled with black (truecolor) or with no colour allocated (palette).
    ///
    /// - Throws: `.imageTooLarge` before asking libgd, `.imageAllocationFailed` when it returns NULL.
    convenience init(width: Int, height: Int, palette: Bool = false) throws(ChartError) {
        try self.init(width: width, height: height, palette: palette, zeroed: true)
    }

    /// Creates a truecolor image filled with `background`: each pixel written once.
    ///
    /// - Throws: as `init(width:height:palette:)`.
    convenience init(width: Int, height: Int, background: RGB) throws(ChartError) {
        try self.init(width: width, height: height, palette: false, zeroed: false)
        fill(background)
    }

    private init(width: Int, height: Int, palette: Bool, zeroed: Bool) throws(ChartError) {
        try Self.checkSize(width: width, height: height)
        if palette {
            guard let created = gdImageCreate(Int32(width), Int32(height)) else {
                throw .imageAllocationFailed(width: width, height: height)
            }
            (pointer, rowBlock) = (created, nil)
        } else {
            guard let (created, block) = Self.truecolor(width: width, height: height, zeroed: zeroed) else {
                throw .imageAllocationFailed(width: width, height: height)
            }
            (pointer, rowBlock) = (created, block)
        }
        self.width = width
        self.height = height
    }

    /// A libgd truecolor image whose rows point into one block, zeroed or not: libgd's image of
    /// one row, its row and row table replaced by ours (`deinit` frees them before libgd frees
    /// the rest).
    private static func truecolor(width: Int, height: Int, zeroed: Bool)
        -> (gdImagePtr, UnsafeMutablePointer<Int32>)?
    {
        let bytes = width * height * MemoryLayout<Int32>.stride
        guard let image = gdImageCreateTrueColor(Int32(width), 1) else { return nil }
        guard let block = zeroed ? calloc(width * height, MemoryLayout<Int32>.stride) : malloc(bytes),
            let table = malloc(height * MemoryLayout<UnsafeMutablePointer<Int32>?>.stride)
        else {
            gdImageDestroy(image)
            return nil
        }
        let pixels = block.bindMemory(to: Int32.self, capacity: width * height)
        let rows = table.bindMemory(to: UnsafeMutablePointer<Int32>?.self, capacity: height)
        for y in 0..<height { rows[y] = pixels + y * width }
        if let own = image.pointee.tpixels {
            gdFree(own[0])
            gdFree(own)
        }
        image.pointee.tpixels = rows
        image.pointee.sy = Int32(height)
        image.pointee.cy2 = Int32(height - 1)
        return (image, pixels)
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
        rowBlock = nil
        self.width = width
        self.height = height
    }

    deinit {
        if let rowBlock {
            free(pointer.pointee.tpixels)
            pointer.pointee.tpixels = nil
            free(rowBlock)
        }
        gdImageDestroy(pointer)
    }

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
