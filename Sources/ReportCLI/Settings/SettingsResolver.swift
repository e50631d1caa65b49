import Formats
import Foundation
import Training

/// Resolves the settings of a run from `SettingsTable`: for each setting in table order, the flag
/// wins over the config file, the config file over the default; then the hyperparameters are
/// checked against the data, an error pointing at where the offending value came from. Every
/// error is a `ReportError` from here on.
enum SettingsResolver {
    static func resolve(_ parsed: ParsedArguments) throws(ReportError) -> ReportSettings {
        let configured = try configuration(parsed)
        var (run, sources) = try read(parsed, configured)
        try validate(run, sources)
        finish(&run, parsed)
        return run
    }

    /// The config file's values by key, and the file's path; empty without `--config`.
    static func configuration(_ parsed: ParsedArguments) throws(ReportError) -> (
        values: [String: GivenValue], file: String?
    ) {
        guard let path = parsed.value("config") else { return ([:], nil) }
        do {
            return (try ConfigFile.load(path), path)
        } catch {
            throw .config(error)
        }
    }

    /// Reads every setting in table order. A run of a comparison passes its own `values` (by
    /// flag), which win over the flags; `datasets` shares the data the runs have in common.
    static func read(
        _ parsed: ParsedArguments, _ configured: (values: [String: GivenValue], file: String?),
        values: [String: GivenValue] = [:], datasets: DatasetCache? = nil
    ) throws(ReportError) -> (ReportSettings, [TrainingSettings.Field: SettingSource]) {
        var run = ReportSettings(command: parsed.command)
        if let file = configured.file { run.inputFiles.append(file) }
        var sources: [TrainingSettings.Field: SettingSource] = [:]
        for setting in SettingsTable.all {
            guard let read = setting.read else { continue }
            let given: [GivenValue] =
                values[setting.flag].map { [$0] }
                ?? parsed.values(setting.flag).map { GivenValue(form: .text($0), source: .flag(setting.spelling)) }
                .nonEmpty ?? setting.key.flatMap { configured.values[$0] }.map { [$0] } ?? []
            // A config's runs or grid with another command would be ignored without a word.
            if let value = given.first, setting.commands == [.compare], parsed.command != .compare {
                throw .experiment(.needsCompare(setting: setting.key ?? setting.flag, place: value.source.description))
            }
            for value in given {
                if let field = setting.field { sources[field] = value.source }
                do {
                    if setting.flag == SettingsTable.dataset.flag, let datasets {
                        try datasets.read(value, into: &run, with: read)
                    } else {
                        try read(value, &run)
                    }
                } catch {
                    throw ReportError(error)
                }
            }
        }
        do {
            try run.network.apply(to: &run.training, features: run.dataset.featureCount, sources: sources)
        } catch {
            throw .usage(error)
        }
        if let source = run.network.hiddenSource { sources[.hidden] = source }
        return (run, sources)
    }

    /// Checks the hyperparameters against the data, the error said with where the value came from.
    static func validate(_ run: ReportSettings, _ sources: [TrainingSettings.Field: SettingSource]) throws(ReportError)
    {
        do {
            try run.training.validate(for: run.dataset)
        } catch {
            let setting = SettingsTable.all.first { $0.field == error.field }
            throw .training(source: sources[error.field] ?? .builtIn(setting?.flag ?? ""), error)
        }
    }

    /// The defaults that depend on other settings: the title from the data, the output from --single-file.
    static func finish(_ run: inout ReportSettings, _ parsed: ParsedArguments) {
        if run.title.isEmpty { run.title = defaultTitle(run.dataset, hidden: run.network.hidden) }
        if parsed.value("output") == nil { run.output = run.singleFile ? "output/report.html" : "output" }
    }

    /// "Training a sigmoid neuron on the AND gate", "Training a 2-2-1 network on the XOR gate" and the like.
    static func defaultTitle(_ dataset: Dataset, hidden: [Int] = []) -> String {
        let gate = LogicGate.allCases.first { $0.title == dataset.name }
        let network =
            hidden.isEmpty
            ? "a sigmoid neuron"
            : "a " + ([dataset.featureCount] + hidden + [1]).map(String.init).joined(separator: "-")
                + " network"
        return gate.map { "Training \(network) on the \($0.title)" } ?? "Training \(network) on \(dataset.name)"
    }
}

extension Array {
    /// The array, or nil when it is empty.
    fileprivate var nonEmpty: Self? { isEmpty ? nil : self }
}
