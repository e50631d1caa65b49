/// What a line chart shows: series over a shared integer x (iterations), with titles and markers.
struct LineChart: Sendable {
    /// The title drawn at the top.
    var title: String
    /// The x axis title.
    var xTitle: String
    /// The y axis title (drawn rotated).
    var yTitle: String
    /// The series; value i of every series lies at x = firstX + i.
    var series: [LineSeries]
    /// x of the first value.
    var firstX = 0
    /// Vertical lines at chosen x, labelled (convergence, divergence).
    var markers: [ChartMarker] = []
    /// Draw as a step function (the value holds until the next x) rather than straight segments.
    var steps = false
    /// Only whole-number ticks on the y axis (counts).
    var integerY = false
    /// The values cannot be negative, so a widened y range stops at 0.
    var nonNegativeY = false
    /// The y axis always shows 0 (counts and losses, whose size matters).
    var includesZeroY = false
    /// When set, a second panel shows x from the start to this value, enlarged.
    var zoomUpTo: Int?
    /// One legend entry that stands for all series, when there are too many to list.
    var legendSummary: String?
    /// Dashed horizontal lines at chosen y (a threshold), each with a legend entry.
    var referenceLines: [ReferenceLine] = []
    /// Series that share a name share one legend entry (many samples, coloured by label), and
    /// the legend is shown even for one series.
    var groupsLegendByName = false
    /// The displayed width in CSS pixels; the image is `ChartTheme.scale` times larger.
    var cssWidth = 800
    /// The displayed height in CSS pixels.
    var cssHeight = 450
}
