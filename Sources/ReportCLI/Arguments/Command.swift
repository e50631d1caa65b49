/// What `nnreport` was asked to do.
enum Command: String, CaseIterable, Sendable {
    /// Train and write the site (the default).
    case generate
    /// Train and print the per-iteration log.
    case train
}
