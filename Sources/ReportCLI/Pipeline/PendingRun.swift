import Training

/// A small run trained, and its charts started, on another thread while the templates are read
/// and the destination is opened: that work (about 1.3 ms for the default run) then overlaps the
/// drawing instead of preceding it. A run that may train for long, or that reads the user's
/// templates, is not started before its folder and templates are accepted (`startsEarly`), so
/// that a refusal costs it no training.
final class PendingRun: Sendable {
    /// The most values a run may log to be started early: 10⁴ iterations of the walkthrough's
    /// network (a few milliseconds of training).
    static let maximumValues = 1_000_000

    /// Whether `settings` start before the templates are read and the destination is accepted:
    /// a small run with the built-in templates. A folder of the user's templates may be refused
    /// (too large, a link, a template that does not parse), and a refusal then costs no training
    /// and no chart (a 100 MB template refused with 60 MB of memory, not the charts' beside it).
    static func startsEarly(_ settings: ReportSettings) -> Bool {
        isSmall(settings) && settings.templatesFolder == nil
    }

    /// Whether `settings` train briefly enough to start before the destination is accepted.
    static func isSmall(_ settings: ReportSettings) -> Bool {
        let perIteration = TrainingLog.valuesPerIteration(for: settings.dataset, hidden: settings.training.hiddenSizes)
        return settings.training.iterations <= maximumValues / max(perIteration, 1)
    }

    /// A run trained: its log, the other rule's summary, how long the training took, and its
    /// charts being drawn.
    typealias Trained = (log: TrainingLog, otherRule: TrainingSummary, nanoseconds: UInt64, charts: PendingCharts)

    private let training: BackgroundWork<Trained>

    /// Starts training `settings` (and the other rule beside it), then drawing the charts.
    init(_ settings: ReportSettings) {
        training = BackgroundWork { Self.train(settings) }
    }

    /// Trains `settings` on this thread, then starts drawing the charts on others.
    static func train(_ settings: ReportSettings) -> Trained {
        let started = Clock.now
        let (log, otherRule) = RunStages.train(settings)
        return (log, otherRule, Clock.now - started, PendingCharts(log, otherRule: otherRule))
    }

    /// The trained run, once trained.
    func trained() -> Trained { training.wait() }

    /// Waits until the charts are drawn, their outcome ignored: called when the report fails
    /// first, so that no thread is still drawing when the process exits.
    func finish() {
        _ = try? trained().charts.wait()
    }
}
