import Testing

@testable import Formats

/// The grammar, the rounding and the reasons of `DecimalNumber`.
@Suite struct DecimalNumberTests {
    static let accepted: [(String, Double)] = [
        ("0", 0), ("1", 1), ("-1", -1), ("+3", 3), ("007", 7), ("1.5", 1.5), (".5", 0.5), ("5.", 5),
        ("-.5", -0.5), ("1e3", 1000), ("1E3", 1000), ("1e+3", 1000), ("-1.5e-3", -0.0015), ("2.e2", 200),
        (".5e1", 5), ("0.1", 0.1), ("1e-400", 0), ("-1e-400", -0.0), ("4.9e-324", .leastNonzeroMagnitude),
        ("1.7976931348623157e308", 1.7976931348623157e308), ("9007199254740993", 9_007_199_254_740_992),
        ("2.2250738585072011e-308", Double(bitPattern: 0x000F_FFFF_FFFF_FFFF)), ("0e999999999999", 0),
        ("123456789012345678901234567890", 1.2345678901234568e29),
    ]

    @Test(arguments: accepted)
    func acceptsAndRoundsCorrectly(text: String, value: Double) {
        let parsed = DecimalNumber.parse(text[...])
        #expect(parsed?.bitPattern == value.bitPattern)
        #expect(DecimalNumber.problem(with: text[...]) == nil)
    }

    @Test func roundsHalfwayCasesToEven() {
        // 2^53 + 1 lies halfway between two doubles; so does 2^-1075 (half the smallest subnormal).
        #expect(DecimalNumber.parse("9007199254740993") == 9_007_199_254_740_992)
        #expect(DecimalNumber.parse("9007199254740995") == 9_007_199_254_740_996)
        #expect(DecimalNumber.parse("2.4703282292062327e-324") == 0)
        #expect(DecimalNumber.parse("2.4703282292062328e-324") == .leastNonzeroMagnitude)
    }

    static let refused: [(String, String)] = [
        ("", "is empty"), (" 1", "has spaces around it"), ("1\t", "has spaces around it"),
        ("1 000", "contains a space"), ("1\n", "contains a line break"), ("\u{A0}5", "has spaces around it"),
        ("0x1p3", "is a hexadecimal number"), ("-0X10", "is a hexadecimal number"),
        ("1_000", "contains an underscore (digit separators are not accepted)"),
        ("nan", "is NaN (not a number)"), ("-NaN", "is NaN (not a number)"), ("inf", "is infinite"),
        ("+Infinity", "is infinite"), ("infinity", "is infinite"), ("∞", "is infinite"),
        ("١٢", "contains non-ASCII digits"), ("１２", "contains non-ASCII digits"),
        ("−1", "uses a Unicode dash instead of the ASCII minus sign (-)"),
        ("0,5", "uses a decimal comma"), ("-3,14e2", "uses a decimal comma"),
        ("1,000", "uses a thousands separator"), ("1,234,567.5", "uses a thousands separator"),
        ("1,2,3", "contains a comma"), (",", "contains a comma"),
        ("1e400", "is out of range (beyond the largest double, about 1.8e308)"),
        ("-1e400", "is out of range (below the most negative double, about -1.8e308)"),
        ("1.7976931348623159e308", "is out of range (beyond the largest double, about 1.8e308)"),
        ("1.2.3", "has more than one decimal point"), ("5%", "contains the character \"%\""),
        ("1\u{200B}", "contains the character U+200B"), ("abc", "contains the character \"a\""),
        (".", "is not a decimal number"), ("-", "is not a decimal number"), ("+-1", "is not a decimal number"),
        ("1e", "is not a decimal number"), ("e5", "is not a decimal number"), ("1e5.5", "is not a decimal number"),
        ("1..", "has more than one decimal point"),
    ]

    @Test(arguments: refused)
    func refusesAndSaysWhy(text: String, problem: String) {
        #expect(DecimalNumber.parse(text[...]) == nil)
        #expect(DecimalNumber.problem(with: text[...]) == problem)
    }

    @Test func readsSubstringsInPlace() {
        let line = "x=-2.5;"
        let start = line.index(line.startIndex, offsetBy: 2)
        let end = line.index(before: line.endIndex)
        #expect(DecimalNumber.parse(line[start..<end]) == -2.5)
        #expect(DecimalNumber.parse(line[start...]) == nil)
    }
}
