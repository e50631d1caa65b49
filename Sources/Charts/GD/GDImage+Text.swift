import CGD

// Text through FreeType (gdImageStringFTEx) with the font files of a `Typeface`, or through
// libgd's bitmap font when no scalable font was found.
extension GDImage {
    /// The width `text` takes in `style`, in pixels.
    static func textWidth(_ text: String, _ style: TextStyle, _ typeface: Typeface) throws(ChartError) -> Double {
        switch typeface {
        case .trueType(let regular, let bold):
            let font = style.bold ? bold : regular
            let key = TextWidths.Key(text: text, font: font, size: style.size)
            if let known = TextWidths.shared.width(of: key) { return known }
            var box = [Int32](repeating: 0, count: 8)
            try freeType(nil, &box, colour: 0, font: font, size: style.size, angle: 0, x: 0, y: 0, text: text)
            let width = Double(box[2] - box[0])
            TextWidths.shared.remember(width, for: key)
            return width
        case .builtin:
            return Double(BitmapText.ascii(text).count * 8 * BitmapText.scale(for: style))
        }
    }

    /// Draws one line of text with its baseline at `baseline`, aligned at `x`.
    func drawText(
        _ text: String, _ style: TextStyle, _ typeface: Typeface, x: Double, baseline: Double,
        align: TextAlignment = .left
    ) throws(ChartError) {
        noteTextSize(style.size)
        let left: Double
        switch align {
        case .left: left = x
        case .center: left = x - (try Self.textWidth(text, style, typeface)) / 2
        case .right: left = x - (try Self.textWidth(text, style, typeface))
        }
        switch typeface {
        case .trueType(let regular, let bold):
            var box = [Int32](repeating: 0, count: 8)
            try Self.freeType(
                pointer, &box, colour: colour(style.colour), font: style.bold ? bold : regular, size: style.size,
                angle: 0, x: left, y: baseline, text: text)
        case .builtin:
            try BitmapText.draw(text, style, on: self, left: left, baseline: baseline, vertical: false)
        }
    }

    /// Draws text rotated to read from bottom to top, centred on `centerY`, with its baseline
    /// at `baselineX` (the glyphs extend to the left of it).
    func drawVerticalText(
        _ text: String, _ style: TextStyle, _ typeface: Typeface, baselineX: Double, centerY: Double
    ) throws(ChartError) {
        noteTextSize(style.size)
        let width = try Self.textWidth(text, style, typeface)
        switch typeface {
        case .trueType(let regular, let bold):
            var box = [Int32](repeating: 0, count: 8)
            try Self.freeType(
                pointer, &box, colour: colour(style.colour), font: style.bold ? bold : regular, size: style.size,
                angle: Double.pi / 2, x: baselineX, y: centerY + width / 2, text: text)
        case .builtin:
            try BitmapText.draw(text, style, on: self, left: baselineX, baseline: centerY + width / 2, vertical: true)
        }
    }

    /// Calls gdImageStringFTEx with a font file path (gdFTEX_FONTPATHNAME); `image` nil only measures.
    ///
    /// - Throws: `.textFailed` with libgd's message when it returns one.
    private static func freeType(
        _ image: gdImagePtr?, _ box: inout [Int32], colour: Int32, font: String, size: Double, angle: Double,
        x: Double, y: Double, text: String
    ) throws(ChartError) {
        _ = Typeface.fontCacheReady
        var extra = gdFTStringExtra()
        extra.flags = gdFTEX_FONTPATHNAME
        // gdImageStringFT takes points at 96 dpi: one point is 4/3 pixel.
        let error = gdImageStringFTEx(image, &box, colour, font, size * 0.75, angle, clamp(x), clamp(y), text, &extra)
        if let error { throw .textFailed(message: String(cString: error), text: text) }
    }
}
