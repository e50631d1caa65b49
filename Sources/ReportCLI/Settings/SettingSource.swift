/// Where a setting's value came from, so an error can point at it.
enum SettingSource: Sendable, Equatable, CustomStringConvertible {
    /// A command-line option, e.g. "--bias".
    case flag(String)
    /// A key of the config file, with its path ("dataset.features[1]") and line.
    case config(file: String, keyPath: String, line: Int)
    /// The built-in default.
    case builtIn(String)

    var description: String {
        switch self {
        case .flag(let spelling): spelling
        case .config(let file, let keyPath, let line): "\(file) line \(line), key \"\(keyPath)\""
        case .builtIn(let name): "the default \(name)"
        }
    }
}
