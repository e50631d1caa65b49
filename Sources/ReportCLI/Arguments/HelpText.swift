import Foundation
import Site

/// The text of `nnreport --help`, generated from the option table so it cannot drift.
enum HelpText {
    static var full: String {
        var lines = [
            "nnreport \(SiteVersion.current): turn a neural-network training run into a static website that",
            "teaches forward propagation and backpropagation with the run's own numbers.",
            "",
            "Usage:",
            "  nnreport [generate] [options]   train, then write the site (default: into output/)",
            "  nnreport train [options]        train only; print the per-iteration log",
            "  nnreport compare [options]      train several runs (--vary, or runs and grid in -c), then write",
            "                                  one site comparing them, each run's report in runs/<name>/",
            "  nnreport --help | --version",
            "",
            "Options:",
        ]
        let rows = SettingsTable.all.filter(\.onCommandLine).map { spec -> (String, String) in
            var left = spec.short.map { "-\($0), " } ?? "    "
            left += spec.spelling + (spec.valueName.map { " \($0)" } ?? "")
            var right = spec.help
            if !spec.defaultText.isEmpty, spec.takesValue || spec.defaultText != "off" {
                // A no-break space keeps "(default: X)" on one line when the text is wrapped.
                right += " (default:\u{A0}\(spec.defaultText))"
            }
            if spec.commands != Set(Command.allCases) {
                right +=
                    " [" + Command.allCases.filter(spec.commands.contains).map(\.rawValue).joined(separator: ", ") + "]"
            }
            return (left, right)
        }
        let width = rows.map(\.0.count).max() ?? 0
        for (left, right) in rows {
            let wrapped = wrap(right, width: lineWidth - width - 4)
            for (index, line) in wrapped.enumerated() {
                let head = index == 0 ? left : ""
                let text = line.replacingOccurrences(of: "\u{A0}", with: " ")
                lines.append("  " + head + String(repeating: " ", count: width - head.count + 2) + text)
            }
        }
        lines.append("")
        lines += wrap(
            "A config file (-c) is JSON with the keys \(SettingsTable.keys.joined(separator: ", ")). dataset is a "
                + "built-in name, {\"csv\": \"path\"} (relative to the config file), or {\"features\": [[...], "
                + "...], \"labels\": [...], \"featureNames\": [...]} with one row per feature. With "
                + "\(SettingsTable.hidden.key ?? ""), \(SettingsTable.layers.key ?? "") may give every layer's initial "
                + "parameters instead of the seed: [{\"w\": [[...], ...], \"b\": [...]}, ...], the hidden layers then "
                + "the output, W of each layer one row per input and one column per unit. For compare, "
                + "the keys are shared by every run; \(SettingsTable.runs.key ?? "") is a list of runs, each {\"name\": ..., "
                + "and its own settings}, and \(SettingsTable.grid.key ?? "") maps settings to lists of values, every "
                + "combination a run (with runs, each run is made with every combination). The settings a run may "
                + "have of its own: "
                + ExperimentDeclaration.perRunKeys.joined(separator: ", ") + ".",
            width: 92)
        lines += [
            "",
            "Exit codes: 0 success, 1 the run failed (bad data, unwritable output, template error),",
            "2 bad usage (unknown option, invalid value, invalid config).",
            "",
            "Examples:",
            "  nnreport                                  the walkthrough: AND gate into output/",
            "  nnreport --dataset xor -o xor-site        XOR, which a single neuron cannot learn",
            "  nnreport train --rule logistic --format json --log run.json",
            "  nnreport compare --vary learning-rate=0.01,0.1,1 --vary rule=thresholded,logistic -o grid",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The width the help is laid out for, in characters.
    static let lineWidth = 100

    /// `text` broken at spaces into lines of at most `width` characters.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        return lines + (line.isEmpty ? [] : [line])
    }
}
