/// A value of a parsed JSON file together with where it is: its key path and its place in the
/// file, so that whoever reads the value can say exactly what is wrong with it.
///
/// Key paths follow code: members as `.key` (or `["key"]` when the key is not an identifier),
/// elements as `[i]` counted from 0, so `dataset.features[1][2]` is the third number of the second
/// feature row. The root's path is empty and is named "the top-level value" in messages.
///
///     let config = try JSONNode(parsing: bytes, file: "nn.json")
///     try config.checkKeys(allowed: ["weights", "bias"])
///     let bias = try config.member("bias")?.double()
public struct JSONNode: Sendable {
    /// The value.
    public let value: JSONValue
    /// The key path from the root, such as `dataset.features[1][2]`; "" for the root.
    public let path: String
    /// The file as the user named it.
    public let file: String
    /// Where the value starts in `bytes`.
    let offset: Int
    /// The whole file, to locate and quote lines in errors (shared, not copied).
    let bytes: [UInt8]

    /// Parses `bytes` (see `JSONParser`) and returns the root.
    ///
    /// - Parameter file: the name that errors report.
    public init(parsing bytes: [UInt8], file: String) throws(JSONError) {
        let root = try JSONParser.parseElement(bytes, file: file)
        self.init(value: root.value, path: "", file: file, offset: root.offset, bytes: bytes)
    }

    /// A node of the same file.
    init(value: JSONValue, path: String, file: String, offset: Int, bytes: [UInt8]) {
        self.value = value
        self.path = path
        self.file = file
        self.offset = offset
        self.bytes = bytes
    }

    /// The 1-based line where the value starts.
    public var line: Int { SourceLocation(offset: offset, in: bytes).line }
    /// The 1-based column (in characters) where the value starts.
    public var column: Int { SourceLocation(offset: offset, in: bytes).column }

    /// An error at this value: `problem` completes a sentence that starts with the key path,
    /// such as "must lie between 0 and 1, but it is 1.5."
    public func error(_ problem: String) -> JSONError {
        error(.invalidValue(path: path, problem: problem))
    }

    /// An error at this value, for `reason`.
    func error(_ reason: JSONReason) -> JSONError {
        JSONError(file: file, reason: reason, at: offset, in: bytes)
    }

    /// The error for a value of the wrong kind: "`path` must be `expected`, but it is a string."
    func wrongType(expected: String) -> JSONError {
        error(.wrongType(path: path, expected: expected, found: value.kindName))
    }

    /// The path of member `key` of this object.
    func path(ofMember key: String) -> String {
        let isIdentifier =
            !key.isEmpty && key.utf8.allSatisfy { JSONScanner.isLetter($0) || JSONScanner.isDigit($0) }
            && !JSONScanner.isDigit(key.utf8.first)
        if isIdentifier { return path.isEmpty ? key : "\(path).\(key)" }
        return "\(path)[\(JSONReason.quoted(key))]"
    }
}
