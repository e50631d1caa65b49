import Testing

@testable import Formats

@Suite struct ShortestNumberTests {
    @Test(
        arguments: [
            (1.0, "1"), (-0.0, "-0"), (0, "0"), (0.1, "0.1"), (1e-5, "1e-5"), (2.5e-5, "2.5e-5"),
            (1.8735013540549517e-16, "1.8735013540549517e-16"), (1e16, "1e16"), (1e15, "1000000000000000"),
            (-0.07499999999999982, "-0.07499999999999982"), (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e308"), (.nan, "nan"), (.infinity, "inf"),
            (-.infinity, "-inf"), (0.30000000000000004, "0.30000000000000004"), (123456.0, "123456"),
        ] as [(Double, String)])
    func writesTheShortestRoundTripForm(_ value: Double, _ text: String) {
        #expect(ShortestNumber.text(value) == text)
    }

    @Test func everyTextReadsBackToTheSameDouble() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let value = Double(bitPattern: generator.next())
            guard value.isFinite else { continue }
            let text = ShortestNumber.text(value)
            #expect(Double(text)?.bitPattern == value.bitPattern, "\(text)")
            #expect(text.count <= value.description.count)
        }
    }

    /// `description`'s text respelled as the exports spell it: no ".0", no "+" or leading zeros
    /// in the exponent. An independent reading of the public API, for the test below.
    static func respelled(_ value: Double) -> String {
        var text = value.description
        var exponent = ""
        if let e = text.firstIndex(of: "e") {
            var digits = text[text.index(after: e)...]
            let negative = digits.first == "-"
            if digits.first == "-" || digits.first == "+" { digits = digits.dropFirst() }
            exponent = "e" + (negative ? "-" : "") + String(Int(digits) ?? 0)
            text = String(text[..<e])
        }
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text + exponent
    }

    /// The digits come from ShortestDigits (Schubfach), not from the standard library; they must
    /// be exactly `description`'s, for every kind of double: random bit patterns, subnormals,
    /// integers, values near powers of ten and the logs' typical small gradients.
    @Test func theDigitsAreDescriptionsForEveryKindOfDouble() {
        var generator = SystemRandomNumberGenerator()
        var values: [Double] = [5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1e23, 9007199254740993]
        for _ in 0..<100_000 { values.append(Double(bitPattern: generator.next())) }
        for _ in 0..<20_000 { values.append(Double(bitPattern: generator.next() & 0x000F_FFFF_FFFF_FFFF)) }
        for _ in 0..<20_000 {
            values.append(Double(Int64.random(in: -1_000_000_000...1_000_000_000, using: &generator)))
        }
        for exponent in -320...308 {
            let power = Double("1e\(exponent)") ?? 0
            values += [power, power.nextUp, power.nextDown, -power]
        }
        for _ in 0..<20_000 { values.append(Double.random(in: -1e-3...1e-3, using: &generator)) }
        var mismatches: [String] = []
        for value in values where value.isFinite {
            let text = ShortestNumber.text(value), expected = Self.respelled(value)
            if text != expected && mismatches.count < 10 {
                mismatches.append("\(value.bitPattern): \(text) vs \(expected)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches)")
    }
}
