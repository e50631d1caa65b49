/// The data a template renders from: a closed set of JSON-like values, never `Any`.
///
/// Sections treat `false`, `null`, the empty string and the empty list as false; every other
/// value, including `0`, is true. A list repeats its section once per item; any other true value
/// renders the section once with that value pushed onto the context stack.
public indirect enum TemplateValue: Sendable, Equatable {
    /// Text, escaped by `{{name}}` and kept as-is by `{{{name}}}`.
    case string(String)
    /// A whole number, printed in decimal.
    case int(Int)
    /// A number printed in its shortest round-trip form ("1.21", "1", "1e-5").
    case double(Double)
    /// A flag: sections render when it is `true`; printed as "true" or "false".
    case bool(Bool)
    /// Items a section repeats over, in order.
    case list([TemplateValue])
    /// Named values, looked up by `{{key}}` and `{{key.inner}}`.
    case object([String: TemplateValue])
    /// No value: prints nothing and counts as false in sections, yet is a resolved name.
    case null

    /// Whether a section over this value renders (and an inverted section does not).
    var isTruthy: Bool {
        switch self {
        case .bool(let flag): flag
        case .null: false
        case .string(let text): !text.isEmpty
        case .list(let items): !items.isEmpty
        case .int, .double, .object: true
        }
    }

    /// A short name of the kind of value, for error messages.
    var kindName: String {
        switch self {
        case .string: "a string"
        case .int: "a whole number"
        case .double: "a number"
        case .bool: "a true/false flag"
        case .list: "a list"
        case .object: "an object"
        case .null: "null"
        }
    }
}
