/// A dashed horizontal line across the plot at one y, named in the legend (a threshold).
struct ReferenceLine: Sendable, Equatable {
    /// Where the line is drawn; the y axis always shows it.
    var y: Double
    /// The legend label ("threshold T = 0.5").
    var label: String
}
