/// A JSON value as parsed (RFC 8259), keeping what the config loader needs for good messages:
/// the source text of numbers, the order of object members, and the byte offset of every member
/// and element in the file (see `JSONNode` for line, column and key paths).
public indirect enum JSONValue: Equatable, Sendable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number, with its source text.
    case number(JSONNumber)
    /// A string, escapes resolved.
    case string(String)
    /// An array, its elements in order.
    case array([JSONElement])
    /// An object, its members in source order (keys are distinct).
    case object([JSONMember])

    /// The kind of value with an article, for messages: "a number", "an array", "null".
    public var kindName: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}
