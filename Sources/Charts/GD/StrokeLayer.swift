import CGD

/// Anti-aliased strokes with round caps and joins, rasterised in Swift and blended onto a
/// libgd image with gdImageSetPixel (alpha blending on).
///
/// Each pixel keeps the largest coverage any stroke gives it, so joints are not darkened by
/// overlapping strokes (libgd's own thick anti-aliased lines blend every segment separately,
/// which bands a polyline at each joint), and the drawing depends only on the union of the
/// strokes: a polyline reduced by `ColumnReducer` draws exactly like the full one.
struct StrokeLayer {
    /// The pixels that may be drawn (inclusive).
    let clip: Rect
    private let originX: Int, originY: Int, width: Int, height: Int
    /// Coverage bytes, `width` a row, from (originX, originY); only those inside `spans` are set.
    private var coverage: CoverageBytes
    /// For each row of `coverage`, the first and last column written; first > last when none was.
    private var spans: [(first: Int, last: Int)]
    /// The first and last row of `coverage` any stroke reached; first > last before any.
    private var rows: (first: Int, last: Int) = (Int.max, Int.min)

    /// An empty layer over `clip`, clamped to `image`.
    init(clip: Rect, image: GDImage) {
        originX = max(0, Pixel.index(clip.minX, .up))
        originY = max(0, Pixel.index(clip.minY, .up))
        let lastX = min(image.width - 1, Pixel.index(clip.maxX, .down))
        let lastY = min(image.height - 1, Pixel.index(clip.maxY, .down))
        width = max(0, lastX - originX + 1)
        height = max(0, lastY - originY + 1)
        self.clip = clip
        coverage = CoverageBytes(count: width * height)
        spans = Array(repeating: (Int.max, Int.min), count: height)
    }

    /// A stroke `thickness` pixels wide from `a` to `b` with round ends; a dot when a = b.
    ///
    /// Pixel (i, j) is the unit square centred on (i, j).
    /// - Complexity: O((length + thickness) × thickness) pixels.
    mutating func stroke(_ a: Point, _ b: Point, thickness: Double) {
        guard a.x.isFinite, a.y.isFinite, b.x.isFinite, b.y.isFinite, thickness > 0, thickness.isFinite, width > 0,
            height > 0
        else {
            return
        }
        let reach = thickness / 2 + 0.5
        guard let (a, b) = segment(a, b, reach: reach) else { return }
        // The ends are finite after clipping: StrokeRows rounds as Pixel.index does, without libm.
        let x0 = max(originX, StrokeRows.floor(min(a.x, b.x) - reach))
        let x1 = min(originX + width - 1, StrokeRows.ceil(max(a.x, b.x) + reach))
        let y0 = max(originY, StrokeRows.floor(min(a.y, b.y) - reach))
        let y1 = min(originY + height - 1, StrokeRows.ceil(max(a.y, b.y) + reach))
        guard x0 <= x1, y0 <= y1 else { return }
        let pixel = StrokeCoverage(a, b, reach: reach)
        let crossings = StrokeRows(
            a, b, reach: reach, bound: Double(max(originX + width, originY + height)) + reach + 1)
        let (originX, originY, width) = (originX, originY, width)
        rows = (min(rows.first, y0 - originY), max(rows.last, y1 - originY))
        if !isKnownUniquelyReferenced(&coverage) { coverage = coverage.copy(spans: spans, width: width) }
        let bytes = coverage.base
        spans.withUnsafeMutableBufferPointer { spans in
            for y in y0...y1 {
                let row = bytes + (y - originY) * width - originX
                // Only the pixels near the row's crossing of the stroke can be covered.
                var (first, last) = (1, 0)
                var full = (first: 1, last: 0)
                if crossings.precise {
                    let extents = crossings.extents(row: Double(y))
                    guard extents.low <= extents.high else { continue }
                    first = max(x0, StrokeRows.ceil(extents.low - StrokeRows.margin))
                    last = min(x1, StrokeRows.floor(extents.high + StrokeRows.margin))
                    if extents.fullLow <= extents.fullHigh {
                        full.first = max(first, StrokeRows.ceil(extents.fullLow + StrokeRows.margin))
                        full.last = min(last, StrokeRows.floor(extents.fullHigh - StrokeRows.margin))
                    }
                } else {
                    // Widened by a pixel on each side for rounding.
                    let (low, high) = crossings.fallback(row: Double(y))
                    guard low <= high else { continue }
                    first = max(x0, StrokeRows.floor(low) &- 1)
                    last = min(x1, StrokeRows.ceil(high) &+ 1)
                }
                guard first <= last else { continue }
                let written = spans[y &- originY]
                Self.zeroNew(row, first...last, written: written, originX: originX)
                spans[y &- originY] = (min(written.first, first &- originX), max(written.last, last &- originX))
                guard full.first <= full.last else {
                    Self.blend(pixel, into: row, y: y, first, last)
                    continue
                }
                // Deep inside the byte is 255, and max(row[x], 255) is 255.
                Self.blend(pixel, into: row, y: y, first, full.first &- 1)
                Self.fill(row + full.first, count: full.last &- full.first &+ 1)
                Self.blend(pixel, into: row, y: y, full.last &+ 1, last)
            }
        }
    }

