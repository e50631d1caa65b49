extension DecimalNumber {
    /// Why `text` is not a number, as a short phrase that completes "the value "…" …", or `nil`
    /// when `parse(_:)` accepts it.
    ///
    /// For example "is a hexadecimal number", "uses a decimal comma", "uses a thousands
    /// separator", "contains non-ASCII digits", "is out of range (beyond the largest double, about 1.8e308)".
    public static func problem(with text: Substring) -> String? {
        if parse(text) != nil { return nil }
        if text.isEmpty { return "is empty" }
        if text.contains(where: \.isNewline) { return "contains a line break" }
        if text.unicodeScalars.contains(where: \.properties.isWhitespace) {
            return parse(trimmingWhitespace(text)) != nil ? "has spaces around it" : "contains a space"
        }
        let unsigned = text.drop(while: { $0 == "+" || $0 == "-" })
        switch unsigned.lowercased() {
        case "nan", "snan", "qnan": return "is NaN (not a number)"
        case "inf", "infinity", "∞": return "is infinite"
        default: break
        }
        if unsigned.lowercased().hasPrefix("0x") { return "is a hexadecimal number" }
        if text.contains("_") { return "contains an underscore (digit separators are not accepted)" }
        if text.unicodeScalars.contains(where: { !$0.isASCII && $0.properties.numericType == .decimal }) {
            return "contains non-ASCII digits"
        }
        if text.unicodeScalars.contains(where: { Self.unicodeMinusSigns.contains($0) }) {
            return "uses a Unicode dash instead of the ASCII minus sign (-)"
        }
        if unsigned.contains(",") { return commaProblem(unsigned) }
        if matchesGrammar(text.utf8) {
            return text.first == "-"
                ? "is out of range (below the most negative double, about -1.8e308)"
                : "is out of range (beyond the largest double, about 1.8e308)"
        }
        if text.filter({ $0 == "." }).count > 1 { return "has more than one decimal point" }
        if let odd = text.unicodeScalars.first(where: { !"0123456789+-.eE".unicodeScalars.contains($0) }) {
            return "contains the character \(Self.quoted(odd))"
        }
        return "is not a decimal number"
    }

    /// Why `text` is not a number (see the `Substring` form), or `nil` when it is one.
    public static func problem(with text: String) -> String? {
        problem(with: text[...])
    }

    /// Dashes that look like a minus sign but are not the ASCII one.
    private static let unicodeMinusSigns: Set<Unicode.Scalar> = [
        "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}", "\u{FE63}", "\u{FF0D}",
    ]

    /// Tells a decimal comma (`0,5`, `3,14e2`) from thousands separators (`1,000`, `12,345.6`).
    private static func commaProblem(_ unsigned: Substring) -> String {
        let groups = unsigned.split(separator: ",", omittingEmptySubsequences: false)
        let allDigits = { (group: Substring) in !group.isEmpty && group.utf8.allSatisfy(isDigit) }
        let first = groups[0]
        let rest = groups.dropFirst()
        let thousands =
            allDigits(first) && first.count <= 3
            && rest.dropLast().allSatisfy { $0.count == 3 && allDigits($0) }
            && rest.last.map {
                $0.prefix(3).utf8.allSatisfy(isDigit) && ($0.count == 3 || $0.dropFirst(3).first == ".")
            }
                == true
        if thousands { return "uses a thousands separator" }
        if groups.count == 2, matchesGrammar("\(first).\(groups[1])"[...].utf8) { return "uses a decimal comma" }
        return "contains a comma"
    }

    /// `text` without Unicode whitespace at either end.
    private static func trimmingWhitespace(_ text: Substring) -> Substring {
        let isText = { (character: Character) in !character.unicodeScalars.allSatisfy(\.properties.isWhitespace) }
        guard let first = text.firstIndex(where: isText), let last = text.lastIndex(where: isText) else {
            return text[text.endIndex...]
        }
        return text[first...last]
    }

    /// A scalar in quotes, or its code point when it is invisible.
    private static func quoted(_ scalar: Unicode.Scalar) -> String {
        let visible = scalar.properties.generalCategory
        switch visible {
        case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator, .unassigned,
            .privateUse, .surrogate, .nonspacingMark, .enclosingMark:
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        default:
            return "\"\(scalar)\""
        }
    }
}
