import Formats

/// Splits `nnreport`'s arguments into a command and options.
///
/// Accepted spellings: `--name value`, `--name=value`, `-o value`, and flags alone (`--force`,
/// `-q`). A value may start with `-` (`--bias -1`) unless it is itself an option name.
/// `--` ends the options. Each option may be given once, except a repeatable one (`--vary`).
enum ArgumentParser {
    static func parse(_ arguments: [String]) throws(UsageError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var index = 0
        var commandAllowed = true
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                if index < arguments.count { throw .unexpectedArgument(arguments[index]) }
                break
            }
            guard argument.hasPrefix("-"), argument != "-" else {
                guard commandAllowed else { throw .unexpectedArgument(argument) }
                parsed.command = try command(named: argument)
                commandAllowed = false
                continue
            }
            commandAllowed = false
            let (spec, spelled, inlineValue) = try option(argument)
            guard parsed.options[spec.flag] == nil else { throw .repeatedOption(option: spec.spelling) }
            if spec.takesValue {
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else if index < arguments.count, !isOptionName(arguments[index]) {
                    value = arguments[index]
                    index += 1
                } else {
                    throw .missingValue(option: spelled, valueName: spec.valueName ?? "VALUE")
                }
                if spec.repeatable {
                    parsed.lists[spec.flag, default: []].append(value)
                } else {
                    parsed.options[spec.flag] = value
                }
            } else {
                if let inlineValue { throw .unexpectedValue(option: spelled, value: inlineValue) }
                parsed.options[spec.flag] = ""
            }
        }
        for long in Array(parsed.options.keys) + Array(parsed.lists.keys) {
            if let spec = SettingsTable.named(long), !spec.commands.contains(parsed.command) {
                throw .optionNotForCommand(option: spec.spelling, command: parsed.command)
            }
        }
        return parsed
    }

    private static func command(named name: String) throws(UsageError) -> Command {
        if let command = Command(rawValue: name) { return command }
        let suggestion = Suggestion.nearest(to: name, in: Command.allCases.map(\.rawValue))
        throw .unknownCommand(name, suggestion: suggestion)
    }

    /// The option an argument names, how it was spelled, and a value given after `=`.
    private static func option(_ argument: String) throws(UsageError) -> (Setting, String, String?) {
        if argument.hasPrefix("--") {
            // Split at the first "=" scalar: as a Character, "=" followed by a combining mark
            // (such as "=ﾟ") is not "=", and the option would be unknown.
            let body = argument.unicodeScalars.dropFirst(2)
            let name = String(String.UnicodeScalarView(body.prefix { $0 != "=" }))
            let value =
                body.contains("=") ? String(String.UnicodeScalarView(body.drop { $0 != "=" }.dropFirst())) : nil
            guard let spec = SettingsTable.named(name) else {
                let suggestion = Suggestion.nearest(to: name, in: SettingsTable.all.map(\.flag))
                throw .unknownOption("--\(name)", suggestion: suggestion.map { "--\($0)" })
            }
            return (spec, "--\(name)", value)
        }
        let letters = Array(argument.dropFirst())
        guard letters.count == 1, let spec = SettingsTable.short(letters[0]) else {
            // "-output" is a common slip for "--output".
            let name = String(argument.drop { $0 == "-" })
            let suggestion =
                SettingsTable.named(name).map { "--\($0.flag)" }
                ?? Suggestion.nearest(to: name, in: SettingsTable.all.map(\.flag)).map { "--\($0)" }
            throw .unknownOption(argument, suggestion: suggestion)
        }
        return (spec, argument, nil)
    }

    /// True for an argument that names an option, so it cannot be the value of the one before.
    private static func isOptionName(_ argument: String) -> Bool {
        if argument.hasPrefix("--") { return argument.count > 2 }
        guard argument.hasPrefix("-"), argument.count == 2, let letter = argument.last else { return false }
        return SettingsTable.short(letter) != nil
    }
}
