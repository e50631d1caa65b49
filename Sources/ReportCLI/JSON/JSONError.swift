import Training

/// Why a JSON file could not be read, or why a value in it does not fit, and where.
///
/// `description` is what the user sees: `file:line:column:`, one or two sentences saying what is
/// wrong and how to fix it, then the offending line quoted with a caret under the column.
public struct JSONError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file as the user named it.
    public let file: String
    /// The 1-based line of the problem (LF, CRLF and CR each end a line).
    public let line: Int
    /// The 1-based column of the problem, in characters (Unicode scalars).
    public let column: Int
    /// What is wrong.
    public let reason: Reason
    /// The offending line and a caret under `column`.
    public let excerpt: String

    /// An error at byte `offset` of `bytes`.
    init(file: String, reason: Reason, at offset: Int, in bytes: [UInt8]) {
        let location = SourceLocation(offset: offset, in: bytes)
        self.file = file
        self.line = location.line
        self.column = location.column
        self.reason = reason
        self.excerpt = location.excerpt
    }

    public var description: String {
        "\(file):\(line):\(column): \(reason.sentence)\n\(excerpt)"
    }
}
