import CGD
import Foundation

// Drawing primitives in pixel coordinates. State changes (thickness, clip, anti-aliasing colour)
// are scoped to one call, so no primitive leaks state into the next.
extension GDImage {
    /// The libgd colour for `rgb`: a truecolor value, or on palette images the exact palette
    /// entry, a newly allocated one, or the closest one when the palette is full.
    func colour(_ rgb: RGB, alpha: Int32 = 0) -> Int32 {
        guard !isTrueColor else { return rgb.truecolor(alpha: alpha) }
        let (r, g, b) = (Int32(rgb.red), Int32(rgb.green), Int32(rgb.blue))
        let exact = gdImageColorExact(pointer, r, g, b)
        if exact >= 0 { return exact }
        let allocated = gdImageColorAllocate(pointer, r, g, b)
        return allocated >= 0 ? allocated : gdImageColorClosest(pointer, r, g, b)
    }

    /// Fills the rectangle with corners (x0, y0) and (x1, y1), both inclusive.
    ///
    /// An opaque fill of a truecolor image without a clip writes the pixel rows directly: the
    /// result is what gdImageFilledRectangle gives, without a gdImageSetPixel call per pixel.
    func fillRectangle(x0: Int, y0: Int, x1: Int, y1: Int, _ rgb: RGB, alpha: Int32 = 0) {
        if alpha == 0, isTrueColor, !isClipped, let rows = pointer.pointee.tpixels {
            // Corners in either order, and any part outside the image, as libgd takes them.
            let (left, right) = (max(min(x0, x1), 0), min(max(x0, x1), width - 1))
            let (top, bottom) = (max(min(y0, y1), 0), min(max(y0, y1), height - 1))
            guard left <= right, top <= bottom else { return }
            let columns = left..<(right + 1), value = colour(rgb)
            for y in top...bottom {
                guard let row = rows[y] else { continue }
                (row + columns.lowerBound).update(repeating: value, count: columns.count)
            }
            return
        }
        gdImageFilledRectangle(
            pointer, Self.clamp(x0), Self.clamp(y0), Self.clamp(x1), Self.clamp(y1), colour(rgb, alpha: alpha))
    }

    /// Fills the whole image with `rgb`, replacing what was there (no blending).
    func fill(_ rgb: RGB) {
        gdImageAlphaBlending(pointer, 0)
        fillRectangle(x0: 0, y0: 0, x1: width - 1, y1: height - 1, rgb)
        gdImageAlphaBlending(pointer, 1)
    }

    /// True when a clip rectangle smaller than the image is set.
    private var isClipped: Bool {
        let image = pointer.pointee
        return image.cx1 > 0 || image.cy1 > 0 || Int(image.cx2) < width - 1 || Int(image.cy2) < height - 1
    }

    /// A straight line `thickness` pixels wide; anti-aliased on truecolor images (gdImageSetAntiAliased).
    func line(_ from: Point, _ to: Point, _ rgb: RGB, thickness: Int = 1, antialiased: Bool = true) {
        let (x0, y0, x1, y1) = (Self.clamp(from.x), Self.clamp(from.y), Self.clamp(to.x), Self.clamp(to.y))
        if antialiased && isTrueColor && !isClipped && (x0 == x1) != (y0 == y1) {
            axisLine(Int(x0), Int(y0), Int(x1), Int(y1), rgb, thickness: max(thickness, 1))
            return
        }
        gdImageSetThickness(pointer, Int32(max(thickness, 1)))
        defer { gdImageSetThickness(pointer, 1) }
        if antialiased && isTrueColor {
            gdImageSetAntiAliased(pointer, colour(rgb))
            gdImageLine(pointer, x0, y0, x1, y1, gdAntiAliased)
        } else {
            gdImageLine(pointer, x0, y0, x1, y1, colour(rgb))
        }
    }

