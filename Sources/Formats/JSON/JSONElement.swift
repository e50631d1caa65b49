/// An element of a JSON array, with the byte offset of its first character in the file.
public struct JSONElement: Equatable, Sendable {
    /// The element.
    public let value: JSONValue
    /// The byte offset where the element starts.
    public let offset: Int
}
