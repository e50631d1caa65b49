import Foundation

/// Numbers as they read in a sentence: few significant digits, a true minus sign, no "nan".
enum ProseNumber {
    /// `value` with `digits` significant digits, trailing zeros dropped ("−0.075", "0.4", "1.23e6").
    ///
    /// Non-finite values read "not finite"; callers say in words when a value became so.
    static func text(_ value: Double, digits: Int = 3) -> String {
        guard value.isFinite else { return "not finite" }
        if value == 0 { return "0" }
        var text = String(format: "%.\(max(1, min(digits, 17)))g", value)
        if let e = text.firstIndex(of: "e") {
            var mantissa = String(text[..<e])
            var exponent = String(text[text.index(after: e)...])
            if mantissa.contains(".") {
                while mantissa.hasSuffix("0") { mantissa.removeLast() }
                if mantissa.hasSuffix(".") { mantissa.removeLast() }
            }
            let negative = exponent.hasPrefix("-")
            exponent = String(exponent.drop { $0 == "+" || $0 == "-" || $0 == "0" })
            text = mantissa + "e" + (negative ? "-" : "") + (exponent.isEmpty ? "0" : exponent)
        } else if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        // A true minus sign in front; the exponent keeps its hyphen, as in "1e-5".
        return text.hasPrefix("-") ? "−" + text.dropFirst() : text
    }

    /// Two values with just enough digits (at least three) that different values read differently.
    static func pair(_ a: Double, _ b: Double) -> (String, String) {
        for digits in 3...17 {
            let (x, y) = (text(a, digits: digits), text(b, digits: digits))
            if x != y || a == b || !a.isFinite || !b.isFinite { return (x, y) }
        }
        return (text(a, digits: 17), text(b, digits: 17))
    }

    /// A count or iteration, grouped by thousands from 10,000 on ("1000", "10,000,000").
    static func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        guard digits.count > 4 else { return value < 0 ? "−" + digits : digits }
        var grouped = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { grouped.append(",") }
            grouped.append(character)
        }
        return value < 0 ? "−" + grouped : grouped
    }

    /// "a, b and c".
    static func list(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }

    /// "1 iteration", "26 iterations".
    static func counted(_ value: Int, _ noun: String) -> String {
        "\(count(value)) \(noun)\(value == 1 ? "" : "s")"
    }
}