    /// A horizontal or vertical anti-aliased line as libgd draws it (gdImageAALine: clipped to
    /// the image with clip_1d, then gdImageHLine or gdImageVLine, an opaque rectangle `thickness`
    /// wide centred as thickness >> 1), filled straight into the pixel rows.
    private func axisLine(_ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int, _ rgb: RGB, thickness: Int) {
        let half = thickness >> 1
        if y0 == y1 {
            guard (0..<height).contains(y0), max(x0, x1) >= 0, min(x0, x1) < width else { return }
            let (left, right) = (max(min(x0, x1), 0), min(max(x0, x1), width - 1))
            let top = thickness > 1 ? y0 - half : y0
            fillRectangle(x0: left, y0: top, x1: right, y1: thickness > 1 ? top + thickness - 1 : y0, rgb)
        } else {
            guard (0..<width).contains(x0), max(y0, y1) >= 0, min(y0, y1) < height else { return }
            let (top, bottom) = (max(min(y0, y1), 0), min(max(y0, y1), height - 1))
            let left = thickness > 1 ? x0 - half : x0
            fillRectangle(x0: left, y0: top, x1: thickness > 1 ? left + thickness - 1 : x0, y1: bottom, rgb)
        }
    }

    /// A dashed line drawn as separate segments, because libgd cannot combine gdStyled with anti-aliasing.
    func dashedLine(_ from: Point, _ to: Point, _ rgb: RGB, thickness: Int, dash: Double, gap: Double) {
        let dx = to.x - from.x
        let dy = to.y - from.y
        let length = (dx * dx + dy * dy).squareRoot()
        guard length > 0, dash > 0, length.isFinite else { return }
        var start = 0.0
        while start < length {
            let end = min(start + dash, length)
            let a = Point(from.x + dx * start / length, from.y + dy * start / length)
            let b = Point(from.x + dx * end / length, from.y + dy * end / length)
            line(a, b, rgb, thickness: thickness)
            start = end + gap
        }
    }

    /// A filled polygon; on truecolor images its outline is anti-aliased (libgd fills with the
    /// anti-aliasing colour, then redraws the edges with AA lines).
    func fillPolygon(_ points: [Point], _ rgb: RGB, alpha: Int32 = 0) {
        guard points.count >= 3 else { return }
        var corners = points.map { gdPoint(x: Self.clamp($0.x), y: Self.clamp($0.y)) }
        // Thickness must be 1: fills are drawn as scanlines, and thick ones overlap.
        gdImageSetThickness(pointer, 1)
        if isTrueColor && alpha == 0 {
            gdImageSetAntiAliased(pointer, colour(rgb))
            // The inside as libgd fills it, then libgd's anti-aliased outline, as
            // gdImageFilledPolygon draws them with gdAntiAliased.
            if fillPolygonInside(corners, colour(rgb)) {
                gdImagePolygon(pointer, &corners, Int32(corners.count), gdAntiAliased)
            } else {
                gdImageFilledPolygon(pointer, &corners, Int32(corners.count), gdAntiAliased)
            }
        } else {
            gdImageFilledPolygon(pointer, &corners, Int32(corners.count), colour(rgb, alpha: alpha))
        }
    }

    /// A filled circle, as a fine polygon so that its edge is anti-aliased.
    func fillCircle(center: Point, radius: Double, _ rgb: RGB) {
        guard radius > 0 else { return }
        let sides = max(12, min(64, Int(radius * 2)))
        let points = (0..<sides).map { index -> Point in
            let angle = Double(index) * 2 * Double.pi / Double(sides)
            return Point(center.x + radius * cos(angle), center.y + radius * sin(angle))
        }
        fillPolygon(points, rgb)
    }

    /// A pixel coordinate for libgd: rounded and kept far inside Int32, so that no value
    /// (huge, infinite or NaN) can trap; libgd's clipping drops what lies outside the image.
    static func clamp(_ value: Double) -> Int32 {
        Int32(Pixel.index(value))
    }

    /// An integer coordinate for libgd, kept inside Int32.
    static func clamp(_ value: Int) -> Int32 {
        Int32(Pixel.index(value))
    }
}
