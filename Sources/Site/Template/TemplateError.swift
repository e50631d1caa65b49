import Formats

/// A template that cannot be loaded, parsed or rendered: the file, the place, and the reason.
///
/// `description` writes whole sentences saying what is wrong, where, and how to fix it,
/// followed by the offending line and a caret under the column.
public struct TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Sendable, Equatable {
        /// A tag whose closing delimiter (given) never comes.
        case unclosedTag(expected: String)
        /// A tag with nothing between its delimiters.
        case emptyTagName
        /// A name that is not keys joined by single dots, or contains spaces.
        case invalidName(String)
        /// A set-delimiter tag whose content (given) is not two valid delimiters.
        case invalidDelimiters(String)
        /// A section that is opened and never closed.
        case unclosedSection(String)
        /// A closing tag with no section open.
        case unexpectedClosingTag(String)
        /// A closing tag for `close` while `open` (opened at the given line and column) is open.
        case mismatchedClosingTag(open: String, close: String, openLine: Int, openColumn: Int)
        /// Sections nested deeper than the limit.
        case sectionsTooDeep(limit: Int)
        /// `render` was asked for a template the library does not hold.
        case unknownTemplate(String, known: [String])
        /// In strict mode, a name that cannot be resolved: `missing` is the name up to its first key
        /// not found (`run.nmae` for `run.nmae.x`), `available` the names that were there instead.
        case unresolvedName(String, missing: String, available: [String])
        /// In strict mode, `{{name}}` on a list or an object (`kind` names which).
        case unprintableValue(String, kind: String)
        /// In strict mode, `{{>name}}` for a partial the library does not hold.
        case missingPartial(String)
        /// Partials included inside each other deeper than the limit, at the named partial.
        case partialsTooDeep(String, limit: Int)
        /// Rendering passed the most a page may render (`bytes`, `steps`) or what the run had left.
        case renderRunaway(bytes: Int, steps: Int)
        /// A page whose head does not come first, so nnreport's Content-Security-Policy could not be first in it.
        case noHeadForPolicy
        /// A page with a `<meta http-equiv>` tag of its own (given), such as a refresh.
        case forbiddenHTTPEquiv(String)
        /// A template file that is not valid UTF-8.
        case notUTF8
        /// A file or folder that cannot be read, with the system's reason.
        case unreadable(String)
        /// A device, pipe or socket in the templates folder, which is never read.
        case notARegularFile
        /// A symbolic link in the templates folder, which is never followed.
        case symbolicLink
        /// A file larger than `TemplateLibrary.maximumFileBytes`, refused before it is read.
        case fileTooLarge(bytes: Int)
    }

    /// The file the error is in, as the user knows it (for example `templates/index.mustache`).
    public let file: String
    /// The place in the file, when the error has one.
    public let location: SourceLocation?
    /// What went wrong.
    public let reason: Reason

    /// An error in `file` at `location`.
    init(file: String, location: SourceLocation? = nil, _ reason: Reason) {
        self.file = file
        self.location = location
        self.reason = reason
    }

    /// The error as sentences, prefixed with `file:line:column:` and followed by the quoted line.
    public var description: String {
        guard let location else {
            return "\(file): \(explanation)"
        }
        return "\(file):\(location.line):\(location.column): \(explanation)\n\(location.excerpt)"
    }
}
