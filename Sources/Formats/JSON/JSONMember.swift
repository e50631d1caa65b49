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
