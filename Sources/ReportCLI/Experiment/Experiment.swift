import Site

/// A comparison, resolved: its own settings (output, title, base URL, single file, templates)
/// and every run with its settings, each checked as a run alone would be.
struct Experiment: Sendable {
    /// One run: its name and settings.
    struct Run: Sendable {
        let name: String
        let settings: ReportSettings
    }

    /// The comparison's settings; its training settings are the shared ones the runs start from.
    var base: ReportSettings
    /// The runs, in the order declared.
    var runs: [Run]
}
