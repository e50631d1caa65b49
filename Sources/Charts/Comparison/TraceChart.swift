/// What an overlay or band chart shows: lines of traced series over shared axes, an optional
/// band behind them, a legend.
struct TraceChart {
    /// One line: its series, colour and width in drawn pixels.
    struct Line {
        let series: TracedSeries
        let colour: RGB
        let thickness: Double
    }

    var title: String
    var yTitle: String
    var xTitle = "iteration"
    /// The lines, drawn in order (later lines on top).
    var lines: [Line]
    /// The band drawn behind the lines, if any.
    var band: TraceBand?
    /// The legend's entries.
    var legend: [Legend.Entry]
    /// The quantity's drawing rules (steps, whole-number ticks, the range from 0).
    var quantity: ComparedQuantity
    /// The x range: iteration 0 (or 1) to the longest run's last.
    var lastX: Int
    /// The smallest and largest finite value to show.
    var minimum: Double?, maximum: Double?
    var cssWidth = 800
    var cssHeight = 450
}
