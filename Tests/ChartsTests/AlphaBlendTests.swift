import Testing

@testable import Charts

@Suite("alpha blending: the opaque destination's shortcut")
struct AlphaBlendTests {
    /// libgd's gdAlphaBlend written out, without the shortcut for an opaque destination.
    static func reference(_ destination: Int32, _ source: Int32) -> Int32 {
        let sourceAlpha = (source >> 24) & 0x7F
        if sourceAlpha == 0 { return source }
        let destinationAlpha = (destination >> 24) & 0x7F
        if sourceAlpha == 127 { return destination }
        if destinationAlpha == 127 { return source }
        let sourceWeight = 127 - sourceAlpha
        let destinationWeight = (127 - destinationAlpha) * sourceAlpha / 127
        let total = sourceWeight + destinationWeight
        let alpha = sourceAlpha * destinationAlpha / 127
        func channel(_ shift: Int32) -> Int32 {
            (((source >> shift) & 0xFF) * sourceWeight + ((destination >> shift) & 0xFF) * destinationWeight) / total
        }
        return (alpha << 24) + (channel(16) << 16) + (channel(8) << 8) + channel(0)
    }

    @Test("every source alpha over opaque and translucent destinations blends as libgd does")
    func blend() {
        let channels: [Int32] = [0, 1, 2, 63, 127, 128, 200, 254, 255]
        for sourceAlpha in Int32(0)...127 {
            for destinationAlpha: Int32 in [0, 1, 64, 126, 127] {
                for red in channels {
                    for other in channels {
                        let source = sourceAlpha << 24 | red << 16 | other << 8 | (255 - red)
                        let destination = destinationAlpha << 24 | other << 16 | red << 8 | (255 - other)
                        #expect(GDImage.alphaBlend(destination, source) == Self.reference(destination, source))
                    }
                }
            }
        }
    }

    @Test("a glyph's 256 gray levels scale to libgd's 0…127 as its integer division does")
    func levels() {
        let coverage = (0...255).map { UInt8($0) }
        let bitmap = coverage.withUnsafeBufferPointer {
            GlyphBitmap(width: 256, rows: 1, pitch: 256, left: 0, top: 0, grays: 256, coverage: $0)
        }
        for column in 0...255 { #expect(Int(bitmap.levels[column]) == column * 127 / 255) }
    }

    @Test("a one-bit glyph's pixels are fully on or off, high bit first, each row from its pitch")
    func oneBitLevels() {
        // Two rows of 10 pixels, 2 bytes a row: 1010000011 and 0000000001.
        let coverage: [UInt8] = [0b1010_0000, 0b1100_0000, 0, 0b0100_0000]
        let bitmap = coverage.withUnsafeBufferPointer {
            GlyphBitmap(width: 10, rows: 2, pitch: 2, left: 0, top: 0, grays: 0, coverage: $0)
        }
        #expect(bitmap.levels[0..<10] == [127, 0, 127, 0, 0, 0, 0, 0, 127, 127])
        #expect(bitmap.levels[10..<20] == [0, 0, 0, 0, 0, 0, 0, 0, 0, 127])
        #expect(bitmap.levels.count == 20)
    }

    @Test("a bitmap with fewer coverage bytes than its rows need is blank, not read past its end")
    func shortCoverage() {
        let coverage: [UInt8] = [255, 255, 255]
        let bitmap = coverage.withUnsafeBufferPointer {
            GlyphBitmap(width: 2, rows: 2, pitch: 2, left: 0, top: 0, grays: 256, coverage: $0)
        }
        #expect(bitmap.levels == [0, 0, 0, 0])
    }
}
