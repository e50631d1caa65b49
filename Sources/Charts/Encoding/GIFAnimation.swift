import CGD
import Foundation

/// An animated GIF built frame by frame: libgd writes its header and trailer
/// (gdImageGifAnimBeginPtr, gdImageGifAnimEndPtr); each frame is the rectangle that changed
/// since the frame before, its unchanged pixels transparent, LZW-encoded by nnreport as libgd
/// would (libgd compares and reads every pixel one gdImageGetPixel call at a time).
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
        let changed = previous.flatMap { Self.changedRectangle(from: $0, to: frame) }
        bytes += Self.frame(
            frame, columns: changed?.columns ?? whole.columns, rows: changed?.rows ?? whole.rows, delay: delay,
            unchanged: changed == nil ? nil : previous)
        previous = frame
        frameCount += 1
    }

    /// The palette index that frames use for "as in the frame before": the first the palette
    /// leaves free in the GIF's colour table (of 2, 4, 8 … 256 entries), if any.
    static func transparentIndex(_ palette: [RGB]) -> Int? {
        palette.count < 1 << bitsPerPixel(palette) ? palette.count : nil
    }

    /// The bits of the GIF's colour table for `palette`: 1 for up to 2 colours, … 8 for up to 256
    /// (libgd's colorstobpp).
    static func bitsPerPixel(_ palette: [RGB]) -> Int {
        max(1, Int.bitWidth - (max(palette.count, 2) - 1).leadingZeroBitCount)
    }

    /// One frame: a graphic control extension (delay, disposal "none", and the transparent
    /// index when `unchanged` is given), the image descriptor of the rectangle (no local colour
    /// table), the initial code size and the LZW packets of its pixels. A pixel equal to the one
    /// at its place in `unchanged` is written as the transparent index, so that the frame before
    /// shows through: the same picture, and long runs of one index that LZW packs tightly.
    static func frame(
        _ frame: IndexedImage, columns: Range<Int>, rows: Range<Int>, delay: Int, unchanged: IndexedImage? = nil
    ) -> [UInt8] {
        func word(_ value: Int) -> [UInt8] {
            [UInt8(truncatingIfNeeded: value), UInt8(truncatingIfNeeded: value >> 8)]
        }
        let transparent = unchanged == nil ? nil : transparentIndex(frame.palette)
        let delay = min(max(delay, 0), 0xFFFF)
        var out: [UInt8] = [0x21, 0xF9, 4, UInt8(gdDisposalNone) << 2 | (transparent == nil ? 0 : 1)] + word(delay)
        out += [UInt8(truncatingIfNeeded: transparent ?? 0xFF), 0]
        out += [0x2C] + word(columns.lowerBound) + word(rows.lowerBound) + word(columns.count) + word(rows.count)
        out.append(0)
        let codeSize = max(bitsPerPixel(frame.palette), 2)
        out.append(UInt8(codeSize))
        let (width, count) = (columns.count, columns.count * rows.count)
        let marked = transparent.map { UInt8(truncatingIfNeeded: $0) }
        let before = unchanged?.pixels ?? []
        let pixels = [UInt8](unsafeUninitializedCapacity: count) { target, written in
            frame.pixels.withUnsafeBufferPointer { all in
                before.withUnsafeBufferPointer { before in
                    guard let to = target.baseAddress, let from = all.baseAddress else { return }
                    for (row, y) in rows.enumerated() {
                        let source = from + y * frame.width + columns.lowerBound
                        let line = to + row * width
                        guard let marked, let old = before.baseAddress else {
                            line.initialize(from: source, count: width)
                            continue
                        }
                        let earlier = old + y * frame.width + columns.lowerBound
                        for x in 0..<width { line[x] = source[x] == earlier[x] ? marked : source[x] }
                    }
                }
            }
            written = count
        }
        pixels.withUnsafeBufferPointer { LZWEncoder.encode($0, minimumBits: codeSize, into: &out) }
        out.append(0)
        return out
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
        let (width, height) = (frame.width, frame.height)
        guard before.width == width, before.height == height, before.pixels.count >= width * height,
            frame.pixels.count >= width * height
        else { return nil }
        var rows: Range<Int>?
        var columns = (low: width, high: -1)
        before.pixels.withUnsafeBufferPointer { old in
            frame.pixels.withUnsafeBufferPointer { new in
                guard let oldBase = old.baseAddress, let newBase = new.baseAddress else { return }
                for y in 0..<height {
                    let (a, b) = (oldBase + y * width, newBase + y * width)
                    guard memcmp(a, b, width) != 0 else { continue }
                    // Only columns outside those already found can widen the rectangle.
                    columns.low = ByteScan.firstDifference(a, b, below: columns.low)
                    columns.high = ByteScan.lastDifference(a, b, from: columns.high + 1, to: width)
                    rows = (rows?.lowerBound ?? y)..<(y + 1)
                }
            }
        }
        guard let rows else { return nil }
        return (columns.low..<(columns.high + 1), rows)
    }
}
