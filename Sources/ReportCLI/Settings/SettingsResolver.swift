import Formats
import Foundation
import Training

/// Resolves the settings of a run from `SettingsTable`: for each setting in table order, the flag
/// wins over the config file, the config file over the default; then the hyperparameters are
/// checked against the data, an error pointing at where the offending value came from.
enum SettingsResolver {
    static func resolve(_ parsed: ParsedArguments) throws(ReportError) -> ReportSettings {
        do {
            return try resolveThrowingAny(parsed)
        } catch let error as ReportError {
            throw error
        } catch let error as UsageError {
            throw .usage(error)
        } catch {
            // Every reader throws one of the two above; a new reader that does not is a usage error too.
            throw .usage(.invalidValue(setting: "the command line", value: "", reason: "\(error)"))
        }
    }

    private static func resolveThrowingAny(_ parsed: ParsedArguments) throws -> ReportSettings {
        var run = ReportSettings(command: parsed.command)
        var configured: [String: GivenValue] = [:]
        if let path = parsed.value("config") {
            configured = try ConfigFile.load(path)
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
            try read(given, &run)
        }
        do {
            try run.training.validate(for: run.dataset)
        } catch {
            let source =
                sources[error.field] ?? .builtIn(SettingsTable.all.first { $0.field == error.field }?.flag ?? "")
            throw ReportError.training(source: source, error)
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
