// A colour per pixel, written straight into the rows of a truecolor image: a filled field (a
// loss surface, regions of a plane) of a few hundred thousand pixels without a libgd call each.
extension GDImage {
    /// Sets every pixel (x, y) of `columns` × `rows` (clamped to the image) to `colour(x, y)`,
    /// opaque, replacing what was there. Palette images are left unchanged.
    func fillField(columns: Range<Int>, rows: Range<Int>, _ colour: (_ x: Int, _ y: Int) -> RGB) {
        guard isTrueColor, let pixels = pointer.pointee.tpixels else { return }
        let xs = columns.clamped(to: 0..<width)
        for y in rows.clamped(to: 0..<height) {
            guard let row = pixels[y] else { continue }
            for x in xs { row[x] = colour(x, y).truecolor() }
        }
    }
}
