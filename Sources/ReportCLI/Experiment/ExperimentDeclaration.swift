/// The runs `nnreport compare` was asked for, as declared and before they are expanded: the
/// named runs of a config's `runs`, and the settings varied by its `grid` and by `--vary`.
///
/// The values stay as given (`GivenValue`), so that each run reads them with the same
/// `Setting.read` as a single run's flag or key, and an invalid one is said with where it was
/// written.
struct ExperimentDeclaration: Sendable {
    /// One entry of the config's `runs`.
    struct Entry: Sendable {
        /// The run's name.
        let name: String
        /// Where the name was written, for messages.
        let place: String
        /// The settings the entry gives, by flag, in the order written.
        let values: [(flag: String, given: GivenValue)]
    }

    /// One setting varied over a list of values: every run of the comparison is made once with each.
    struct Dimension: Sendable {
        /// The varied setting's flag.
        let flag: String
        /// Its values, in the order given.
        let values: [GivenValue]
        /// Where it is varied, for messages: "--vary" or the config's grid.
        let origin: String
    }

    /// The entries of `runs`; nil when the config has none.
    var entries: [Entry]?
    /// The varied settings: each `--vary` in order, then the config's grid in file order.
    var dimensions: [Dimension] = []

    /// True when no run was declared.
    var isEmpty: Bool { entries == nil && dimensions.isEmpty }

    /// The most runs a comparison takes.
    static let maximumRuns = 1_000
}
