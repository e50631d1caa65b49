/// Maps truecolor images to one fixed palette, so that every frame of an animation shares the
/// GIF's global colour table and pure colours (white above all) stay exact.
///
/// libgd's own quantizer gives each frame its own palette and turns white into #FCFEFC; here
/// each colour goes to the nearest entry of a palette made of the chart's inks and their blends
/// with the background, looked up through a table of 15-bit colours filled on first use.
struct PaletteQuantizer {
    /// The palette, at most 256 colours; entry 0 is the background.
    let palette: [RGB]
    private var table = [UInt16](repeating: .max, count: 1 << 15)

    /// A palette of `background` and, for every ink, `levels` blends from the background to it.
    init(background: RGB, inks: [RGB], levels: Int) {
        var colours = [background]
        var seen: Set<RGB> = [background]
        for ink in inks {
            for level in 1...max(levels, 1) {
                let colour = background.mixed(with: ink, Double(level) / Double(max(levels, 1)))
                if colours.count < 256 && seen.insert(colour).inserted { colours.append(colour) }
            }
        }
        palette = colours
    }

    /// The palette index nearest to `colour` (by its 15-bit bucket).
    mutating func index(of colour: RGB) -> UInt8 {
        let key = Int(colour.red >> 3) << 10 | Int(colour.green >> 3) << 5 | Int(colour.blue >> 3)
        if table[key] != .max { return UInt8(table[key]) }
        // Exact entries win; otherwise the nearest to the bucket's middle.
        let probe =
            palette.contains(colour)
            ? colour
            : RGB(red: colour.red | 4, green: colour.green | 4, blue: colour.blue | 4)
        var best = 0
        var bestDistance = Int.max
        for (i, entry) in palette.enumerated() {
            let distance = entry.distance(to: probe)
            if distance < bestDistance {
                bestDistance = distance
                best = i
            }
        }
        table[key] = UInt16(best)
        return UInt8(best)
    }

    /// The pixels of the truecolor `image` as indices into this palette.
    ///
    /// - Complexity: O(pixels); a pixel of the same colour as the one before costs one comparison.
    mutating func convert(_ image: GDImage) -> IndexedImage {
        var pixels = [UInt8](repeating: 0, count: image.width * image.height)
        guard image.isTrueColor, let source = image.pointer.pointee.tpixels else {
            return IndexedImage(width: image.width, height: image.height, palette: palette, pixels: pixels)
        }
        let width = image.width
        pixels.withUnsafeMutableBufferPointer { target in
            var last: Int32 = -1
            var lastIndex: UInt8 = 0
            for y in 0..<image.height {
                guard let row = source[y] else { continue }
                let start = y * width
                for x in 0..<width {
                    let value = row[x]
                    if value != last {
                        last = value
                        lastIndex = index(of: RGB(UInt32(truncatingIfNeeded: value) & 0xFF_FFFF))
                    }
                    target[start + x] = lastIndex
                }
            }
        }
        return IndexedImage(width: image.width, height: image.height, palette: palette, pixels: pixels)
    }
}
