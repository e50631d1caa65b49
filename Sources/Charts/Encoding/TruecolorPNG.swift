/// A truecolor PNG written by nnreport, for the charts whose shading has more colours than a
/// palette holds (region.png): 8-bit RGB rows filtered "Up", compressed by `ChartDeflate` (3.4×
/// faster than libdeflate at level 4 on region.png's rows, 2.2 against 7.4 ms, for a file 5 %
/// larger). The same pixels as libgd's gdImagePngPtrEx, in a fraction of the time (libpng and
/// zlib were a sixth of a network report's CPU for this one image).
enum TruecolorPNG {
    /// `image`'s pixels as an opaque RGB PNG (libgd's alpha channel is dropped: charts are opaque).
    ///
    /// - Throws: `.encodingFailed` when the image is empty or has no truecolor pixels.
    static func encode(_ image: GDImage) throws(ChartError) -> [UInt8] {
        let (width, height) = (image.width, image.height)
        guard width > 0, height > 0, image.isTrueColor, let pixels = image.pointer.pointee.tpixels else {
            throw .encodingFailed(format: "PNG")
        }
        let rowBytes = 3 * width, lineBytes = rowBytes + 1
        let rows = [UInt8](unsafeUninitializedCapacity: lineBytes * height) { out, count in
            guard let base = out.baseAddress else { return }
            for y in 0..<height {
                let line = base + y * lineBytes
                line[0] = y == 0 ? 0 : 2  // "Up" below the first row
                guard let source = pixels[y] else {
                    (line + 1).initialize(repeating: 0, count: rowBytes)
                    continue
                }
                for x in 0..<width {
                    let pixel = UInt32(bitPattern: source[x])
                    line[1 + 3 * x] = UInt8(truncatingIfNeeded: pixel >> 16)
                    line[2 + 3 * x] = UInt8(truncatingIfNeeded: pixel >> 8)
                    line[3 + 3 * x] = UInt8(truncatingIfNeeded: pixel)
                }
            }
            // Filter from the bottom up, so that each row still sees the unfiltered row above.
            for y in stride(from: height - 1, to: 0, by: -1) {
                let line = base + y * lineBytes + 1, above = base + (y - 1) * lineBytes + 1
                for x in 0..<rowBytes { line[x] = line[x] &- above[x] }
            }
            count = lineBytes * height
        }
        var out = PalettePNG.signature
        var header: [UInt8] = []
        for value in [UInt32(width), UInt32(height)] {
            header += [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: value >> $0) }
        }
        header += [8, 2, 0, 0, 0]  // 8 bits, RGB, deflate, adaptive filtering, no interlace
        PalettePNG.chunk("IHDR", header, to: &out)
        PalettePNG.chunk("IDAT", ChartDeflate.zlib(rows, rowLength: lineBytes), to: &out)
        PalettePNG.chunk("IEND", [], to: &out)
        return out
    }
}
