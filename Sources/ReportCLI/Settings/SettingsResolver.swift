import Formats
import Foundation
import Training

/// Resolves the settings of a run from `SettingsTable`: for each setting in table order, the flag
/// wins over the config file, the config file over the default; then the hyperparameters are
/// checked against the data, an error pointing at where the offending value came from. Every
/// error is a `ReportError` from here on.
enum SettingsResolver {
    static func resolve(_ parsed: ParsedArguments) throws(ReportError) -> ReportSettings {
        var run = ReportSettings(command: parsed.command)
        var configured: [String: GivenValue] = [:]
        if let path = parsed.value("config") {
            do {
                configured = try ConfigFile.load(path)
            } catch {
                throw .config(error)
            }
            run.inputFiles.append(path)
        }
        var sources: [TrainingSettings.Field: SettingSource] = [:]
        for setting in SettingsTable.all {
            guard let read = setting.read else { continue }
            let given =
                parsed.value(setting.flag).map { GivenValue(form: .text($0), source: .flag(setting.spelling)) }
                ?? setting.key.flatMap { configured[$0] }
            guard let given else { continue }
            if let field = setting.field { sources[field] = given.source }
            do {
                try read(given, &run)
            } catch {
                throw ReportError(error)
            }
        }
        do {
            try run.training.validate(for: run.dataset)
        } catch {
            let setting = SettingsTable.all.first { $0.field == error.field }
            throw .training(source: sources[error.field] ?? .builtIn(setting?.flag ?? ""), error)
        }
        if run.title.isEmpty { run.title = defaultTitle(run.dataset) }
        if parsed.value("output") == nil { run.output = run.singleFile ? "output/report.html" : "output" }
        return run
    }

    /// "Training a sigmoid neuron on the AND gate" and the like.
    static func defaultTitle(_ dataset: Dataset) -> String {
        let gate = LogicGate.allCases.first { $0.title == dataset.name }
        return gate.map { "Training a sigmoid neuron on the \($0.title)" }
            ?? "Training a sigmoid neuron on \(dataset.name)"
    }
}
