import Training

/// Two runs of a comparison side by side: the settings that differ between them and where
/// their predictions part.
struct RunPair: Sendable {
    /// Where two runs' predictions part.
    enum Parting: Sendable, Equatable {
        /// They first predict differently in this iteration.
        case at(Int)
        /// They predict the same in every one of the `common` iterations both ran.
        case never(common: Int)
        /// They were trained on different data, so their predictions are not of the same samples.
        case differentData
    }

    /// One setting that differs: its name and each run's value, as the reports show them.
    struct Difference: Sendable, Equatable {
        let name: String
        let first: String
        let second: String
    }

    /// The runs' indices, first < second.
    let first: Int, second: Int
    /// The settings that differ, in table order.
    let differences: [Difference]
    /// Where the predictions part.
    let parting: Parting
    /// The samples compared: the first 64 of larger datasets (those the log keeps).
    let samplesCompared: Int

    /// The pair of runs `i` and `j` of `runs`.
    ///
    /// - Complexity: O(settings + flips of both runs); O(m) once when the data are not shared.
    init(_ runs: [ComparedRun], _ i: Int, _ j: Int) {
        first = i
        second = j
        let (a, b) = (runs[i], runs[j])
        differences = Self.differences(a, b)
        samplesCompared = min(a.timeline.sampleCount, b.timeline.sampleCount)
        guard a.dataset == b.dataset else {
            parting = .differentData
            return
        }
        parting =
            a.timeline.firstDifference(from: b.timeline).map { .at($0) }
            ?? .never(common: min(a.timeline.iterations, b.timeline.iterations))
    }

    /// The settings whose shown values differ between `a` and `b`, in `a`'s order.
    static func differences(_ a: ComparedRun, _ b: ComparedRun) -> [Difference] {
        a.settings.compactMap { setting in
            let other = b.setting(setting.key)?.text ?? ""
            return other == setting.text ? nil : Difference(name: setting.name, first: setting.text, second: other)
        }
    }
}
