import Foundation

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

    /// `index(of:)` for a libgd truecolor pixel, its bucket read without a call when it is known.
    @inline(__always) private mutating func index(ofPixel pixel: Int32) -> UInt8 {
        let bits = Int(UInt32(truncatingIfNeeded: pixel))
        let red = (bits >> 9) & 0x7C00, green = (bits >> 6) & 0x3E0, blue = (bits >> 3) & 0x1F
        let known = table[red | green | blue]
        return known != .max ? UInt8(truncatingIfNeeded: known) : index(of: RGB(UInt32(bits) & 0xFF_FFFF))
    }

    /// The pixels of the truecolor `image` as indices into this palette.
    ///
    /// - Complexity: O(pixels); a run of one colour (most of a chart) is looked up once.
    mutating func convert(_ image: GDImage) -> IndexedImage {
        convert(image, since: nil)
    }

    /// The pixels of `image` as indices, reusing `before` (an earlier image of the same size and
    /// its indices) where the pixels did not change: the frames of an animation differ in a
    /// small part.
    ///
    /// The result is what `convert(_:)` gives: a pixel equal to the one at its place in the
    /// earlier image (or, without one, a row equal to the row above) was looked up before, so
    /// skipping it changes no lookup (the table remembers the first colour of each bucket).
    mutating func convert(_ image: GDImage, since before: (image: GDImage, indices: IndexedImage)?) -> IndexedImage {
        let (width, height) = (image.width, image.height)
        guard image.isTrueColor, let source = image.pointer.pointee.tpixels else {
            return IndexedImage(
                width: width, height: height, palette: palette,
                pixels: [UInt8](repeating: 0, count: width * height))
        }
        let earlier = before.flatMap { earlier -> (UnsafeMutablePointer<UnsafeMutablePointer<Int32>?>, [UInt8])? in
            guard earlier.image.width == width, earlier.image.height == height, earlier.indices.palette == palette,
                let rows = earlier.image.pointer.pointee.tpixels
            else { return nil }
            return (rows, earlier.indices.pixels)
        }
        let pixels = [UInt8](unsafeUninitializedCapacity: width * height) { target, count in
            guard let base = target.baseAddress else { return }
            for y in 0..<height {
                let start = base + y * width
                guard let row = source[y] else {
                    start.initialize(repeating: 0, count: width)
                    continue
                }
                var span = 0..<width
                // A row equal to the one above (a third of a chart's: margins, plot between
                // lines) has its indices already, each colour looked up there.
                if earlier == nil, y > 0, let above = source[y - 1],
                    memcmp(row, above, width * MemoryLayout<Int32>.stride) == 0
                {
                    start.initialize(from: start - width, count: width)
                    continue
                }
                if let (oldRows, oldIndices) = earlier, let old = oldRows[y] {
                    let (first, last) = Self.changedSpan(row, old, width: width)
                    oldIndices.withUnsafeBufferPointer { indices in
                        guard let from = indices.baseAddress else { return }
                        start.initialize(from: from + y * width, count: width)
                    }
                    span = first..<last
                }
                quantize(row, span, into: start)
            }
            count = width * height
        }
        return IndexedImage(width: width, height: height, palette: palette, pixels: pixels)
    }

    /// Writes the indices of `row[span]` into `out[span]`, looking a colour up where it differs
    /// from the pixel before: in the same order as run by run, so the table fills the same.
    ///
    /// Eight pixels of the colour before are written at once (most of a chart is its background,
    /// a run of a whole row); the anti-aliased edges go pixel by pixel, without a call to fill
    /// each run of one or two pixels.
    private mutating func quantize(
        _ row: UnsafeMutablePointer<Int32>, _ span: Range<Int>, into out: UnsafeMutablePointer<UInt8>
    ) {
        var x = span.lowerBound
        let end = span.upperBound
        guard x < end else { return }
        var value = row[x]
        var colour = index(ofPixel: value)
        while x < end {
            let splat = SIMD8<Int32>(repeating: value)
            while x + 8 <= end, all(UnsafeRawPointer(row + x).loadUnaligned(as: SIMD8<Int32>.self) .== splat) {
                UnsafeMutableRawPointer(out + x).storeBytes(of: SIMD8<UInt8>(repeating: colour), as: SIMD8<UInt8>.self)
                x += 8
            }
            // The eight pixels from x hold another colour: go through them one by one.
            let stop = min(x + 8, end)
            while x < stop {
                let pixel = row[x]
                if pixel != value {
                    value = pixel
                    colour = index(ofPixel: pixel)
                }
                out[x] = colour
                x += 1
            }
        }
    }

    /// The columns from the first to past the last pixel where `row` and `old` differ (an
    /// empty span when none does), compared eight pixels a step.
    ///
    /// Most rows of consecutive frames are equal: libc's memcmp (with wider vectors than the
    /// baseline x86-64 the module is built for) says so in a quarter of the instructions.
    static func changedSpan(_ row: UnsafeMutablePointer<Int32>, _ old: UnsafeMutablePointer<Int32>, width: Int)
        -> (Int, Int)
    {
        guard width > 0, memcmp(row, old, width * MemoryLayout<Int32>.stride) != 0 else { return (width, width) }
        func block(_ pointer: UnsafeMutablePointer<Int32>, _ x: Int) -> SIMD8<Int32> {
            UnsafeRawPointer(pointer + x).loadUnaligned(as: SIMD8<Int32>.self)
        }
        var first = 0
        while first + 8 <= width && all(block(row, first) .== block(old, first)) { first += 8 }
        while first < width && row[first] == old[first] { first += 1 }
        guard first < width else { return (width, width) }
        var last = width
        while last - 8 > first && all(block(row, last - 8) .== block(old, last - 8)) { last -= 8 }
        while last > first && row[last - 1] == old[last - 1] { last -= 1 }
        return (first, last)
    }
}
