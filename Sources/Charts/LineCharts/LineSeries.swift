/// One line of a chart.
struct LineSeries: Sendable {
    /// The legend label.
    var name: String
    /// The values, one per x; NaN and ±∞ break the line and are marked.
    var values: [Double]
    /// The line colour.
    var colour: RGB
    /// The line width in drawn pixels.
    var thickness = ChartTheme.lineThickness
}
