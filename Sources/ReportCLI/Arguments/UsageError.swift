/// A command line that cannot be understood; always exit code 2.
enum UsageError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownOption(String, suggestion: String?)
    case unknownCommand(String, suggestion: String?)
    case unexpectedArgument(String)
    case missingValue(option: String, valueName: String)
    case unexpectedValue(option: String, value: String)
    case repeatedOption(option: String)
    case optionNotForCommand(option: String, command: Command)
    /// An argument (1-based `position`) whose bytes are not UTF-8; `shown` has them as \xNN.
    case notUTF8(position: Int, shown: String)
    /// A value the option cannot take; `setting` names where it came from ("--bias", or a config key).
    case invalidValue(setting: String, value: String, reason: String)
    /// A value the setting cannot take, said in a sentence of its own after where it was given.
    case invalid(setting: String, sentence: String)
    /// A setting that contradicts another or has no effect with it; `setting` names where it was given.
    case conflict(setting: String, reason: String)
    /// A site asked for a network with hidden layers (`setting`: where they were given), which
    /// only `nnreport train` supports so far.

    var description: String {
        switch self {
        case .unknownOption(let option, let suggestion):
            return "unknown option '\(option)'." + hint(suggestion)
        case .unknownCommand(let command, let suggestion):
            return "unknown command '\(command)'; the commands are 'generate' (the default), 'train' and 'compare'."
                + hint(suggestion)
        case .unexpectedArgument(let argument):
            return "unexpected argument '\(argument)'; options start with '--' "
                + "(for a dataset file use --dataset \(argument))."
        case .missingValue(let option, let valueName):
            return "\(option) needs a value: \(option) \(valueName)."
        case .unexpectedValue(let option, let value):
            return "\(option) takes no value, but '\(value)' was given; write just \(option)."
        case .repeatedOption(let option):
            return "\(option) is given more than once; give it once."
        case .optionNotForCommand(let option, let command):
            let owners = SettingsTable.named(String(option.dropFirst(2)))?.commands ?? []
            let other = Command.allCases.filter { $0 != command && owners.contains($0) }.map {
                "'nnreport \($0.rawValue)'"
            }
            return "\(option) does not apply to 'nnreport \(command.rawValue)'; it belongs to "
                + other.joined(separator: " or ") + "."
        case .invalidValue(let setting, let value, let reason):
            return "\(setting) '\(value)' \(reason)"
        case .invalid(let setting, let sentence):
            return "\(setting): \(sentence)"
        case .conflict(let setting, let reason):
            return "\(setting) \(reason)"
        case .notUTF8(let position, let shown):
            return "argument \(position) ('\(shown)') is not valid UTF-8 text; nnreport takes names and values "
                + "as UTF-8 (it would otherwise write to a name with U+FFFD in it). Use a UTF-8 name."
        }
    }

    private func hint(_ suggestion: String?) -> String {
        suggestion.map { " Did you mean '\($0)'?" } ?? ""
    }
}
