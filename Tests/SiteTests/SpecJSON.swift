import Site

/// Any JSON value of the Mustache spec files, decoded without Foundation's `JSONSerialization`
/// (which on Linux reports `1 is Bool`).
///
/// A single-value container is tried as nil → Bool → Int → Double → String → array → object,
/// the order that keeps `true` a flag, `85` a whole number and `1.210` a double.
indirect enum SpecJSON: Decodable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([SpecJSON])
    case object([String: SpecJSON])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? container.decode(Int.self) {
            self = .int(number)
        } else if let number = try? container.decode(Double.self) {
            self = .double(number)
        } else if let text = try? container.decode(String.self) {
            self = .string(text)
        } else if let items = try? container.decode([SpecJSON].self) {
            self = .array(items)
        } else {
            self = .object(try container.decode([String: SpecJSON].self))
        }
    }

    /// The same value as the template engine's data.
    var templateValue: TemplateValue {
        switch self {
        case .null: .null
        case .bool(let flag): .bool(flag)
        case .int(let number): .int(number)
        case .double(let number): .double(number)
        case .string(let text): .string(text)
        case .array(let items): .list(items.map(\.templateValue))
        case .object(let fields): .object(fields.mapValues(\.templateValue))
        }
    }
}
