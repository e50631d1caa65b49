import Site
import Training

/// One setting, declared once: how it is spelled on the command line and in a config file, its
/// default, how its value is read and checked, what `--help` says about it, and how the page and
/// history.json show it. The argument parser, the config loader, the resolver, `--help` and the
/// site all read `SettingsTable.all`, so adding a setting is one entry there plus its use.
struct Setting: Sendable {
    /// The long flag without dashes, such as `learning-rate`.
    let flag: String
    /// The one-letter flag, if any.
    var short: Character? = nil
    /// The config file key, such as `learningRate`; nil for what only the command line sets.
    var key: String? = nil
    /// The placeholder of its value in `--help` ("A"); nil for a switch that takes no value.
    var valueName: String? = nil
    /// The default as `--help` shows it.
    var defaultText = ""
    /// What it does, in a few words.
    let help: String
    /// The commands it applies to.
    var commands: Set<Command> = [.generate, .train, .compare]
    /// False for what only a config file sets (`runs`, `grid`): no flag, no row in `--help`'s options.
    var onCommandLine = true
    /// True for a flag that may be given more than once (`--vary`), each value kept in order.
    var repeatable = false
    /// True for a setting whose value may differ between the runs of `nnreport compare`: a key
    /// of a `runs` entry or of the `grid`, or a `--vary` flag.
    var perRun = false
    /// The hyperparameter it sets, so a `TrainingSettingsError` is said with where the value came from.
    var field: TrainingSettings.Field? = nil
    /// Reads a given value into the run; nil for options the command line handles itself.
    var read: (@Sendable (GivenValue, inout ReportSettings) throws(SettingError) -> Void)? = nil
    /// How the page and history.json show it; nil (or a nil result, for this run) when they do not.
    var shown: (@Sendable (ReportSettings) -> RunSetting?)? = nil

    var takesValue: Bool { valueName != nil }
    var spelling: String { "--\(flag)" }
}
