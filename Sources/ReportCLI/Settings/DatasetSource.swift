import Training

/// Where the training data comes from.
enum DatasetSource: Sendable, Equatable {
    /// One of the built-in logic gates.
    case gate(LogicGate)
    /// A CSV file (a path as given, resolved against the current folder or the config file's).
    case csv(path: String)
    /// Data written inline in the config file.
    case inline(Dataset)
}
