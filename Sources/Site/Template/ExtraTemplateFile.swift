/// A file of a user's templates folder whose name is not one of the built-in set's, and what
/// becomes of it, so the note about it says what really happens.
public struct ExtraTemplateFile: Equatable, Sendable, CustomStringConvertible {
    /// What becomes of the file.
    public enum Use: Equatable, Sendable {
        /// A template included with `{{> name}}` by these templates (and so rendered).
        case includedBy([String])
        /// A template that no template includes: never rendered.
        case notIncluded
        /// Any other file: copied into the site folder at its path (not into a single file).
        case copied
        /// Any other file, in a single-file report: not used.
        case notCopied
    }

    /// The file as the user knows it, such as `t/extra.mustache`.
    public let file: String
    /// Its path in the site, for a copied asset.
    public let path: String
    public let use: Use

    /// The note printed about it.
    public var description: String {
        switch use {
        case .includedBy(let includers):
            "note: \(file) is not a built-in template's name; it is rendered where "
                + "\(includers.joined(separator: ", ")) include\(includers.count == 1 ? "s" : "") it."
        case .notIncluded:
            "note: \(file) is not a built-in template's name and no template includes it, so it is not used."
        case .copied:
            "note: \(file) is not one of the built-in files; it is copied into the site as \(path)."
        case .notCopied:
            "note: \(file) is not one of the built-in files, and a single-file report copies no files, so it is not used."
        }
    }
}
