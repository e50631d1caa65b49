import Foundation
import Training

/// Resolves the settings of a run: the flags win over the config file, the config file over the
/// defaults; then the dataset is loaded and the hyperparameters are checked against it.
enum SettingsResolver {
    static func resolve(_ parsed: ParsedArguments) throws(ReportError) -> ReportSettings {
        do {
            return try resolveThrowingUsage(parsed)
        } catch let error as ReportError {
            throw error
        } catch let error as UsageError {
            throw .usage(error)
        } catch {
            throw .usage(.invalidValue(setting: "the command line", value: "", reason: "\(error)"))
        }
    }

    private static func resolveThrowingUsage(_ parsed: ParsedArguments) throws -> ReportSettings {
        var config = ConfigSettings()
        var inputFiles: [String] = []
        if let path = parsed.value("config") {
            config = try ConfigFile.load(path)
            inputFiles.append(path)
        }
        func flag(_ long: String) -> (String, SettingSource)? {
            parsed.value(long).map { ($0, .flag("--\(long)")) }
        }

        let datasetChoice: Located<DatasetSource> =
            try flag("dataset").map { Located(value: try ValueParser.dataset($0.0, $0.1), source: $0.1) }
            ?? config.dataset ?? Located(value: .gate(.and), source: .builtIn("dataset"))
        let (dataset, label) = try load(datasetChoice)
        if case .csv(let path) = datasetChoice.value { inputFiles.append(path) }

        var training = TrainingSettings.defaults(for: dataset)
        var sources: [String: SettingSource] = [:]
        func pick<Value>(
            _ long: String, _ key: String, _ configured: Located<Value>?,
            _ read: (String, SettingSource) throws -> Value
        ) throws -> Value? {
            if let (text, source) = flag(long) {
                sources[key] = source
                return try read(text, source)
            }
            if let configured {
                sources[key] = configured.source
                return configured.value
            }
            sources[key] = .builtIn(long)
            return nil
        }
        if let weights = try pick("weights", "weights", config.weights, ValueParser.numberList) {
            training.initialWeights = weights
        }
        if let bias = try pick("bias", "bias", config.bias, ValueParser.number) { training.initialBias = bias }
        if let rate = try pick("learning-rate", "learningRate", config.learningRate, ValueParser.number) {
            training.learningRate = rate
        }
        if let count = try pick("iterations", "iterations", config.iterations, ValueParser.iterations) {
            training.iterations = count
        }
        if let rule = try pick("rule", "rule", config.rule, { try ValueParser.choice($0, $1, as: UpdateRule.self) }) {
            training.rule = rule
        }
        if let threshold = try pick("threshold", "threshold", config.threshold, ValueParser.number) {
            training.threshold = threshold
        }
        do {
            try training.validate(for: dataset)
        } catch {
            throw ReportError.training(source: sources[error.settingKey] ?? .builtIn(error.settingKey), error)
        }

        let title = try pick("title", "title", config.title, ValueParser.title)
        let baseURL = try pick("base-url", "baseURL", config.baseURL, ValueParser.baseURL)
        var settings = ReportSettings(
            dataset: dataset, datasetLabel: label, training: training,
            title: title ?? defaultTitle(dataset), output: "output")
        settings.command = parsed.command
        settings.baseURL = baseURL
        settings.singleFile = parsed.has("single-file")
        settings.output = parsed.value("output") ?? (settings.singleFile ? "output/report.html" : "output")
        settings.templatesFolder = parsed.value("templates")
        settings.force = parsed.has("force")
        settings.quiet = parsed.has("quiet")
        if let format = flag("format") {
            settings.logFormat = try ValueParser.choice(format.0, format.1, as: LogFormat.self)
        }
        settings.logFile = parsed.value("log")
        settings.inputFiles = inputFiles
        return settings
    }

    /// Loads the chosen data: a gate, a CSV file, or the config's inline arrays.
    private static func load(_ choice: Located<DatasetSource>) throws -> (Dataset, String) {
        switch choice.value {
        case .gate(let gate):
            return (gate.dataset, gate.rawValue)
        case .csv(let path):
            do {
                return (try Dataset.csv(contentsOf: path), path)
            } catch {
                throw ReportError.data(error)
            }
        case .inline(let dataset):
            return (dataset, "inline data")
        }
    }

    /// "Training a sigmoid neuron on the AND gate" and the like.
    static func defaultTitle(_ dataset: Dataset) -> String {
        let gate = LogicGate.allCases.first { $0.title == dataset.name }
        return gate.map { "Training a sigmoid neuron on the \($0.title)" }
            ?? "Training a sigmoid neuron on \(dataset.name)"
    }
}

extension TrainingSettingsError {
    /// The config key of the setting this error is about.
    var settingKey: String {
        switch self {
        case .weightCount, .nonFiniteWeight: "weights"
        case .nonFiniteBias: "bias"
        case .nonFiniteLearningRate: "learningRate"
        case .tooFewIterations, .tooManyIterations, .logTooLarge: "iterations"
        case .thresholdOutOfRange: "threshold"
        }
    }
}
