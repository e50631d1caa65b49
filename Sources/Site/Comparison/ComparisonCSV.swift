import Formats

/// data/runs.csv: the table of runs as data, one row per run: its name, every setting as its
/// report's history.json records it, how it ended, the last iteration's losses, W and b (of the
/// runs without hidden layers; a network's own exports hold every layer).
struct ComparisonCSV {
    let runs: [ComparedRun]

    var text: String {
        let keys = ComparedRun.settingKeys(runs)
        // A network's output layer alone is not its W: its own report's exports hold every layer.
        let anySingle = runs.contains { $0.hiddenSizes.isEmpty }
        let weights = runs.filter(\.hiddenSizes.isEmpty).map(\.summary.finalWeights.count).max() ?? 0
        var lines: [[String]] = [
            ["name"] + keys + [
                "allRightFrom", "divergedAt", "iterationsRun", "finalCorrect", "samples", "lastMSE", "lastBCE",
            ] + (0..<weights).map { "w\($0 + 1)" } + (anySingle ? ["b"] : [])
        ]
        for run in runs {
            let summary = run.summary
            let settings = keys.map { key in run.setting(key).map(Self.value) ?? "" }
            let single = run.hiddenSizes.isEmpty
            let weightCells = (0..<weights).map { j in
                single && j < summary.finalWeights.count ? ShortestNumber.text(summary.finalWeights[j]) : ""
            }
            lines.append(
                [run.name] + settings + [
                    summary.allRightFrom.map(String.init) ?? "", summary.divergedAt.map(String.init) ?? "",
                    String(summary.iterationsRun), String(summary.finalCorrect), String(summary.sampleCount),
                    ShortestNumber.text(run.lastMSE), ShortestNumber.text(run.lastBCE),
                ] + weightCells + (anySingle ? [single ? ShortestNumber.text(summary.finalBias) : ""] : []))
        }
        return lines.map { $0.map(Self.quoted).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    /// A setting's value as history.json records it; lists joined by spaces, the dataset by its label.
    private static func value(_ setting: RunSetting) -> String {
        switch setting.json {
        case .number(let value): ShortestNumber.text(value)
        case .numbers(let values): values.map(ShortestNumber.text).joined(separator: " ")
        case .integer(let value): String(value)
        case .text(let text): text
        case nil: setting.text
        }
    }

    /// A field quoted as RFC 4180 asks when it holds a comma, a quote or a line break.
    private static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
