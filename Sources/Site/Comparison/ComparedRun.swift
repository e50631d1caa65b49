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
    /// The units of each hidden layer; empty for the walkthrough's single neuron.
    public let hiddenSizes: [Int]

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
        hiddenSizes = log.hiddenLayout.layers.map(\.units)
    }

    /// The network's layers as "2-2-1" (inputs, hidden units, the output).
    var shape: String { ([dataset.featureCount] + hiddenSizes + [1]).map(String.init).joined(separator: "-") }

    /// The folder of the run's report, from the comparison's root: "runs/<name>/".
    public var folder: String { Self.folder(of: name) }

    /// The folder of the run named `name`.
    public static func folder(of name: String) -> String { "runs/\(name)/" }

    /// The keys of the settings `runs` show, each once, in the order the first run to show it has
    /// them (a network with hidden layers shows its seed where the single neuron shows W and b).
    static func settingKeys(_ runs: [ComparedRun]) -> [String] {
        var keys: [String] = []
        for run in runs {
            for setting in run.settings where !keys.contains(setting.key) {
                let before = run.settings.prefix { $0.key != setting.key }.last { keys.contains($0.key) }
                let at = before.flatMap { b in keys.firstIndex(of: b.key).map { $0 + 1 } } ?? keys.count
                keys.insert(setting.key, at: at)
            }
        }
        return keys
    }

    /// The setting shown under `key`, if the run's report shows it.
    func setting(_ key: String) -> RunSetting? { settings.first { $0.key == key } }
}
