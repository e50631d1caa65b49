import Charts
import Foundation

/// A comparison chart as the site stores it: below images/, or inlined as a data URI.
struct ComparisonChartFile: Sendable {
    let chart: ComparisonChart

    /// The path from the site's root.
    var path: String { "images/" + chart.fileName }
    /// The image as a data URI, for the single file.
    var dataURI: String { "data:image/png;base64," + Data(chart.bytes).base64EncodedString() }
}
