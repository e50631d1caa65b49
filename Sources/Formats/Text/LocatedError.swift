/// What is wrong with some input, said to the user in one or two whole sentences: what, and how
/// to fix it.
public protocol ErrorReason: Equatable, Sendable {
    /// The sentences, starting in lower case (they follow the place: "data.csv:3:5: the label …").
    var sentence: String { get }
}

/// A problem with a text file the user gave, and where it is: the one error shape of every
/// reader (CSV, JSON, the dataset and config loaders built on them).
///
/// `description` is what the user sees: the place as `file:line:column:`, the reason's sentences,
/// then the offending line quoted with a caret under the column (see `SourceLocation`).
public struct LocatedError<Reason: ErrorReason>: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file as the user named it.
    public let file: String
    /// The 1-based line the problem is on; nil for problems of the whole file (missing, too large).
    public let line: Int?
    /// The 1-based column (in Unicode scalars) the problem starts at, when `line` is set.
    public let column: Int?
    /// What is wrong.
    public let reason: Reason
    /// The offending line and a caret under `column`, or "" when there is no line.
    public let excerpt: String

    /// A problem of the file as a whole.
    public init(file: String, reason: Reason) {
        self.init(file: file, line: nil, column: nil, reason: reason, excerpt: "")
    }

    /// A problem at byte `offset` of the file's `bytes`.
    public init(file: String, reason: Reason, at offset: Int, in bytes: [UInt8]) {
        let location = SourceLocation(offset: offset, in: bytes)
        self.init(file: file, line: location.line, column: location.column, reason: reason, excerpt: location.excerpt)
    }

    private init(file: String, line: Int?, column: Int?, reason: Reason, excerpt: String) {
        self.file = file
        self.line = line
        self.column = column
        self.reason = reason
        self.excerpt = excerpt
    }

    /// The same place with the reason told by a layer that knows more (a CSV syntax error seen
    /// by the dataset loader, say).
    public func mapped<Other: ErrorReason>(_ transform: (Reason) -> Other) -> LocatedError<Other> {
        LocatedError<Other>(file: file, line: line, column: column, reason: transform(reason), excerpt: excerpt)
    }

    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let column { place += ":\(column)" }
        return "\(place): \(reason.sentence)" + (excerpt.isEmpty ? "" : "\n" + excerpt)
    }
}
