import Charts
import Training

/// One run of a comparison as the comparison pages need it, kept after the run's log is
/// released: its name and settings, its outcome, its predictions' timeline and its trace.
public struct ComparedRun: Sendable {
    /// The run's name, which is also its folder below `runs/`.
    public let name: String
    /// The title of the run's own report.
    public let title: String
    /// The run's settings as its report shows them.
    public let settings: [RunSetting]
    /// The data it was trained on (shared, not copied, between runs on the same data).
    public let dataset: Dataset
    /// The outcome: convergence, divergence, final parameters and accuracy.
    public let summary: TrainingSummary
    /// The losses of the last logged iteration's forward pass (NaN when none was logged).
    public let lastMSE: Double, lastBCE: Double
    /// The predictions at every iteration, as changes.
    public let timeline: PredictionTimeline
    /// The quantities the charts draw.
    public let trace: RunTrace

    /// What a comparison keeps of `log`.
    public init(name: String, title: String, settings: [RunSetting], log: TrainingLog, trace: RunTrace) {
        self.name = name
        self.title = title
        self.settings = settings
        dataset = log.dataset
        summary = log.summary
        lastMSE = log.count > 0 ? log.mse(log.count) : .nan
        lastBCE = log.count > 0 ? log.bce(log.count) : .nan
        timeline = PredictionTimeline(log)
        self.trace = trace
    }

    /// The folder of the run's report, from the comparison's root: "runs/<name>/".
    public var folder: String { Self.folder(of: name) }

    /// The folder of the run named `name`.
    public static func folder(of name: String) -> String { "runs/\(name)/" }

    /// The setting shown under `key`, if the run's report shows it.
    func setting(_ key: String) -> RunSetting? { settings.first { $0.key == key } }
}
