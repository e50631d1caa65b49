import Formats

/// A config file that cannot be used: unreadable, too large, not JSON, or holding a wrong value.
/// Always a usage error (exit code 2): the config is part of what the user asked for.
enum ConfigError: Error, Sendable, CustomStringConvertible {
    /// The file cannot be read as a config at all.
    case file(path: String, problem: String)
    /// The JSON is malformed or a value has the wrong shape (with line, column and key path).
    case json(JSONError)

    var description: String {
        switch self {
        case .file(let path, let problem): "the config file \(path) \(problem)"
        case .json(let error): "\(error)"
        }
    }
}
