import Charts
import Dispatch
import Training

/// A run's charts being drawn on other threads while the site's exports and history pages are
/// written: the site needs the charts only for the images and the walkthrough, its last files.
final class PendingCharts: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written once by the drawing thread before `done` is signalled, read after waiting for it.
    private var outcome: Result<(charts: [RenderedChart], favicon: [UInt8]), any Error> = .failure(CancellationError())
    // Touched only by the thread that waits.
    private var waited = false

    /// Starts drawing every chart of `log` (those comparing the rules with `otherRule`).
    init(_ log: TrainingLog, otherRule: TrainingSummary) {
        DispatchQueue.global().async {
            self.outcome = Result { try RunStages.charts(log, otherRule: otherRule) }
            self.done.signal()
        }
    }

    /// The charts and the site's icon, once drawn; rethrows the drawing's error.
    func wait() throws -> (charts: [RenderedChart], favicon: [UInt8]) {
        if !waited {
            done.wait()
            waited = true
        }
        return try outcome.get()
    }
}
