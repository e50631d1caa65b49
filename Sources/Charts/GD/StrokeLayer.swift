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
    private var coverage: [UInt8]
    private var touched: (minX: Int, minY: Int, maxX: Int, maxY: Int)

    /// An empty layer over `clip`, clamped to `image`.
    init(clip: Rect, image: GDImage) {
        originX = max(0, Pixel.index(clip.minX, .up))
        originY = max(0, Pixel.index(clip.minY, .up))
        let lastX = min(image.width - 1, Pixel.index(clip.maxX, .down))
        let lastY = min(image.height - 1, Pixel.index(clip.maxY, .down))
        width = max(0, lastX - originX + 1)
        height = max(0, lastY - originY + 1)
        self.clip = clip
        coverage = [UInt8](repeating: 0, count: width * height)
        touched = (Int.max, Int.max, Int.min, Int.min)
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
        // Clip first, so that far-away ends (even 1e300) leave a short, precise segment.
        let bounds = Rect(
            minX: Double(originX) - reach - 1, minY: Double(originY) - reach - 1,
            maxX: Double(originX + width) + reach, maxY: Double(originY + height) + reach)
        guard let (a, b) = Self.clipped(a, b, to: bounds) else { return }
        let x0 = max(originX, Pixel.index(min(a.x, b.x) - reach, .down))
        let x1 = min(originX + width - 1, Pixel.index(max(a.x, b.x) + reach, .up))
        let y0 = max(originY, Pixel.index(min(a.y, b.y) - reach, .down))
        let y1 = min(originY + height - 1, Pixel.index(max(a.y, b.y) + reach, .up))
        guard x0 <= x1, y0 <= y1 else { return }
        let dx = b.x - a.x
        let dy = b.y - a.y
        let lengthSquared = dx * dx + dy * dy
        for y in y0...y1 {
            let row = (y - originY) * width - originX
            for x in x0...x1 {
                let px = Double(x) - a.x
                let py = Double(y) - a.y
                var t = lengthSquared > 0 ? (px * dx + py * dy) / lengthSquared : 0
                t = min(max(t, 0), 1)
                let ex = px - t * dx
                let ey = py - t * dy
                let distance = (ex * ex + ey * ey).squareRoot()
                let cover = min(max(reach - distance, 0), 1)
                guard cover > 0 else { continue }
                let value = UInt8((cover * 255).rounded())
                if value > coverage[row + x] { coverage[row + x] = value }
            }
        }
        touched = (min(touched.minX, x0), min(touched.minY, y0), max(touched.maxX, x1), max(touched.maxY, y1))
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

    /// Blends `colour` onto `image` with each pixel's coverage as opacity.
    func composite(onto image: GDImage, _ colour: RGB) {
        guard touched.minX <= touched.maxX else { return }
        gdImageAlphaBlending(image.pointer, 1)
        for y in touched.minY...touched.maxY {
            let row = (y - originY) * width - originX
            for x in touched.minX...touched.maxX {
                let value = coverage[row + x]
                guard value > 0 else { continue }
                // libgd alpha: 0 opaque … 127 transparent.
                let alpha = Int32(127 - (Int(value) * 127 + 127) / 255)
                gdImageSetPixel(image.pointer, Int32(x), Int32(y), colour.truecolor(alpha: alpha))
            }
        }
    }
}
