import CGD

// The inside of a polygon filled the way gdImageFilledPolygon fills it, written straight into the
// pixel rows: libgd draws each scanline span with gdImageLine, a gdImageSetPixel call per pixel
// (the decision region of pull.png and boundary.png alone is some 400,000 of them).
extension GDImage {
    /// Fills the inside of `corners` with the opaque truecolor `colour` as gdImageFilledPolygon
    /// does (libgd 2.3: its scanlines, crossings and clipping), without its anti-aliased outline;
    /// false, drawing nothing, where it would do otherwise: a polygon flat in y (libgd draws it
    /// as a line), a palette image, a thickness other than 1, a blending mode other than replace
    /// or alpha blending, or a colour that is not opaque.
    func fillPolygonInside(_ corners: [gdPoint], _ colour: Int32) -> Bool {
        let image = pointer.pointee
        guard isTrueColor, let rows = image.tpixels, image.thick == 1, corners.count >= 2,
            image.alphaBlendingFlag == 0 || image.alphaBlendingFlag == 1, colour >> 24 == 0
        else { return false }
        let n = corners.count
        var minY = corners[0].y, maxY = corners[0].y
        for corner in corners {
            minY = min(minY, corner.y)
            maxY = max(maxY, corner.y)
        }
        // Corners within ±2¹⁴, so that libgd's int products (y − y1)(x2 − x1) cannot overflow.
        let bound: Int32 = 1 << 14
        guard minY != maxY, corners.allSatisfy({ abs($0.x) < bound && abs($0.y) < bound }) else { return false }
        let lastRow = maxY
        let (clipLeft, clipRight) = (image.cx1, image.cx2)
        var crossings: [Int32] = []
        crossings.reserveCapacity(n)
        for y in stride(from: max(minY, image.cy1), through: min(maxY, image.cy2), by: 1) {
            crossings.removeAll(keepingCapacity: true)
            for i in 0..<n {
                let (from, to) = (corners[i == 0 ? n - 1 : i - 1], corners[i])
                let (low, high) = from.y < to.y ? (from, to) : (to, from)
                guard from.y != to.y else { continue }
                if y >= low.y && y < high.y {
                    // libgd's float arithmetic: (int)((float)((y − y1)(x2 − x1)) / (float)(y2 − y1) + 0.5 + x1).
                    let quotient = Float((y - low.y) * (high.x - low.x)) / Float(high.y - low.y)
                    crossings.append(Int32(Double(quotient) + 0.5 + Double(low.x)))
                } else if y == lastRow && y == high.y {
                    crossings.append(high.x)
                }
            }
            crossings.sort()
            guard let row = rows[Int(y)] else { continue }
            var i = 0
            while i + 1 < crossings.count {
                // gdImageLine's clipping of a horizontal span to the clip rectangle.
                var (left, right) = (crossings[i], crossings[i + 1])
                i += 2
                if left < clipLeft {
                    guard right >= clipLeft else { continue }
                    left = clipLeft
                } else if left > clipRight {
                    continue
                }
                right = min(right, clipRight)
                guard left <= right else { continue }
                for x in Int(left)...Int(right) { row[x] = colour }
            }
        }
        return true
    }
}
