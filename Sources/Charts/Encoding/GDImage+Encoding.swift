import CGD

// Encoders. Every buffer libgd returns is copied into Swift memory and freed with gdFree at once.
extension GDImage {
    /// The image as PNG bytes, from gdImagePngPtrEx at zlib `level` (6 is zlib's default).
    func png(level: Int32 = 6) throws(ChartError) -> [UInt8] {
        var size: Int32 = 0
        let raw = gdImagePngPtrEx(pointer, &size, level)
        return try Self.take(raw, size: size, format: "PNG")
    }

    /// The image as a palette PNG whose colours are white, `inks`, and blends between white
    /// and each ink (exact for white and the inks themselves; other colours go to the nearest).
    ///
    /// A chart has a handful of inks, so its anti-aliased edges survive, and a palette image
    /// encodes several times faster than truecolor into a file about half the size.
    /// `filterUp` as `PalettePNG.encode` takes it: the line charts and confidence.png are smaller
    /// filtered Up; boundary, landscape, pull, strip and the network unfiltered (pull.png of AND:
    /// 32.3 KB Up, 29.0 KB unfiltered; strip.png of a three-feature run 33.8 KB against 24.7 KB).
    func palettePNG(inks: [RGB], filterUp: Bool = true) throws(ChartError) -> [UInt8] {
        var unique: [RGB] = []
        for ink in inks where !unique.contains(ink) && ink != ChartTheme.background { unique.append(ink) }
        var quantizer = PaletteQuantizer(
            background: ChartTheme.background, inks: unique, levels: min(32, 254 / max(unique.count, 1)))
        return try PalettePNG.encode(quantizer.convert(self), filterUp: filterUp)
    }

    /// Copies `size` bytes from a libgd buffer and frees it with gdFree.
    ///
    /// - Throws: `.encodingFailed` when `raw` is NULL or empty (the buffer is freed either way).
    static func take(_ raw: UnsafeMutableRawPointer?, size: Int32, format: String) throws(ChartError) -> [UInt8] {
        guard let raw else { throw .encodingFailed(format: format) }
        defer { gdFree(raw) }
        guard size > 0 else { throw .encodingFailed(format: format) }
        return Array(UnsafeRawBufferPointer(start: raw, count: Int(size)))
    }
}
