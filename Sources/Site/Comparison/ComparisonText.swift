import Formats
import Training

/// Every sentence the comparison pages print about its runs, each computed from them: what
/// they share, what differs, which got every prediction right first, which diverged.
struct ComparisonText {
    let runs: [ComparedRun]

    /// The keys of the settings whose shown value differs between runs, in the reports' order.
    let variedKeys: [String]

    init(runs: [ComparedRun]) {
        self.runs = runs
        variedKeys = ComparedRun.settingKeys(runs).filter { key in
            let text = runs.first?.setting(key)?.text
            return runs.contains { $0.setting(key)?.text != text }
        }
    }

    /// The settings every run has alike, as the reports show them.
    var commonSettings: [RunSetting] {
        (runs.first?.settings ?? []).filter { !variedKeys.contains($0.key) }
    }

    /// The settings that differ, by name, in the reports' order.
    var variedNames: [String] {
        variedKeys.compactMap { key in runs.lazy.compactMap { $0.setting(key)?.name }.first }
    }

    /// The network the runs train: "one sigmoid neuron without a hidden layer", "a 2-2-1
    /// network (a hidden layer of sigmoid units)" or "networks of 2 shapes (2-1, 2-2-1)".
    var network: String {
        let shapes = runs.reduce(into: [String]()) { if !$0.contains($1.shape) { $0.append($1.shape) } }
        if runs.allSatisfy({ $0.hiddenSizes.isEmpty }) { return "one sigmoid neuron without a hidden layer" }
        if shapes.count == 1, let shape = shapes.first, let first = runs.first {
            let layers = first.hiddenSizes.count == 1 ? "a hidden layer" : "\(first.hiddenSizes.count) hidden layers"
            return "a \(shape) network (\(layers) of sigmoid units)"
        }
        return "networks of \(shapes.count) shapes (\(Display.list(shapes)), inputs to output)"
    }

    /// True when every run was trained on the same data.
    var sameData: Bool {
        guard let first = runs.first else { return true }
        return runs.allSatisfy { $0.dataset == first.dataset }
    }

    /// The opening paragraph; `singleFile` when the runs' walkthroughs follow in the same file.
    func intro(singleFile: Bool) -> String {
        let count = Display.count(runs.count, "run")
        let data: String
        if sameData, let dataset = runs.first?.dataset {
            data = LogicGate.allCases.first { $0.title == dataset.name }.map { "the \($0.title)" } ?? dataset.name
        } else {
            data = "\(Display.count(Set(runs.map(\.dataset.name)).count, "dataset")) of their own"
        }
        var text =
            "\(count) of \(network), trained on \(data) by forward propagation and "
            + "backpropagation. "
            + (singleFile
                ? "Each run's walkthrough follows the comparison in this file, linked from its name."
                : "Each run's complete report (its walkthrough, every iteration, its data) is in its own folder "
                    + "below runs/, linked from its name.")
        let common = commonSettings.map { "\($0.name.prefix(1).lowercased() + $0.name.dropFirst()) \($0.text)" }
        if !common.isEmpty { text += " The runs share the \(Display.list(common))." }
        if !variedNames.isEmpty {
            text += " They differ in \(Display.list(variedNames.map { $0.prefix(1).lowercased() + $0.dropFirst() }))."
        }
        return text
    }

    /// A run's outcome as the tables say it.
    static func outcome(_ run: ComparedRun) -> String {
        let summary = run.summary
        if let diverged = summary.divergedAt {
            return "parameters became non-finite at iteration \(Display.count(diverged))"
        }
        if let allRight = summary.allRightFrom {
            return "every prediction right from iteration \(Display.count(allRight)) on"
        }
        return "\(summary.finalCorrect) of \(Display.count(summary.sampleCount, "sample")) right at the end"
    }

