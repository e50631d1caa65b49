import CGD
import Foundation

/// An animated GIF built frame by frame: nnreport finds the rectangle that changed since the
/// frame before and libgd (gdImageGifAnim*Ptr) LZW-encodes that rectangle alone. libgd can
/// find the rectangle itself, but compares the frames one gdImageGetPixel at a time.
///
/// Frames share one palette (the GIF's global colour table). Every chunk libgd returns is
/// copied and freed with gdFree at once.
struct GIFAnimation {
    private(set) var bytes: [UInt8] = []
    private var previous: IndexedImage?
    /// How many frames were added.
    private(set) var frameCount = 0

    /// Starts a GIF of `first`'s size whose global colour table is its palette, looping forever.
    init(palette first: IndexedImage) throws(ChartError) {
        let screen = try GDImage(width: first.width, height: first.height, palette: true)
        for colour in first.palette {
            gdImageColorAllocate(screen.pointer, Int32(colour.red), Int32(colour.green), Int32(colour.blue))
        }
        var size: Int32 = 0
        let raw = gdImageGifAnimBeginPtr(screen.pointer, &size, 1, 0)
        bytes = try GDImage.take(raw, size: size, format: "GIF")
    }

    /// Adds a frame shown for `delay` hundredths of a second: the rectangle that differs from
    /// the frame before, or the whole frame when it is the first or nothing differs.
    mutating func add(_ frame: IndexedImage, delay: Int) throws(ChartError) {
        let whole = (columns: 0..<frame.width, rows: 0..<frame.height)
        let changed = previous.flatMap { Self.changedRectangle(from: $0, to: frame) } ?? whole
        let image = try Self.paletteImage(frame, columns: changed.columns, rows: changed.rows)
        var size: Int32 = 0
        let raw = gdImageGifAnimAddPtr(
            image.pointer, &size, 0, Int32(changed.columns.lowerBound), Int32(changed.rows.lowerBound),
            Int32(clamping: delay), Int32(gdDisposalNone), nil)
        bytes += try GDImage.take(raw, size: size, format: "GIF")
        previous = frame
        frameCount += 1
    }

    /// Ends the GIF and returns its bytes.
    mutating func finish() throws(ChartError) -> [UInt8] {
        var size: Int32 = 0
        let raw = gdImageGifAnimEndPtr(&size)
        bytes += try GDImage.take(raw, size: size, format: "GIF")
        return bytes
    }

    /// The smallest rectangle holding every pixel of `frame` that differs from `before` (the
    /// rectangle libgd's optimizer finds); nil when none does.
    static func changedRectangle(from before: IndexedImage, to frame: IndexedImage) -> (
        columns: Range<Int>, rows: Range<Int>
    )? {
        guard before.width == frame.width, before.height == frame.height else { return nil }
        let width = frame.width
        var rows: Range<Int>?
        var columns = (low: width, high: -1)
        before.pixels.withUnsafeBufferPointer { old in
            frame.pixels.withUnsafeBufferPointer { new in
                guard let oldBase = old.baseAddress, let newBase = new.baseAddress else { return }
                for y in 0..<frame.height {
                    let start = y * width
                    guard memcmp(oldBase + start, newBase + start, width) != 0 else { continue }
                    var first = 0
                    while old[start + first] == new[start + first] { first += 1 }
                    var last = width - 1
                    while old[start + last] == new[start + last] { last -= 1 }
                    columns = (min(columns.low, first), max(columns.high, last))
                    rows = (rows?.lowerBound ?? y)..<(y + 1)
                }
            }
        }
        guard let rows else { return nil }
        return (columns.low..<(columns.high + 1), rows)
    }

    /// A libgd palette image of the part `columns` × `rows` of `frame`, with its whole palette
    /// (so that every frame refers to the global colour table).
    static func paletteImage(_ frame: IndexedImage, columns: Range<Int>, rows: Range<Int>) throws(ChartError)
        -> GDImage
    {
        let image = try GDImage(width: max(columns.count, 1), height: max(rows.count, 1), palette: true)
        for colour in frame.palette {
            gdImageColorAllocate(image.pointer, Int32(colour.red), Int32(colour.green), Int32(colour.blue))
        }
        guard let target = image.pointer.pointee.pixels else { return image }
        for (row, y) in rows.enumerated() {
            guard let line = target[row] else { continue }
            for (column, x) in columns.enumerated() { line[column] = frame.pixels[y * frame.width + x] }
        }
        return image
    }
}
