import Site
import Training

/// Everything one run of `nnreport` needs, resolved from defaults, the config file and the flags.
/// Opaque to the benchmarks, which only pass it from one stage to the next.
@_spi(Benchmarks) public struct ReportSettings: Sendable {
    var command: Command = .generate
    /// The training data, loaded and checked.
    var dataset = LogicGate.and.dataset
    /// Where the data came from, as a user would name it ("and", "data/points.csv").
    var datasetLabel = LogicGate.and.rawValue
    /// The hyperparameters, valid for `dataset`.
    var training = TrainingSettings.defaults(for: LogicGate.and.dataset)
    /// The hidden layers, their seed or their given parameters, until resolved into `training`.
    var network = NetworkDeclaration()
    /// The page title; derived from the run when not given.
    var title = ""
    /// The site folder, or with `singleFile` the HTML file; "" until resolved.
    var output = ""
    /// The absolute URL the site will be published at, ending in "/", if given.
    var baseURL: String?
    /// Write one self-contained HTML file instead of a folder.
    var singleFile = false
    /// A folder of the user's own templates.
    var templatesFolder: String?
    /// Allow writing into a non-empty folder that is not a report.
    var force = false
    /// No progress output.
    var quiet = false
    /// `train`: the log format.
    var logFormat: LogFormat = .csv
    /// `train`: the file to write the log to; standard output when nil.
    var logFile: String?
    /// Files the run reads (config, CSV), which the output must never replace.
    var inputFiles: [String] = []
    /// `compare`: the runs declared, before they are expanded and read.
    var experiment = ExperimentDeclaration()

    /// The settings of `command`, all at their defaults.
    init(command: Command) {
        self.command = command
    }

    /// The settings as the page and history.json show them, in table order.
    var shown: [RunSetting] { SettingsTable.all.compactMap { $0.shown?(self) ?? nil } }
}

/// The formats `nnreport train` writes.
enum LogFormat: String, CaseIterable, Sendable {
    case csv, json
}
