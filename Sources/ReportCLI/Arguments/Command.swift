/// What `nnreport` was asked to do.
enum Command: String, CaseIterable, Sendable {
    /// Train and write the site (the default).
    case generate
    /// Train and print the per-iteration log.
    case train
    /// Train several runs and write one site comparing them, each run's report below it.
    case compare
}

extension Set<Command> {
    /// The commands that write a site: `generate` and `compare`.
    static let sites: Set<Command> = [.generate, .compare]
}
