/// One line of a chart.
struct LineSeries: Sendable {
    /// The legend label.
    var name: String
    /// The values, one per x, read in place from the log where they come from it; NaN and ±∞
    /// break the line and are marked.
    var values: SeriesValues
    /// The line colour.
    var colour: RGB
    /// The line width in drawn pixels.
    var thickness = ChartTheme.lineThickness

    init(name: String, values: SeriesValues, colour: RGB, thickness: Int = ChartTheme.lineThickness) {
        self.name = name
        self.values = values
        self.colour = colour
        self.thickness = thickness
    }

    init(name: String, values: [Double], colour: RGB, thickness: Int = ChartTheme.lineThickness) {
        self.init(name: name, values: SeriesValues(values), colour: colour, thickness: thickness)
    }
}
