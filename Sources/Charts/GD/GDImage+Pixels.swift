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
}
