import Foundation
import Site
import Testing
import Training

@_spi(Benchmarks) @testable import ReportCLI

/// `SettingsTable` is the one place a setting is declared: the parser, the config loader,
/// `--help`, the defaults and the page all come from it.
@Suite struct SettingsTableTests {
    /// The command-line layer's sources, which must not spell a flag or a key anywhere but the table.
    static let reportCLISources: [(name: String, text: String)] = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appending(path: "../../Sources/ReportCLI").standardized
        let files =
            FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        return files.compactMap { url in
            (try? String(contentsOf: url, encoding: .utf8)).map { (url.lastPathComponent, $0) }
        }
    }()

    /// Literals the command line needs outside the table, each for a stated reason.
    static let allowed: Set<String> = [
        "SettingsResolver.swift \"config\"",  // the config file is read before the settings it holds
        "SettingsResolver.swift \"output\"",  // its default depends on --single-file
    ]

    @Test func noFlagOrKeyIsSpelledOutsideTheTable() {
        #expect(Self.reportCLISources.count > 10)
        for setting in SettingsTable.all {
            for literal in [setting.flag] + (setting.key.map { [$0] } ?? []) {
                for (name, text) in Self.reportCLISources where name != "SettingsTable.swift" {
                    guard text.contains("\"\(literal)\"") else { continue }
                    #expect(Self.allowed.contains("\(name) \"\(literal)\""), "\(name) spells \"\(literal)\"")
                }
            }
        }
    }

    @Test func helpShowsEveryRowOfTheTableAndNothingElse() {
        let help = HelpText.full
        let optionLines = help.split(separator: "\n").filter { $0.hasPrefix("  -") || $0.hasPrefix("      --") }
        let options = SettingsTable.all.filter(\.onCommandLine)
        #expect(optionLines.count == options.count)
        for setting in options {
            #expect(help.contains(setting.spelling + (setting.valueName.map { " \($0)" } ?? "")))
            if setting.takesValue { #expect(help.contains("(default: \(setting.defaultText))"), "\(setting.flag)") }
        }
        let prose = help.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(prose.contains("the keys " + SettingsTable.keys.joined(separator: ", ")))
    }

    @Test func theDefaultsShownAreTheDefaultsUsed() throws {
        var run = ReportSettings(command: .generate)
        // "none": the setting is absent by default (the hidden layers).
        for setting in SettingsTable.all where setting.field != nil && setting.defaultText != "none" {
            let given = GivenValue(form: .text(setting.defaultText), source: .flag(setting.spelling))
            try setting.read?(given, &run)
        }
        #expect(run.training == TrainingSettings.walkthrough)
        #expect(try SettingsResolver.resolve(try ArgumentParser.parse([])).training == .walkthrough)
    }

    @Test func everyKeyIsReadFromAConfigFileAndNoOther() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "nnreport-table-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "c.json").path
        let values = [
            "title": "\"T\"", "dataset": "\"or\"", "weights": "[1, 2]", "bias": "-0.5", "learningRate": "0.25",
            "iterations": "7", "rule": "\"logistic\"", "threshold": "0.3", "baseURL": "\"https://example.org/x\"",
        ]
        // The keys of one run; runs and grid declare a comparison's runs (ExperimentResolverTests);
        // the hidden layers' keys are read by train alone for now (HiddenSettingsTests).
        let network = [SettingsTable.hidden, SettingsTable.seed, SettingsTable.layers].compactMap(\.key)
        #expect(
            Set(values.keys)
                == Set(SettingsTable.all.filter { $0.commands.contains(.generate) }.compactMap(\.key)).subtracting(
                    network))
        let json = "{" + values.map { "\"\($0.key)\": \($0.value)" }.joined(separator: ", ") + "}"
        try json.write(toFile: file, atomically: true, encoding: .utf8)
        let run = try SettingsResolver.resolve(try ArgumentParser.parse(["-c", file]))
        #expect(run.title == "T" && run.datasetLabel == "or" && run.baseURL == "https://example.org/x/")
        let expected = TrainingSettings(
            initialWeights: [1, 2], initialBias: -0.5, learningRate: 0.25, iterations: 7, rule: .logistic,
            threshold: 0.3)
        #expect(run.training == expected)
        try "{\"learningrate\": 1}".write(toFile: file, atomically: true, encoding: .utf8)
        #expect(throws: ReportError.self) { try SettingsResolver.resolve(try ArgumentParser.parse(["-c", file])) }
    }

    @Test func thePageAndHistoryJSONShowTheTablesRows() throws {
        let run = try SettingsResolver.resolve(try ArgumentParser.parse(["--learning-rate", "0.25"]))
        // The hidden layers and their seed are shown only for a network that has them.
        let hiddenOnly = [SettingsTable.hidden.key, SettingsTable.seed.key]
        #expect(
            run.shown.map(\.key)
                == SettingsTable.all.filter { $0.shown != nil && !hiddenOnly.contains($0.key) }.compactMap(\.key))
        let hidden = try SettingsResolver.resolve(try ArgumentParser.parse(["train", "--hidden", "2"]))
        #expect(
            hidden.shown.map(\.key) == ["dataset", "hidden", "seed", "learningRate", "iterations", "rule", "threshold"])
        #expect(
            run.shown.first { $0.key == "learningRate" }
                == RunSetting(
                    key: "learningRate", name: "Learning rate α", text: "0.25", json: .number(0.25)))
    }
}
