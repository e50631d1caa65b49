/// The one rule for numbers that people type: command-line values and CSV cells.
///
/// The grammar, in ASCII only and with nothing around it:
///
///     number   = [sign] mantissa [exponent]
///     mantissa = digits ["." [digits]] | "." digits
///     exponent = ("e" | "E") [sign] digits
///     sign     = "+" | "-"
///     digits   = one or more of 0–9
///
/// So `1`, `-2.5`, `+3`, `.5`, `5.`, `007` and `-1.5e-3` are numbers, while `""`, `" 1"`,
/// `0x1p3`, `1_000`, `nan`, `inf`, `infinity`, `١٢`, `0,5` and `1,000` are not. Values beyond
/// ±1.7976931348623157e308 (such as `1e400`) are refused rather than turned into infinity; values
/// too small for a double become 0 or a subnormal, as in every language. The conversion is
/// correctly rounded: the grammar is checked here, then the standard library's parser (which
/// alone would also accept hexadecimal, `nan` and `inf`) converts.
public enum DecimalNumber {
    /// The value of `text` when it is a decimal number by the grammar above and finite; else `nil`.
    ///
    /// - Complexity: O(n).
    public static func parse(_ text: Substring) -> Double? {
        guard matchesGrammar(text.utf8), let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// The value of `text` when it is a decimal number by the grammar above and finite; else `nil`.
    public static func parse(_ text: String) -> Double? {
        parse(text[...])
    }

    /// Whether `bytes` spell a number by the grammar in the type's documentation.
    static func matchesGrammar(_ bytes: Substring.UTF8View) -> Bool {
        var index = bytes.startIndex
        func skipDigits() -> Int {
            var count = 0
            while index < bytes.endIndex, isDigit(bytes[index]) {
                count += 1
                index = bytes.index(after: index)
            }
            return count
        }
        func skipSign() {
            if index < bytes.endIndex, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index = bytes.index(after: index)
            }
        }
        skipSign()
        var mantissaDigits = skipDigits()
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: ".") {
            index = bytes.index(after: index)
            mantissaDigits += skipDigits()
        }
        guard mantissaDigits > 0 else { return false }
        if index < bytes.endIndex, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index = bytes.index(after: index)
            skipSign()
            guard skipDigits() > 0 else { return false }
        }
        return index == bytes.endIndex
    }

    /// Whether `byte` is an ASCII digit.
    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
