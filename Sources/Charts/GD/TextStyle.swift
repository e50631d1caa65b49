/// How a piece of chart text looks: size in pixels of the drawn image, weight and colour.
struct TextStyle: Sendable, Equatable {
    /// The em size in pixels at the drawn (2×) scale.
    var size: Double
    /// Bold or regular.
    var bold = false
    /// The ink colour.
    var colour: RGB

    /// The height of capitals and digits above the baseline (DejaVu Sans: 0.73 em).
    var capHeight: Double { size * 0.73 }
    /// The depth of descenders below the baseline (DejaVu Sans: 0.24 em).
    var descent: Double { size * 0.24 }
    /// The distance between baselines of consecutive lines.
    var lineHeight: Double { size * 1.25 }
}

extension TextStyle {
    /// The same style `factor` times the size (charts drawn at other than 2×).
    func scaled(_ factor: Double) -> TextStyle {
        TextStyle(size: size * factor, bold: bold, colour: colour)
    }
}
