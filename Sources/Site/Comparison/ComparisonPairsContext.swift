import Formats

/// The values of compare/pairs.html: pairs of runs, each with the settings that differ
/// between the two and where their predictions part.
struct ComparisonPairsContext {
    let input: ComparisonInput
    let links: ComparisonLinks

    var value: TemplateValue {
        let runs = input.runs
        let (pairs, total, everyPair) = RunPairs.listed(runs)
        let rows = PairRows(runs: runs, links: links)
        var intro: String
        if everyPair {
            intro =
                "Every pair of the \(Display.count(runs.count, "run")) (\(Display.count(total, "pair"))): the "
                + "settings that differ between the two, and the first iteration in which their predictions "
                + "differ, linked to that row in each run's history."
        } else {
            intro =
                "With more than \(RunPairs.everyPairUpTo) runs, the pairs listed are those that differ in one "
                + "setting only (\(Display.count(total)) of them): the setting, and the first iteration in which "
                + "their predictions differ, linked to that row in each run's history. The settings page shows "
                + "every run's settings side by side."
            if total > pairs.count { intro += " The first \(Display.count(pairs.count)) are listed." }
        }
        if total == 0 && !everyPair {
            intro += " There are none here."
        }
        return [
            "intro": .string(intro),
            "note": .string(rows.samplesNote(pairs)),
            "caption": .string("Pairs of runs: what differs, and where their predictions part"),
            "pairs": .list(pairs.map(rows.row)),
            "hasPairs": .bool(!pairs.isEmpty),
        ]
    }
}
