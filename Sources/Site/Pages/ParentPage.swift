/// The page a report links back up to: the comparison a run belongs to.
public struct ParentPage: Sendable, Equatable {
    /// The link's text, such as "All 6 runs".
    public let label: String
    /// The page's path from the report's root folder, such as "../../index.html".
    public let path: String

    public init(label: String, path: String) {
        self.label = label
        self.path = path
    }
}
