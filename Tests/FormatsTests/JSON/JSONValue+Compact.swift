@testable import Formats

extension JSONValue {
    /// The value as compact JSON, numbers as written, strings escaping only `"`, `\` and
    /// controls: a readable way to state what a parse must give.
    var compact: String {
        switch self {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number): return number.text
        case .string(let text): return Self.compact(text)
        case .array(let elements): return "[" + elements.map(\.value.compact).joined(separator: ",") + "]"
        case .object(let members):
            return "{" + members.map { Self.compact($0.key) + ":" + $0.value.compact }.joined(separator: ",") + "}"
        }
    }

    private static func compact(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\u{0}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
