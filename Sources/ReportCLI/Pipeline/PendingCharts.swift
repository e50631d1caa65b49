import Charts
import Training

/// A run's charts being drawn on other threads while the site's exports and history pages are
/// written: the site needs the charts only for the images and the walkthrough, its last files.
final class PendingCharts: Sendable {
    private let drawing: BackgroundWork<Result<(charts: [RenderedChart], favicon: [UInt8]), any Error>>

    /// Starts drawing every chart of `log` (those comparing the rules with `otherRule`).
    init(_ log: TrainingLog, otherRule: TrainingSummary) {
        drawing = BackgroundWork { Result { try RunStages.charts(log, otherRule: otherRule) } }
    }

    /// The charts and the site's icon, once drawn; rethrows the drawing's error.
    func wait() throws -> (charts: [RenderedChart], favicon: [UInt8]) {
        try drawing.wait().get()
    }
}
