/// Numbers as text in the shortest form that reads back to the same double.
///
/// `1.0` → "1", `1e-05` → "1e-5", `1.8735013540549517e-16` stays, `-0.0` → "-0";
/// non-finite values are "nan", "inf" and "-inf", as Python's `float()` reads them.
public enum ShortestNumber {
    /// The shortest round-trip text of `value`.
    public static func text(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        // Swift's description already has the shortest round-trip digits; only its spelling of
        // integral values ("1.0") and exponents ("e+16", "e-05") is longer than needed.
        let text = value.description
        var bytes = Array(text.utf8)
        if let e = bytes.firstIndex(of: UInt8(ascii: "e")) {
            var exponent = Array(bytes[(e + 1)...])
            let negative = exponent.first == UInt8(ascii: "-")
            if exponent.first == UInt8(ascii: "-") || exponent.first == UInt8(ascii: "+") { exponent.removeFirst() }
            while exponent.count > 1, exponent.first == UInt8(ascii: "0") { exponent.removeFirst() }
            var mantissa = Array(bytes[..<e])
            if mantissa.suffix(2) == [UInt8(ascii: "."), UInt8(ascii: "0")] { mantissa.removeLast(2) }
            bytes = mantissa + [UInt8(ascii: "e")] + (negative ? [UInt8(ascii: "-")] : []) + exponent
        } else if bytes.suffix(2) == [UInt8(ascii: "."), UInt8(ascii: "0")] {
            bytes.removeLast(2)
        } else {
            return text
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
