import Foundation

/// The name of a run of a comparison, which is also its folder (`runs/<name>/`) and part of
/// every link to it: checked when given, derived from the values when a grid makes the run.
enum RunName {
    /// The longest name, in characters.
    static let maximumLength = 80

    /// The characters a name may use besides ASCII letters and digits: none needs escaping in
    /// a URL or quoting in a shell, and none is special to a file system.
    static let punctuation: Set<Character> = ["-", "_", ".", "+", ",", "="]

    /// Why `name` cannot name a run, as the end of a sentence about it, or nil when it can.
    static func problem(_ name: String) -> String? {
        guard let first = name.first else { return "is empty; give each run a name, such as \"slow\"." }
        if name == "." || name == ".." {
            return "would name a folder above or at runs/ itself; use letters, digits and - _ . + , =."
        }
        if let separator = name.first(where: { $0 == "/" || $0 == "\\" }) {
            return "contains '\(separator)', a path separator; a name is one folder, runs/<name>/."
        }
        guard name.count <= maximumLength else {
            return "is \(name.count) characters long; names may have at most \(maximumLength)."
        }
        if let other = name.first(where: { !isAllowed($0) }) {
            let codes = other.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }
            let visible = other.unicodeScalars.allSatisfy {
                !$0.properties.isWhitespace && $0.properties.generalCategory != .control
            }
            return "contains \(visible ? "'\(other)' " : "")(\(codes.joined(separator: " "))); names may use ASCII "
                + "letters, digits and - _ . + , = only."
        }
        guard first.isASCII, first.isLetter || first.isNumber else {
            return
                "starts with '\(first)'; a name starts with a letter or a digit (a leading '.' would hide the folder)."
        }
        return nil
    }

    /// The name of a grid point: `<flag>-<value>` for each varied setting, joined by "_", with
    /// any character a name may not use replaced by "-" (`learning-rate-0.01_rule-logistic`).
    static func derived(_ parts: [(flag: String, value: String)]) -> String {
        parts.map { "\($0.flag)-\(clean($0.value))" }.joined(separator: "_")
    }

    /// A value as it appears in a derived name: a data file by its name without folder or
    /// ending, other values as written, disallowed characters replaced by "-".
    static func clean(_ value: String) -> String {
        var text = value
        if text.contains("/") || text.lowercased().hasSuffix(".csv") {
            text = ((text as NSString).lastPathComponent as NSString).deletingPathExtension
        }
        return String(text.map { isAllowed($0) ? $0 : "-" })
    }

    private static func isAllowed(_ character: Character) -> Bool {
        (character.isASCII && (character.isLetter || character.isNumber)) || punctuation.contains(character)
    }
}
