// Literals let page contexts read like the data they hold: ["title": "AND gate", "rows": [...]].

extension TemplateValue: ExpressibleByStringLiteral {
    /// A `.string` from a string literal.
    public init(stringLiteral value: String) {
        self = .string(value)
    }
}

// Interpolated literals ("n\(level)") become `.string` through the standard library's default.
extension TemplateValue: ExpressibleByStringInterpolation {}

extension TemplateValue: ExpressibleByIntegerLiteral {
    /// An `.int` from an integer literal.
    public init(integerLiteral value: Int) {
        self = .int(value)
    }
}

extension TemplateValue: ExpressibleByFloatLiteral {
    /// A `.double` from a floating-point literal.
    public init(floatLiteral value: Double) {
        self = .double(value)
    }
}

extension TemplateValue: ExpressibleByBooleanLiteral {
    /// A `.bool` from `true` or `false`.
    public init(booleanLiteral value: Bool) {
        self = .bool(value)
    }
}

extension TemplateValue: ExpressibleByArrayLiteral {
    /// A `.list` from an array literal.
    public init(arrayLiteral elements: TemplateValue...) {
        self = .list(elements)
    }
}

extension TemplateValue: ExpressibleByDictionaryLiteral {
    /// An `.object` from a dictionary literal; a repeated key keeps its last value.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
