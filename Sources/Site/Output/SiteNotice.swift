/// Something a run writing a site tells the user while it goes on: not an error.
public enum SiteNotice: Equatable, Sendable, CustomStringConvertible {
    /// Another nnreport run holds the destination's lock; this one waits for it.
    case waiting(destination: String)
    /// A killed run's journal was found and its work undone or finished.
    case recovered(destination: String, SiteJournal.Recovery)

    /// The notice as one sentence.
    public var description: String {
        switch self {
        case .waiting(let destination):
            "waiting for another nnreport run writing \(destination)…"
        case .recovered(let destination, let recovery):
            "note: an earlier nnreport run writing \(destination) was killed before it finished; "
                + (recovery.restored == 0
                    ? "none of your files were out of place"
                    : "put back \(recovery.restored) of your files or folders it was moving")
                + (recovery.removed.isEmpty ? "" : " and removed its \(recovery.removed.joined(separator: ", "))")
                + "."
        }
    }
}
