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

/// A JSON number: its value and the text it was written as, which tells `3` from `3.0`.
public struct JSONNumber: Equatable, Sendable {
    /// The correctly rounded value; always finite (the parser refuses numbers beyond ±1.8e308).
    public let value: Double
    /// The number exactly as written in the file, such as `-0.5e3`.
    public let text: String
    /// Whether the text has neither a fraction nor an exponent (`12`, `-3`, but not `1.0`, `1e3`).
    public let isIntegerLiteral: Bool
}

/// An element of a JSON array, with the byte offset of its first character in the file.
public struct JSONElement: Equatable, Sendable {
    /// The element.
    public let value: JSONValue
    /// The byte offset where the element starts.
    public let offset: Int
}

/// A member of a JSON object: its key and value, each with the byte offset where it starts.
public struct JSONMember: Equatable, Sendable {
    /// The key, escapes resolved.
    public let key: String
    /// The byte offset of the key's opening quote.
    public let keyOffset: Int
    /// The value.
    public let value: JSONValue
    /// The byte offset where the value starts.
    public let valueOffset: Int
}
