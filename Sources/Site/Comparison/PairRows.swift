import Formats

/// Pairs of runs as the tables show them: both runs linked, the settings that differ, and the
/// iteration where their predictions part, linked to that row in each run's history.
struct PairRows {
    let runs: [ComparedRun]
    let links: ComparisonLinks

    func row(_ pair: RunPair) -> TemplateValue {
        let (a, b) = (runs[pair.first], runs[pair.second])
        var value: [String: TemplateValue] = [
            "first": .string(a.name), "firstHref": .string(links.run(a.name)),
            "second": .string(b.name), "secondHref": .string(links.run(b.name)),
            "firstValue": .string(pair.differences.first?.first ?? ""),
            "secondValue": .string(pair.differences.first?.second ?? ""),
            "differences": .string(
                pair.differences.isEmpty
                    ? "none: the same settings"
                    : pair.differences.map { "\($0.name): \($0.first) → \($0.second)" }.joined(separator: "; ")),
        ]
        switch pair.parting {
        case .at(let k):
            value["parting"] = .string("iteration \(Display.count(k))")
            value["firstRow"] = .string(links.iteration(k, of: a.name))
            value["secondRow"] = .string(links.iteration(k, of: b.name))
            value["parts"] = true
        case .never(let common):
            value["parting"] = .string(
                common == 0 ? "no iteration to compare" : "never, in the \(Display.count(common, "iteration")) both ran"
            )
            value["parts"] = false
        case .differentData:
            value["parting"] = .string("not compared: trained on different data")
            value["parts"] = false
        }
        return .object(value)
    }

    /// The note for pairs whose predictions were compared on their first samples only.
    func samplesNote(_ pairs: [RunPair]) -> String {
        let partial = pairs.contains { pair in
            pair.parting != .differentData && runs[pair.first].dataset.sampleCount > pair.samplesCompared
        }
        return partial
            ? "For data of more than 64 samples the predictions compared are those of the first 64, which the log keeps."
            : ""
    }
}
