import Training

/// Why a setting's value cannot be used, from whichever layer found it: its spelling, its config
/// file, or the data it names. `ReportError(_:)` says it with the right exit code.
enum SettingError: Error {
    /// A value the setting cannot take, or a command line that cannot be understood.
    case usage(UsageError)
    /// A config file that cannot be read or holds a wrong value.
    case config(ConfigError)
    /// A CSV file that cannot be read as a dataset.
    case data(DatasetFileError)
    /// Inline data that is not a usable dataset, and where it was written.
    case dataset(source: SettingSource, DatasetError)
    /// Runs of a comparison declared in a way that cannot be made.
    case experiment(ExperimentError)
}
