import CGD

/// Text in libgd's built-in 8×16 bitmap font, the fallback when no scalable font exists.
///
/// The glyphs are drawn at 1× into a small palette image and copied as blocks of
/// `scale(for:)` pixels, so that the text is as tall as the TrueType text it replaces.
enum BitmapText {
    /// How many image pixels one font pixel becomes for `style`.
    static func scale(for style: TextStyle) -> Int {
        max(1, Int((style.size / 13).rounded()))
    }

    /// `text` reduced to what the bitmap font can show: ASCII, with look-alikes for common signs.
    static func ascii(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                bytes.append(UInt8(scalar.value))
            } else {
                bytes.append(contentsOf: (replacements[scalar] ?? "?").utf8)
            }
        }
        return bytes
    }

    private static let replacements: [Unicode.Scalar: String] = [
        "−": "-", "×": "x", "·": "*", "…": "...", "≈": "~", "σ": "sigma", "ŷ": "y^", "Σ": "sum",
        "→": "->", "≥": ">=", "≤": "<=", "∞": "inf", "α": "alpha", "–": "-", "—": "-", "’": "'",
    ]

    /// Draws `text` with its baseline at `baseline`; vertical text reads upwards from there.
    static func draw(
        _ text: String, _ style: TextStyle, on image: GDImage, left: Double, baseline: Double, vertical: Bool
    ) throws(ChartError) {
        var bytes = ascii(text) + [0]
        let length = bytes.count - 1
        guard length > 0, let font = gdFontGetLarge() else { return }
        let glyphWidth = Int(font.pointee.w)
        let glyphHeight = Int(font.pointee.h)
        let (width, height) = vertical ? (glyphHeight, length * glyphWidth) : (length * glyphWidth, glyphHeight)
        let scratch = try GDImage(width: width, height: height, palette: true)
        // The first colour allocated is the background of a palette image.
        gdImageColorAllocate(scratch.pointer, 255, 255, 255)
        let ink = gdImageColorAllocate(scratch.pointer, 0, 0, 0)
        bytes.withUnsafeMutableBufferPointer { buffer in
            if vertical {
                gdImageStringUp(scratch.pointer, font, 0, Int32(height - 1), buffer.baseAddress, ink)
            } else {
                gdImageString(scratch.pointer, font, 0, 0, buffer.baseAddress, ink)
            }
        }
        let scale = scale(for: style)
        // The cell's baseline lies 12 of its 16 rows down.
        let baselineInCell = 12 * scale
        let originX = vertical ? Int(left.rounded()) - baselineInCell : Int(left.rounded())
        let originY = vertical ? Int(baseline.rounded()) - height * scale : Int(baseline.rounded()) - baselineInCell
        for y in 0..<height {
            for x in 0..<width where gdImageGetPixel(scratch.pointer, Int32(x), Int32(y)) == ink {
                let px = originX + x * scale
                let py = originY + y * scale
                image.fillRectangle(x0: px, y0: py, x1: px + scale - 1, y1: py + scale - 1, style.colour)
            }
        }
    }
}
