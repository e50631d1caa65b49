import CGD

// Drawing a laid-out line onto a truecolor image the way gdft_draw_bitmap does: each glyph's
// coverage becomes a libgd alpha, blended over the pixel unless that pixel is transparent,
// inside the clip rectangle.
extension GDImage {
    /// Draws `run` with its origin (the baseline's start) at (x, y) in `rgb`.
    ///
    /// - Precondition: the image is truecolor.
    func draw(_ run: GlyphRun, x: Int, y: Int, _ rgb: RGB) {
        guard let rows = pointer.pointee.tpixels else { return }
        let image = pointer.pointee
        let ink = Int32(bitPattern: rgb.hex)
        let blending = image.alphaBlendingFlag != 0
        let over = InkOverOpaque(ink)
        // The last opaque pixel blended at each level and its result: glyphs are mostly drawn on
        // a plain background, where the same pixel meets the same level again and again.
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 128) { memo in
            // No opaque pixel has all high bits set: this entry matches none.
            memo.initialize(repeating: .max)
            for glyph in run.glyphs {
                let bitmap = glyph.bitmap
                let origin = run.origin(of: glyph, x: x, y: y)
                // The glyph's columns and rows inside the clip rectangle.
                let first = max(0, Int(image.cx1) - origin.x), last = min(bitmap.width, Int(image.cx2) - origin.x + 1)
                let top = max(0, Int(image.cy1) - origin.y), bottom = min(bitmap.rows, Int(image.cy2) - origin.y + 1)
                guard first < last, top < bottom else { continue }
                bitmap.levels.withUnsafeBufferPointer { levels in
                    guard let levels = levels.baseAddress else { return }
                    for row in top..<bottom {
                        guard let line = rows[origin.y + row] else { continue }
                        let coverage = levels + row * bitmap.width
                        for column in first..<last {
                            let level = Int32(coverage[column])
                            guard level != 0 else { continue }
                            let px = origin.x + column
                            // Full coverage is the ink itself, blended or not (gdAlphaBlend returns
                            // an opaque source as it is).
                            guard level != 127 else {
                                line[px] = ink
                                continue
                            }
                            let old = line[px]
                            let oldAlpha = (old >> 24) & 0x7F
                            if !blending || oldAlpha == 127 {
                                line[px] = ((127 - level) << 24) + ink
                            } else if oldAlpha == 0 {
                                let known = memo[Int(level)], key = UInt64(UInt32(bitPattern: old)) << 32
                                if known & 0xFFFF_FFFF_0000_0000 == key {
                                    line[px] = Int32(truncatingIfNeeded: known)
                                } else {
                                    let blended = over.blend(level, old)
                                    memo[Int(level)] = key | UInt64(UInt32(bitPattern: blended))
                                    line[px] = blended
                                }
                            } else {
                                line[px] = Self.alphaBlend(old, ((127 - level) << 24) + ink)
                            }
                        }
                    }
                }
            }
        }
    }

    /// libgd's gdAlphaBlend: `source` over `destination`, both truecolor values with libgd's
    /// 7-bit alpha (0 opaque … 127 transparent), in its integer arithmetic.
    @inline(__always)
    static func alphaBlend(_ destination: Int32, _ source: Int32) -> Int32 {
        let sourceAlpha = (source >> 24) & 0x7F
        if sourceAlpha == 0 { return source }
        let destinationAlpha = (destination >> 24) & 0x7F
        if sourceAlpha == 127 { return destination }
        if destinationAlpha == 127 { return source }
        if destinationAlpha == 0 {
            // An opaque destination (nearly every pixel of a chart): the weights below become
            // 127 − sourceAlpha and sourceAlpha, their total 127 and the alpha 0, so each
            // channel divides by a constant, a multiplication, instead of three divisions.
            let sourceWeight = 127 - sourceAlpha
            func channel(_ shift: Int32) -> Int32 {
                (((source >> shift) & 0xFF) * sourceWeight + ((destination >> shift) & 0xFF) * sourceAlpha) / 127
            }
            return (channel(16) << 16) + (channel(8) << 8) + channel(0)
        }
        let sourceWeight = 127 - sourceAlpha
        let destinationWeight = (127 - destinationAlpha) * sourceAlpha / 127
        let total = sourceWeight + destinationWeight
        let alpha = sourceAlpha * destinationAlpha / 127
        func channel(_ shift: Int32) -> Int32 {
            (((source >> shift) & 0xFF) * sourceWeight + ((destination >> shift) & 0xFF) * destinationWeight) / total
        }
        return (alpha << 24) + (channel(16) << 16) + (channel(8) << 8) + channel(0)
    }
}
