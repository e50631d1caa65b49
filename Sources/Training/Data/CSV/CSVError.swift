/// Why a CSV file could not be read as a table or a dataset, and where.
///
/// `description` is what the user sees: the place as `file:line:column:`, one or two sentences
/// saying what is wrong and how to fix it, then the offending line quoted with a caret.
public struct CSVError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file as the user named it.
    public let file: String
    /// The 1-based line the problem is on, counting physical lines; `nil` for problems of the
    /// whole file (missing, too large, empty).
    public let line: Int?
    /// The 1-based column (in characters) the problem starts at, when `line` is set.
    public let column: Int?
    /// What is wrong.
    public let reason: Reason
    /// The offending line and a caret under `column`, or "" when there is no line.
    public let excerpt: String

    /// An error about the file as a whole.
    init(file: String, reason: Reason) {
        self.file = file
        self.line = nil
        self.column = nil
        self.reason = reason
        self.excerpt = ""
    }

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
        var place = file
        if let line { place += ":\(line)" }
        if let column { place += ":\(column)" }
        return "\(place): \(reason.sentence)" + (excerpt.isEmpty ? "" : "\n" + excerpt)
    }
}
