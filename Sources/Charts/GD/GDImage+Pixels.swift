import CGD
import Foundation

// Bulk pixel copies between truecolor images of one size, row by row with memcpy: libgd's
// gdImageCopy goes pixel by pixel through the blending code, 20 times slower for a whole frame.
extension GDImage {
    /// Copies every pixel of `source`, which must be a truecolor image of the same size.
    func copyPixels(from source: GDImage) {
        copyPixels(from: source, rows: 0..<height, columns: { _ in 0..<self.width })
    }

    /// Copies, for each row y in `rows`, the pixels in `columns(y)` from `source` (truecolor,
    /// same size); columns outside the image are ignored.
    func copyPixels(from source: GDImage, rows: Range<Int>, columns: (Int) -> Range<Int>) {
        guard isTrueColor, source.isTrueColor, source.width == width, source.height == height,
            let target = pointer.pointee.tpixels, let origin = source.pointer.pointee.tpixels
        else { return }
        for y in rows.clamped(to: 0..<height) {
            let span = columns(y).clamped(to: 0..<width)
            guard !span.isEmpty, let to = target[y], let from = origin[y] else { continue }
            memcpy(to + span.lowerBound, from + span.lowerBound, span.count * MemoryLayout<Int32>.stride)
        }
    }

    /// The same pixels as `copyPixels(from: plain)` followed by
    /// `copyPixels(from: overlay, rows: rows, columns: columns)`, each written once: row by row,
    /// the overlay's columns and the plain ones either side (a frame's background is about a
    /// megabyte; the two copies wrote the overlaid part twice).
    func copyPixels(from plain: GDImage, overlaying overlay: GDImage, rows: Range<Int>, columns: (Int) -> Range<Int>) {
        guard isTrueColor, plain.isTrueColor, overlay.isTrueColor, plain.width == width, plain.height == height,
            overlay.width == width, overlay.height == height, let target = pointer.pointee.tpixels,
            let under = plain.pointer.pointee.tpixels, let over = overlay.pointer.pointee.tpixels
        else { return }
        let stride = MemoryLayout<Int32>.stride
        let overlaid = rows.clamped(to: 0..<height)
        for y in 0..<height {
            guard let to = target[y] else { continue }
            let span = overlaid.contains(y) ? columns(y).clamped(to: 0..<width) : 0..<0
            guard !span.isEmpty, let top = over[y] else {
                if let from = under[y] { memcpy(to, from, width * stride) }
                continue
            }
            if let from = under[y] {
                memcpy(to, from, span.lowerBound * stride)
                memcpy(to + span.upperBound, from + span.upperBound, (width - span.upperBound) * stride)
            }
            memcpy(to + span.lowerBound, top + span.lowerBound, span.count * stride)
        }
    }
}

extension GDImage {
    /// Copies every pixel of `source` (truecolor, same size) outside the rectangle of `columns`
    /// and `rows`, leaving the rectangle for the caller to fill: a frame whose plot is painted
    /// over whole gets each of its pixels written once.
    func copyPixels(from source: GDImage, around columns: Range<Int>, rows: Range<Int>) {
        let hole = (columns: columns.clamped(to: 0..<width), rows: rows.clamped(to: 0..<height))
        let open = hole.columns.isEmpty || hole.rows.isEmpty
        copyPixels(from: source, rows: 0..<height) { y in
            open || !hole.rows.contains(y) ? 0..<self.width : 0..<hole.columns.lowerBound
        }
        guard !open else { return }
        copyPixels(from: source, rows: hole.rows) { _ in hole.columns.upperBound..<self.width }
    }
}