    /// Zeroes the columns of `columns` (absolute) that the row's span so far, `written`
    /// (relative to `originX`; first > last when empty), does not hold: the bytes a stroke is
    /// about to take the maximum with.
    @inline(__always) private static func zeroNew(
        _ row: UnsafeMutablePointer<UInt8>, _ columns: ClosedRange<Int>, written: (first: Int, last: Int), originX: Int
    ) {
        guard written.first <= written.last else {
            (row + columns.lowerBound).initialize(repeating: 0, count: columns.count)
            return
        }
        let (first, last) = (written.first &+ originX, written.last &+ originX)
        if columns.lowerBound < first {
            (row + columns.lowerBound).initialize(repeating: 0, count: first &- columns.lowerBound)
        }
        if columns.upperBound > last {
            (row + (last &+ 1)).initialize(repeating: 0, count: columns.upperBound &- last)
        }
    }

    /// The part of the segment from `a` to `b` that `stroke` draws with `reach`: clipped first,
    /// so that far-away ends (even 1e300) leave a short, precise segment; nil when none is left.
    func segment(_ a: Point, _ b: Point, reach: Double) -> (Point, Point)? {
        let bounds = Rect(
            minX: Double(originX) - reach - 1, minY: Double(originY) - reach - 1,
            maxX: Double(originX + width) + reach, maxY: Double(originY + height) + reach)
        return Self.clipped(a, b, to: bounds)
    }

    /// The coverage byte of pixel (x, y): the largest any stroke gave it, 0 outside the layer.
    func byte(x: Int, y: Int) -> UInt8 {
        guard x >= originX, x < originX + width, y >= originY, y < originY + height else { return 0 }
        let span = spans[y - originY]
        guard x - originX >= span.first, x - originX <= span.last else { return 0 }
        return coverage.base[(y - originY) * width + x - originX]
    }

    /// Sets `count` ≥ 1 bytes from `start` to 255 with a few overlapping stores, not a call to
    /// memset: the runs are short.
    @inline(__always) private static func fill(_ start: UnsafeMutablePointer<UInt8>, count: Int) {
        let raw = UnsafeMutableRawPointer(start)
        if count >= 8 {
            var offset = 0
            while offset < count &- 8 {
                raw.storeBytes(of: UInt64.max, toByteOffset: offset, as: UInt64.self)
                offset &+= 8
            }
            raw.storeBytes(of: UInt64.max, toByteOffset: count &- 8, as: UInt64.self)
        } else if count >= 4 {
            raw.storeBytes(of: UInt32.max, as: UInt32.self)
            raw.storeBytes(of: UInt32.max, toByteOffset: count &- 4, as: UInt32.self)
        } else if count >= 2 {
            raw.storeBytes(of: UInt16.max, as: UInt16.self)
            raw.storeBytes(of: UInt16.max, toByteOffset: count &- 2, as: UInt16.self)
        } else {
            start.pointee = 255
        }
    }

