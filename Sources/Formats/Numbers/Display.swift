import Foundation

/// Numbers as people read them, on pages and in charts: the one display formatter.
///
/// Prose and arithmetic use `short` (at most four decimals, "0.8022"; tiny values in scientific
/// form, "1.874 × 10⁻¹⁶"); tables of logged values use `exact` (the shortest text that reads
/// back to the same double); labels drawn inside charts, where room is scarce, use `compact`
/// (three significant digits, "−7.5e307"). All write the minus sign as "−", infinities as "∞",
/// and NaN as "not finite", never the words "nan" or "inf"; counts are grouped ("1,000").
public enum Display {
    /// The exact value: the shortest round-trip digits, typographic minus, ∞ and NaN spelled out.
    public static func exact(_ value: Double) -> String {
        if value.isNaN { return "not finite" }
        if value.isInfinite { return value < 0 ? "−∞" : "∞" }
        return typographic(ShortestNumber.text(value))
    }

    /// The value rounded for reading: four decimals, or four significant digits in scientific form
    /// when that would hide it (below 0.0001) or when it is large (from 10⁶).
    public static func short(_ value: Double) -> String {
        if !value.isFinite { return exact(value) }
        if value == 0 { return "0" }
        let magnitude = abs(value)
        if magnitude >= 1e-4, magnitude < 1e6 {
            return typographic(trimmed(fixed(value, decimals: 4)))
        }
        return scientific(value)
    }

    /// A whole number with thin grouping for readability: 1000000 → "1,000,000".
    public static func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return (value < 0 ? "−" : "") + grouped
    }

    /// "1 iteration", "1,000 iterations".
    public static func count(_ value: Int, _ noun: String, plural: String? = nil) -> String {
        "\(count(value)) \(value == 1 ? noun : plural ?? noun + "s")"
    }

    /// A file size for people: "812 bytes", "292 KB", "1.4 MB".
    public static func bytes(_ count: Int) -> String {
        if count < 1000 { return "\(count) bytes" }
        if count < 1_000_000 { return "\(Int((Double(count) / 1000).rounded())) KB" }
        if count < 1_000_000_000 { return typographic(trimmed(fixed(Double(count) / 1e6, decimals: 1))) + " MB" }
        return typographic(trimmed(fixed(Double(count) / 1e9, decimals: 1))) + " GB"
    }

    /// A share as a percentage with at most one decimal: 0.75 → "75 %".
    public static func percent(_ share: Double) -> String {
        typographic(trimmed(fixed(share * 100, decimals: 1))) + " %"
    }

    /// Four significant digits as "d.ddd × 10ⁿ".
    public static func scientific(_ value: Double) -> String {
        // "%.3e" rounds correctly and handles subnormals; only the spelling changes.
        let text = Printf.text("%.3e", value)
        guard let e = text.firstIndex(of: "e"), let exponent = Int(text[text.index(after: e)...]) else {
            return exact(value)
        }
        return "\(typographic(trimmed(String(text[..<e])))) × 10\(superscript(exponent))"
    }

    /// `value` with `digits` significant digits and trailing zeros dropped ("−0.075", "0.4",
    /// "1.23e6", "1e-17"), for labels inside charts. Non-finite values read "not finite".
    public static func compact(_ value: Double, digits: Int = 3) -> String {
        guard value.isFinite else { return "not finite" }
        if value == 0 { return "0" }
        var text = Printf.text("%.\(max(1, min(digits, 17)))g", value)
        if let e = text.firstIndex(of: "e") {
            var mantissa = String(text[..<e])
            var exponent = String(text[text.index(after: e)...])
            if mantissa.utf8.contains(UInt8(ascii: ".")) { mantissa = trimmed(mantissa) }
            let negative = exponent.hasPrefix("-")
            exponent = String(exponent.drop { $0 == "+" || $0 == "-" || $0 == "0" })
            text = mantissa + "e" + (negative ? "-" : "") + (exponent.isEmpty ? "0" : exponent)
        } else {
            text = trimmed(text)
        }
        // A true minus sign in front; the exponent keeps its hyphen, as in "1e-5".
        return text.hasPrefix("-") ? "−" + text.dropFirst() : text
    }

    /// Two values in `compact` form with just enough digits (at least three) that different
    /// values read differently.
    public static func compactPair(_ a: Double, _ b: Double) -> (String, String) {
        for digits in 3...17 {
            let (x, y) = (compact(a, digits: digits), compact(b, digits: digits))
            if x != y || a == b || !a.isFinite || !b.isFinite { return (x, y) }
        }
        return (compact(a, digits: 17), compact(b, digits: 17))
    }

    /// Values in prose: "[0.4, 0.2]", `short` each, the middle of lists longer than `limit` elided.
    public static func row(_ values: [Double], limit: Int = 8) -> String {
        let shown =
            values.count <= limit
            ? values.map(short) : values.prefix(max(limit - 1, 1)).map(short) + ["…", short(values[values.count - 1])]
        return "[" + shown.joined(separator: ", ") + "]"
    }

    /// "a", "a and b", "a, b and c".
    public static func list(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }

    // MARK: - Helpers

    /// `text` with each hyphen-minus a true minus sign ("−").
    ///
    /// Written out rather than with Foundation's `replacingOccurrences`, which bridges each of the
    /// report's hundreds of numbers to an NSString and back.
    public static func typographic(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "-")) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { result.append(scalar == "-" ? "\u{2212}" : scalar) }
        return String(result)
    }

    /// `value` with exactly `decimals` decimals, rounded half away from zero on the decimal digits.
    static func fixed(_ value: Double, decimals: Int) -> String {
        let scale = power10(decimals)
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e15 else { return ShortestNumber.text(value) }
        let whole = Int(scaled)
        let integerPart = whole / Int(scale)
        let fraction = whole % Int(scale)
        var text = String(integerPart)
        if decimals > 0 {
            let digits = String(fraction)
            text += "." + String(repeating: "0", count: decimals - digits.count) + digits
        }
        return (value < 0 && whole != 0 ? "-" : "") + text
    }

    /// `text` without the zeros that end its decimals, nor a point left last.
    ///
    /// On the UTF-8 bytes: `contains(".")` on a String is Foundation's search, through an NSString.
    private static func trimmed(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: ".")) else { return text }
        var result = Substring(text)
        while result.utf8.last == UInt8(ascii: "0") { result = result.dropLast() }
        if result.utf8.last == UInt8(ascii: ".") { result = result.dropLast() }
        return String(result)
    }

    private static func power10(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<abs(exponent) { result *= 10 }
        return exponent < 0 ? 1 / result : result
    }

    private static func superscript(_ exponent: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        let sign = exponent < 0 ? "⁻" : ""
        return sign + String(String(exponent.magnitude).compactMap { $0.wholeNumberValue.map { digits[$0] } })
    }
}
