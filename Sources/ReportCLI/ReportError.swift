import Charts
import Formats
import Site
import Training

/// Every way a run can fail, rendered in one place with its exit code: 2 for bad usage
/// (command line, config file, setting values), 1 for a failed run (data, output, templates).
enum ReportError: Error, CustomStringConvertible {
    case usage(UsageError)
    case config(ConfigError)
    case data(DatasetFileError)
    case dataset(source: SettingSource, DatasetError)
    case training(source: SettingSource, TrainingSettingsError)
    case output(OutputError)
    case template(TemplateError)
    case chart(ChartError)
    /// The runs of `nnreport compare`, declared wrongly or invalid for one run.
    case experiment(ExperimentError)

    /// The report of a setting's error.
    init(_ error: SettingError) {
        switch error {
        case .usage(let error): self = .usage(error)
        case .config(let error): self = .config(error)
        case .data(let error): self = .data(error)
        case .dataset(let source, let error): self = .dataset(source: source, error)
        case .experiment(let error): self = .experiment(error)
        }
    }

    /// 2 for usage errors, 1 for run failures.
    var exitCode: Int32 {
        switch self {
        case .usage, .config, .training: 2
        // A run's own error keeps its code: a CSV file that cannot be read is a failed run in a comparison too.
        case .experiment(.inRun(_, let error)): error.exitCode
        case .experiment: 2
        case .dataset(let source, _): if case .config = source { 2 } else { 1 }
        case .data, .output, .template, .chart: 1
        }
    }

    var description: String {
        switch self {
        case .usage(let error): "\(error)"
        case .config(let error): "\(error)"
        case .data(let error): "\(error)"
        case .dataset(let source, let error): "\(source): \(error)"
        case .training(let source, let error): "\(source): \(error)"
        case .output(let error): "\(error)"
        case .template(let error): "\(error)"
        case .chart(let error): "\(error)"
        case .experiment(let error): "\(error)"
        }
    }

    /// What to print on standard error: the message and, for usage errors, where to find help.
    var report: String {
        var text = "nnreport: error: \(description)"
        if exitCode == 2 { text += "\nRun 'nnreport --help' to see every option." }
        return text + "\n"
    }
}