    /// The best run, said as a headline and its reason.
    func best(_ index: Int?) -> (headline: String, detail: String) {
        guard let index else {
            return (
                "No best run.",
                "The parameters of every run became non-finite, so none has a final accuracy to rank by."
            )
        }
        let run = runs[index]
        let summary = run.summary
        var detail: String
        if let allRight = summary.allRightFrom {
            let tied = runs.indices.filter { $0 != index && runs[$0].summary.allRightFrom == allRight }
            detail = "Every prediction right from iteration \(Display.count(allRight)) on"
            if tied.isEmpty {
                let later = runs.filter { $0.summary.allRightFrom != nil }.count - 1
                detail +=
                    later > 0
                    ? ", earlier than the \(Display.count(later, "other run")) that got there."
                    : "; no other run got there."
            } else {
                detail += ", as did \(Display.count(tied.count, "other run")); " + tieBreak(index, tied) + "."
            }
        } else {
            let tied = runs.indices.filter {
                $0 != index && runs[$0].summary.divergedAt == nil
                    && runs[$0].summary.finalCorrect == summary.finalCorrect
            }
            detail =
                "No run had every prediction right for good by its last iteration. This one has "
                + (tied.isEmpty ? "the most right at its end" : "as many right at its end as any run") + ", "
                + "\(summary.finalCorrect) of \(Display.count(summary.sampleCount, "sample"))"
                + (tied.isEmpty ? "." : "; " + tieBreak(index, tied) + ".")
        }
        return ("Best: \(run.name).", detail + " The criterion: " + ComparisonRanking.criterion + ".")
    }

    /// Why run `index` ranks before the runs `tied` with it on the first criterion.
    private func tieBreak(_ index: Int, _ tied: [Int]) -> String {
        let run = runs[index]
        let accuracy = run.summary.accuracy ?? -1
        let sameAccuracy = tied.filter { (runs[$0].summary.accuracy ?? -1) == accuracy }
        if sameAccuracy.isEmpty { return "of those it has the highest final accuracy" }
        let loss = run.lastBCE
        if sameAccuracy.allSatisfy({ runs[$0].lastBCE > loss || runs[$0].lastBCE.isNaN }), !loss.isNaN {
            return "of those it has the lowest cross-entropy in its last iteration, \(Display.short(loss))"
        }
        return "it ties with at least one of them on final accuracy and last cross-entropy, and is listed first"
    }

    /// Which runs got every prediction right, first and last; which never did; which diverged.
    var outcomes: [String] {
        var sentences: [String] = []
        let converged = runs.filter { $0.summary.allRightFrom != nil }.sorted {
            ($0.summary.allRightFrom ?? 0) < ($1.summary.allRightFrom ?? 0)
        }
        if let first = converged.first, let last = converged.last, let a = first.summary.allRightFrom,
            let b = last.summary.allRightFrom
        {
            var text =
                "\(Display.count(converged.count)) of the \(Display.count(runs.count, "run")) had every prediction right for good: "
            if converged.count == 1 {
                text += "\(first.name), from iteration \(Display.count(a)) on."
            } else {
                text +=
                    "the first was \(first.name) (from iteration \(Display.count(a))), the last \(last.name) (from iteration \(Display.count(b)))."
            }
            sentences.append(text)
        } else {
            sentences.append("No run had every prediction right for good by its last iteration.")
        }
        let never = runs.filter { $0.summary.allRightFrom == nil && $0.summary.divergedAt == nil }
        if !never.isEmpty, !converged.isEmpty {
            sentences.append(
                "\(Display.count(never.count, "run")) never did: " + Self.names(never) + ".")
        }
        let diverged = runs.filter { $0.summary.divergedAt != nil }
        if !diverged.isEmpty {
            let listed = diverged.prefix(8).map {
                "\($0.name) at iteration \(Display.count($0.summary.divergedAt ?? 0))"
            }
            let more = diverged.count > 8 ? " and \(Display.count(diverged.count - 8)) more" : ""
            sentences.append(
                "The parameters of \(Display.count(diverged.count, "run")) became non-finite (a result, shown as such): "
                    + listed.joined(separator: ", ") + more + ".")
        }
        return sentences
    }

    /// Up to eight names, then how many more.
    static func names(_ runs: [ComparedRun]) -> String {
        let listed = runs.prefix(8).map(\.name)
        return Display.list(listed + (runs.count > 8 ? ["\(Display.count(runs.count - 8)) more"] : []))
    }
}