    /// Keeps in each pixel of `first...last` on row `y` the larger of its byte and `pixel`'s.
    @inline(__always) private static func blend(
        _ pixel: StrokeCoverage, into row: UnsafeMutablePointer<UInt8>, y: Int, _ first: Int, _ last: Int
    ) {
        var x = first
        while x <= last {
            let pair = pixel.bytes(x: x, y: y)
            row[x] = max(row[x], pair[0])
            if x < last { row[x &+ 1] = max(row[x &+ 1], pair[1]) }
            x &+= 2
        }
    }

    /// The part of the segment from `a` to `b` inside `rect` (Liang–Barsky), or nil.
    static func clipped(_ a: Point, _ b: Point, to rect: Rect) -> (Point, Point)? {
        var (t0, t1) = (0.0, 1.0)
        // Halves keep the direction finite for ends near ±1e308.
        let dx = b.x / 2 - a.x / 2
        let dy = b.y / 2 - a.y / 2
        let checks = [
            (-dx, a.x / 2 - rect.minX / 2), (dx, rect.maxX / 2 - a.x / 2),
            (-dy, a.y / 2 - rect.minY / 2), (dy, rect.maxY / 2 - a.y / 2),
        ]
        for (p, q) in checks {
            if p == 0 {
                if q < 0 { return nil }
            } else {
                let r = q / p
                if p < 0 { t0 = max(t0, r) } else { t1 = min(t1, r) }
            }
        }
        guard t0 <= t1, t0.isFinite, t1.isFinite else { return nil }
        return (Point(a.x + 2 * dx * t0, a.y + 2 * dy * t0), Point(a.x + 2 * dx * t1, a.y + 2 * dy * t1))
    }

    /// A polyline through `points`.
    mutating func polyline(_ points: [Point], thickness: Double) {
        guard let first = points.first else { return }
        if points.count == 1 { stroke(first, first, thickness: thickness) }
        for i in points.indices.dropFirst() { stroke(points[i - 1], points[i], thickness: thickness) }
    }

    /// Blends `colour` onto `image` with each pixel's coverage as opacity: what gdImageSetPixel
    /// does with alpha blending on, written straight into the pixel rows of a truecolor image.
    func composite(onto image: GDImage, _ colour: RGB) {
        guard rows.first <= rows.last else { return }
        gdImageAlphaBlending(image.pointer, 1)
        let ink = Int32(bitPattern: colour.hex)
        let clip = image.pointer.pointee
        let pixels = image.pointer.pointee.tpixels
        let (originX, originY, width, rows) = (originX, originY, width, rows)
        let coverage = UnsafePointer(self.coverage.base)
        do {
            for y in (rows.first + originY)...(rows.last + originY) {
                let span = spans[y - originY]
                guard span.first <= span.last else { continue }
                let row = coverage + (y - originY) * width - originX
                let line = y >= Int(clip.cy1) && y <= Int(clip.cy2) ? pixels?[y] : nil
                let end = span.last + originX
                var x = span.first + originX
                while x <= end {
                    // Most of a span may be empty (strokes far apart on one row): skip it
                    // sixteen pixels at a time.
                    if x + 16 <= end + 1,
                        UnsafeRawPointer(row + x).loadUnaligned(as: UInt64.self)
                            | UnsafeRawPointer(row + x + 8).loadUnaligned(as: UInt64.self) == 0
                    {
                        x += 16
                        continue
                    }
                    let value = row[x]
                    defer { x += 1 }
                    guard value > 0 else { continue }
                    // libgd alpha: 0 opaque … 127 transparent.
                    let alpha = Int32(127 - (Int(value) * 127 + 127) / 255)
                    guard let line else {
                        gdImageSetPixel(image.pointer, Int32(x), Int32(y), colour.truecolor(alpha: alpha))
                        continue
                    }
                    guard x >= Int(clip.cx1), x <= Int(clip.cx2) else { continue }
                    line[x] = GDImage.alphaBlend(line[x], (alpha << 24) + ink)
                }
            }
        }
    }
}
