/// One image of the comparison charts, with what it shows.
public struct ComparisonChart: Sendable {
    /// How the runs are drawn.
    public enum Kind: Sendable, Equatable {
        /// Every run a line of its own colour, with a legend (at most `ComparisonCharts.overlaidRuns`).
        case overlay
        /// The band from the lowest to the highest value of all runs, their median and the best run.
        case band
        /// A small panel per run for runs `first`…`last` (0-based), each on the band of all runs.
        case multiples(first: Int, last: Int)
    }

    /// The quantity drawn.
    public let quantity: ComparedQuantity
    /// How the runs are drawn.
    public let kind: Kind
    /// The file name in the site's images folder, such as "compare-loss.png".
    public let fileName: String
    /// The title drawn at the top.
    public let title: String
    /// The display size in CSS pixels (the PNG is drawn at twice this).
    public let cssWidth: Int, cssHeight: Int
    /// The smallest text at the display size, in CSS pixels.
    public let smallestTextPixels: Double
    /// The iterations grouped per traced point (1: every iteration is drawn).
    public let bucket: Int
    /// The smallest and largest finite value drawn, over all runs (nil when none is finite).
    public let minimum: Double?, maximum: Double?
    /// The PNG bytes.
    public let bytes: [UInt8]
}
