import CGD

/// An animated GIF built frame by frame with libgd's gdImageGifAnim*Ptr functions; every chunk
/// libgd returns is copied and freed with gdFree at once.
///
/// Frames are palette images with one shared palette (the GIF's global colour table); each
/// frame after the first is passed with its predecessor, so libgd stores only the rectangle
/// that changed.
struct GIFAnimation {
    private(set) var bytes: [UInt8] = []
    private var previous: GDImage?
    /// How many frames were added.
    private(set) var frameCount = 0

    /// Starts a GIF whose global colour table is the palette of `first`, looping forever.
    init(palette first: GDImage) throws(ChartError) {
        var size: Int32 = 0
        let raw = gdImageGifAnimBeginPtr(first.pointer, &size, 1, 0)
        bytes = try GDImage.take(raw, size: size, format: "GIF")
    }

    /// Adds a frame shown for `delay` hundredths of a second.
    mutating func add(_ frame: GDImage, delay: Int) throws(ChartError) {
        var size: Int32 = 0
        let delay = Int32(clamping: delay)
        var raw = gdImageGifAnimAddPtr(frame.pointer, &size, 0, 0, 0, delay, Int32(gdDisposalNone), previous?.pointer)
        if size == 0 {
            // A frame identical to the previous one has no changed rectangle; libgd then writes
            // nothing, so add it whole.
            if let raw { gdFree(raw) }
            raw = gdImageGifAnimAddPtr(frame.pointer, &size, 0, 0, 0, delay, Int32(gdDisposalNone), nil)
        }
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
}
