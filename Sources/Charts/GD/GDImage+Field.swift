// A colour per pixel, written straight into the rows of a truecolor image: a filled field (a
// loss surface, regions of a plane) of a few hundred thousand pixels without a libgd call each.
extension GDImage {
    /// Hands each row y of `rows` (clamped to the image) to `fill`, which sets the opaque
    /// truecolor value of every column x of `columns` (clamped) as `row[x]`, replacing what was
    /// there. Palette images are left unchanged.
    ///
    /// A row at a time, so that what a row shares is computed once and the loop over its pixels
    /// is the caller's own.
    func fillField(
        columns: Range<Int>, rows: Range<Int>,
        _ fill: (_ y: Int, _ xs: Range<Int>, _ row: UnsafeMutablePointer<Int32>) -> Void
    ) {
        guard isTrueColor, let pixels = pointer.pointee.tpixels else { return }
        let xs = columns.clamped(to: 0..<width)
        for y in rows.clamped(to: 0..<height) {
            guard let row = pixels[y] else { continue }
            fill(y, xs, row)
        }
    }
}
