import Synchronization
import Training

/// The data the runs of a comparison read, kept once: a thousand runs of one CSV file read it
/// once and share one copy of its values.
final class DatasetCache: Sendable {
    /// What reading a dataset setting left in the run.
    private struct Loaded: Sendable {
        let dataset: Dataset
        let label: String
        let training: TrainingSettings
        let inputFiles: [String]
    }

    private let loaded = Mutex<[String: Loaded]>([:])

    /// Reads `given` into `run` with the setting's `read`, or from the copy kept when the same
    /// value (the same text at the same place) was read before.
    func read(
        _ given: GivenValue, into run: inout ReportSettings,
        with read: (GivenValue, inout ReportSettings) throws(SettingError) -> Void
    ) throws(SettingError) {
        let key = Self.key(given)
        if let known = loaded.withLock({ $0[key] }) {
            run.dataset = known.dataset
            run.datasetLabel = known.label
            run.training = known.training
            run.inputFiles += known.inputFiles.filter { !run.inputFiles.contains($0) }
            return
        }
        let filesBefore = run.inputFiles
        try read(given, &run)
        let entry = Loaded(
            dataset: run.dataset, label: run.datasetLabel, training: run.training,
            inputFiles: run.inputFiles.filter { !filesBefore.contains($0) })
        loaded.withLock { $0[key] = entry }
    }

    /// Where a value was given and what it says: the same key means the same data.
    private static func key(_ given: GivenValue) -> String {
        switch given.form {
        case .text(let text): "\(given.source)\u{0}\(text)\u{0}\(given.configFile ?? "")"
        case .json(let node): "\(node.file)\u{0}\(node.path)"
        }
    }
}
