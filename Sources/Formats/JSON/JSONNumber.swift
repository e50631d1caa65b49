/// A JSON number: its value and the text it was written as, which tells `3` from `3.0`.
public struct JSONNumber: Equatable, Sendable {
    /// The correctly rounded value; always finite (the parser refuses numbers beyond ±1.8e308).
    public let value: Double
    /// The number exactly as written in the file, such as `-0.5e3`.
    public let text: String
    /// Whether the text has neither a fraction nor an exponent (`12`, `-3`, but not `1.0`, `1e3`).
    public let isIntegerLiteral: Bool
}
