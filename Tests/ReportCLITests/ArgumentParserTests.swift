import Formats
import Testing

@_spi(Benchmarks) @testable import ReportCLI

@Suite struct ArgumentParserTests {
    @Test(
        arguments: [
            ([], Command.generate, [:]),
            (["generate"], .generate, [:]),
            (["train", "--format", "json"], .train, ["format": "json"]),
            (["--bias", "-1"], .generate, ["bias": "-1"]),
            (["--bias=-1.5", "-q"], .generate, ["bias": "-1.5", "quiet": ""]),
            (["-o", "site", "--force"], .generate, ["output": "site", "force": ""]),
            (["--title", "A -- B"], .generate, ["title": "A -- B"]),
            (["train", "--log", "run.csv", "--"], .train, ["log": "run.csv"]),
        ] as [([String], Command, [String: String])])
    func acceptsTheSpellingsOfSpec3(_ arguments: [String], _ command: Command, _ options: [String: String]) throws {
        let parsed = try ArgumentParser.parse(arguments)
        #expect(parsed.command == command)
        #expect(parsed.options == options)
    }

    struct Refusal: Sendable, CustomStringConvertible {
        let arguments: [String]
        let error: UsageError
        let message: String
        var description: String { arguments.joined(separator: " ") }
    }

    static let refusals: [Refusal] = [
        Refusal(
            arguments: ["--learnin-rate", "0.1"],
            error: .unknownOption("--learnin-rate", suggestion: "--learning-rate"),
            message: "unknown option '--learnin-rate'. Did you mean '--learning-rate'?"),
        Refusal(
            arguments: ["--iteration", "5"], error: .unknownOption("--iteration", suggestion: "--iterations"),
            message: "unknown option '--iteration'. Did you mean '--iterations'?"),
        Refusal(
            arguments: ["-output", "x"], error: .unknownOption("-output", suggestion: "--output"),
            message: "unknown option '-output'. Did you mean '--output'?"),
        Refusal(
            arguments: ["--zzz"], error: .unknownOption("--zzz", suggestion: nil), message: "unknown option '--zzz'."),
        Refusal(
            arguments: ["trian"], error: .unknownCommand("trian", suggestion: "train"),
            message:
                "unknown command 'trian'; the commands are 'generate' (the default), 'train' and 'compare'. Did you mean 'train'?"
        ),
        Refusal(
            arguments: ["--bias"], error: .missingValue(option: "--bias", valueName: "B"),
            message: "--bias needs a value: --bias B."),
        Refusal(
            arguments: ["--output", "--force"], error: .missingValue(option: "--output", valueName: "DIR"),
            message: "--output needs a value: --output DIR."),
        Refusal(
            arguments: ["--force=yes"], error: .unexpectedValue(option: "--force", value: "yes"),
            message: "--force takes no value, but 'yes' was given; write just --force."),
        Refusal(
            arguments: ["--bias", "1", "--bias", "2"], error: .repeatedOption(option: "--bias"),
            message: "--bias is given more than once; give it once."),
        Refusal(
            arguments: ["generate", "extra.csv"], error: .unexpectedArgument("extra.csv"),
            message:
                "unexpected argument 'extra.csv'; options start with '--' (for a dataset file use --dataset extra.csv)."
        ),
        Refusal(
            arguments: ["--format", "csv"], error: .optionNotForCommand(option: "--format", command: .generate),
            message: "--format does not apply to 'nnreport generate'; it belongs to 'nnreport train'."),
        Refusal(
            arguments: ["train", "--single-file"],
            error: .optionNotForCommand(option: "--single-file", command: .train),
            message:
                "--single-file does not apply to 'nnreport train'; it belongs to 'nnreport generate' or "
                + "'nnreport compare'."),
    ]

    @Test(arguments: refusals)
    func refusesWithAMessageThatSaysWhatToDo(_ refusal: Refusal) {
        #expect(throws: refusal.error) { try ArgumentParser.parse(refusal.arguments) }
        #expect(refusal.error.description == refusal.message)
    }

    @Test func helpListsEveryOptionWithItsDefault() {
        let help = HelpText.full
        for spec in SettingsTable.all where spec.onCommandLine {
            #expect(help.contains(spec.spelling))
            if spec.takesValue { #expect(help.contains("(default: \(spec.defaultText))")) }
        }
        #expect(help.contains("Exit codes"))
        // Runs and grid are written only in a config file: the help names them as its keys.
        for spec in SettingsTable.all where !spec.onCommandLine {
            #expect(!help.contains(spec.spelling))
            #expect(help.contains(spec.key ?? "?"))
        }
    }

    @Test(arguments: [
        ("learnig-rate", "learning-rate"), ("outptu", "output"), ("thresold", "threshold"), ("wieghts", "weights"),
        ("temlpates", "templates"), ("learn", "learning-rate"),
    ])
    func suggestsTheNearestOption(_ typo: String, _ expected: String) {
        #expect(Suggestion.nearest(to: typo, in: SettingsTable.all.map(\.flag)) == expected)
    }

    @Test func editDistanceCountsEdits() {
        #expect(Suggestion.editDistance(Array("kitten"), Array("sitting")) == 3)
        #expect(Suggestion.editDistance([], Array("abc")) == 3)
        #expect(Suggestion.editDistance(Array("same"), Array("same")) == 0)
    }
}
