/// A labelled vertical line across the plot at one x.
struct ChartMarker: Sendable, Equatable {
    /// Where the line is drawn.
    var x: Int
    /// The label beside it ("all right from iteration 26").
    var label: String
    /// Dashed (an event) or solid (an end, such as divergence).
    var dashed: Bool
}
