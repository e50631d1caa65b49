import Foundation
import Testing

@testable import Formats

@Suite("SignificantNumber: six significant digits a reader compares and a spreadsheet reads")
struct SignificantNumberTests {
    @Test(
        "decimals from 0.0001 to 999,999, scientific beyond, trailing zeros kept, ASCII minus",
        arguments: [
            (0.24074454227239728, "0.240745"), (0.049999999999999954, "0.0500000"),
            (-0.07499999999999982, "-0.0750000"),
            (0.25, "0.250000"), (1, "1.00000"), (-1, "-1.00000"), (0.0001, "0.000100000"), (0.00001, "1.00000e-05"),
            (1.8735013540549517e-16, "1.87350e-16"), (-2.5e7, "-2.50000e+07"), (123456.7, "123457"),
            (999_999.4, "999999"), (999_999.5, "1.00000e+06"), (9.999996, "10.0000"), (0.0009999996, "0.00100000"),
            (1e300, "1.00000e+300"), (-2.2250738585072014e-308, "-2.22507e-308"), (5e-324, "4.94066e-324"),
            (0, "0"), (-0.0, "0"), (Double.nan, "nan"), (Double.infinity, "inf"), (-Double.infinity, "-inf"),
        ])
    func text(_ value: Double, _ expected: String) {
        #expect(SignificantNumber.text(value) == expected)
    }

    @Test("halfway cases are rounded from the exact binary value, as printf rounds them")
    func ties() {
        // 1234565 is exactly halfway: printf rounds half to even.
        #expect(SignificantNumber.text(1_234_565) == "1.23456e+06")
        #expect(SignificantNumber.text(1_234_575) == "1.23458e+06")
        // The shortest texts end in a 5 at the seventh digit, but the doubles lie below
        // (0.12345649999999999679…) and above (1234.5650000000000545…) the half.
        #expect(SignificantNumber.text(0.1234565) == "0.123456")
        #expect(SignificantNumber.text(1234.565) == "1234.57")
        // Past the seventh digit the shortest text already says which side.
        #expect(SignificantNumber.text(0.0012345650000000002) == "0.00123457")
    }

    @Test("every text reads back within half a unit of the sixth digit, for numbers of every size")
    func roundTrip() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let value = Double(bitPattern: state & 0x7FEF_FFFF_FFFF_FFFF | (state >> 63) << 63)
            guard value.isFinite, value != 0 else { continue }
            let text = SignificantNumber.text(value)
            guard let read = Double(text) else {
                Issue.record("\(value) gave \(text), which does not parse")
                continue
            }
            let unit = pow10(Int((abs(value)).exponent10) - 5)
            #expect(abs(read - value) <= unit * 0.5000001, "\(value) → \(text)")
            #expect(!text.unicodeScalars.contains("\u{2212}"))
        }
    }

    /// glibc's printf, correctly rounded from the exact binary value, as the oracle: "%.5e" says
    /// the six digits and the power of ten after rounding, which decides decimals (10⁻⁴ to
    /// 999,999) or scientific notation; "%.*f" then gives the decimals with the digits kept.
    static func printed(_ value: Double) -> String {
        let scientific = String(format: "%.5e", value)
        guard let e = scientific.firstIndex(of: "e"), let exponent = Int(scientific[scientific.index(after: e)...])
        else { return "?" }
        return (-4...5).contains(exponent) ? String(format: "%.*f", 5 - exponent, value) : scientific
    }

    /// Doubles of every size and sign, subnormals included, from a fixed seed.
    static func randomDoubles(_ count: Int, seed: UInt64) -> [Double] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(bitPattern: state & 0x7FEF_FFFF_FFFF_FFFF | (state >> 63) << 63)
        }
    }

    @Test("the text is printf's, digit for digit, for doubles of every size, subnormals included")
    func matchesPrintf() {
        var values = Self.randomDoubles(50_000, seed: 42)
        // Numbers near where the notation changes, and decimals of a few digits (whose shortest
        // text is short and whose seventh digit is often a 5).
        for boundary in [0.0001, 0.0000999999951, 999_999.5, 999_999.4999999999, 1, 10, 100_000] {
            var below = boundary, above = boundary
            for _ in 0..<50 {
                below = below.nextDown
                above = above.nextUp
                values += [below, above, -below]
            }
        }
        var state: UInt64 = 3
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let digits = Double((state >> 40) % 10_000_000) / 10_000_000
            values.append(digits * [1e-5, 1e-4, 0.01, 1, 1e3, 1e5, 1e6][Int((state >> 20) % 7)])
        }
        var differing: [String] = []
        for value in values where value.isFinite && value != 0 {
            let ours = SignificantNumber.text(value), theirs = Self.printed(value)
            if ours != theirs { differing.append("\(value): \(ours), printf \(theirs)") }
        }
        #expect(differing.isEmpty, "\(differing.count) differ: \(differing.prefix(5))")
    }

    @Test(
        "where decimals end: the rounded number decides",
        arguments: [
            (0.0001.nextDown, "0.000100000"), (0.0000999999951, "0.000100000"), (0.00009999994999, "9.99999e-05"),
            (999_999.5.nextDown, "999999"), (-999_999.5, "-1.00000e+06"), (0.00012345649, "0.000123456"),
            (Double.leastNormalMagnitude.nextDown, "2.22507e-308"), (-Double.leastNonzeroMagnitude, "-4.94066e-324"),
            (Double.greatestFiniteMagnitude, "1.79769e+308"),
        ])
    func boundaries(_ value: Double, _ expected: String) {
        #expect(SignificantNumber.text(value) == expected)
        #expect(Self.printed(value) == expected)
    }

    private func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        if exponent >= 0 { for _ in 0..<exponent { result *= 10 } } else { for _ in 0..<(-exponent) { result /= 10 } }
        return result
    }
}

extension Double {
    /// The power of ten of the first significant digit.
    fileprivate var exponent10: Int {
        var exponent = 0
        var value = self
        while value >= 10 {
            value /= 10
            exponent += 1
        }
        while value < 1 {
            value *= 10
            exponent -= 1
        }
        return exponent
    }
}
