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
