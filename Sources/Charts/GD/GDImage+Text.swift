import CGD

// Text in the font files of a `Typeface`, laid out and rendered with FreeType as libgd's
// gdImageStringFTEx would (`GlyphRuns`), or in libgd's bitmap font when no scalable font was found.
extension GDImage {
    /// libgd's text size unit: points at 96 dpi, so one point is 4/3 of a drawn pixel.
    static func points(_ style: TextStyle) -> Double { style.size * 0.75 }

    /// The width `text` takes in `style`, in pixels.
    static func textWidth(_ text: String, _ style: TextStyle, _ typeface: Typeface) throws(ChartError) -> Double {
        switch typeface {
        case .trueType(let regular, let bold):
            let run = try GlyphRuns.shared.run(
                text, font: style.bold ? bold : regular, ptsize: points(style), angle: 0)
            return Double(run.width)
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
            try drawRun(text, style, font: style.bold ? bold : regular, angle: 0, x: left, y: baseline)
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
            try drawRun(
                text, style, font: style.bold ? bold : regular, angle: Double.pi / 2, x: baselineX,
                y: centerY + width / 2)
        case .builtin:
            try BitmapText.draw(text, style, on: self, left: baselineX, baseline: centerY + width / 2, vertical: true)
        }
    }

    /// Draws `text` from the pixel nearest (x, y), as gdImageStringFTEx would place it.
    private func drawRun(_ text: String, _ style: TextStyle, font: String, angle: Double, x: Double, y: Double)
        throws(ChartError)
    {
        let run = try GlyphRuns.shared.run(text, font: font, ptsize: Self.points(style), angle: angle)
        draw(run, x: Int(Self.clamp(x)), y: Int(Self.clamp(y)), style.colour)
    }
}
