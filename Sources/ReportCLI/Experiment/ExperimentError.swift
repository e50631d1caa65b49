import Formats

/// Why the runs a comparison declares cannot be made: always a usage error (exit code 2), found
/// before any run is trained. Each case names where the problem was written.
enum ExperimentError: Error, CustomStringConvertible {
    /// `nnreport compare` without any runs declared.
    case noRuns
    /// A run's name that cannot be a folder name; `place` says where it was given or derived.
    case invalidName(name: String, place: String, problem: String)
    /// Two runs with the same name (compared without regard to case); `places` say where.
    case duplicateName(name: String, places: [String])
    /// More runs than a comparison takes.
    case tooManyRuns(count: String, limit: Int)
    /// More runs than one HTML file holds.
    case tooManyForSingleFile(count: Int, limit: Int)
    /// The runs' logs together would exceed the log's limit.
    case logsTooLarge(total: Int, limit: Int, largest: String)
    /// A setting varied in two places, such as the config's grid and `--vary`.
    case variedTwice(setting: String, first: String, second: String)
    /// A `--vary` value that is not SETTING=V1,V2,...
    case malformedVary(value: String, problem: String)
    /// A setting, given by flag, that cannot differ between runs.
    case notPerRun(setting: String, place: String, perRun: [String])
    /// A setting name that is not one, with the nearest one that is.
    case unknownSetting(name: String, place: String, suggestion: String?)
    /// A config's runs or grid given to a command that makes one run.
    case needsCompare(setting: String, place: String)
    /// A setting's value invalid for one run: the run, then the setting's own message.
    indirect case inRun(name: String, ReportError)

    var description: String {
        switch self {
        case .noRuns:
            return "nnreport compare needs runs to compare: give --vary SETTING=V1,V2,... (such as --vary "
                + "learning-rate=0.01,0.1,1), or a config file (-c) with \"runs\" or \"grid\"."
        case .invalidName(let name, let place, let problem):
            return "\(place): the run name '\(name)' \(problem)"
        case .duplicateName(let name, let places):
            return "two runs are named '\(name)' (\(places.joined(separator: " and "))); names must differ, "
                + "also in case, because each run is a folder runs/<name>/. Give the runs names of their own."
        case .tooManyRuns(let count, let limit):
            return "the runs declared make \(count) runs; a comparison takes at most \(limit). Vary fewer "
                + "settings or fewer values."
        case .tooManyForSingleFile(let count, let limit):
            return "--single-file holds at most \(limit) runs of a comparison, and \(count) are declared; write the "
                + "site folder (without --single-file), or compare fewer runs."
        case .logsTooLarge(let total, let limit, let largest):
            return "the runs together would log \(Display.count(total)) values, over the limit of "
                + "\(Display.count(limit)) a comparison shares with one run's log; the largest is \(largest). "
                + "Use fewer runs or fewer iterations."
        case .variedTwice(let setting, let first, let second):
            if first == second { return "\(setting) is varied twice by \(first); give all its values in one." }
            return "\(setting) is varied twice, by \(first) and by \(second); vary it in one place."
        case .malformedVary(let value, let problem):
            return "--vary '\(value)' \(problem) Write it as --vary SETTING=V1,V2,... such as "
                + "--vary learning-rate=0.01,0.1,1."
        case .notPerRun(let setting, let place, let perRun):
            return "\(place): \(setting) is the same for every run of a comparison and cannot be varied; "
                + "the settings that can are \(perRun.joined(separator: ", "))."
        case .unknownSetting(let name, let place, let suggestion):
            return "\(place): '\(name)' is not a setting." + (suggestion.map { " Did you mean '\($0)'?" } ?? "")
        case .needsCompare(let setting, let place):
            return "\(place): \(setting) declares runs to compare, which only 'nnreport compare' makes; run "
                + "nnreport compare with this config, or remove \(setting)."
        case .inRun(let name, let error):
            return "run '\(name)': \(error.description)"
        }
    }
}
