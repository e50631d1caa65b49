import Foundation
import Testing

@testable import Formats

/// `Printf.text` against Foundation's `String(format:)`, which it replaces: the same text for
/// every format nnreport uses, over values of every kind.
@Suite struct PrintfTests {
    /// The values: special ones, then doubles from random bit patterns (every exponent, subnormals
    /// included) and from ordinary magnitudes, both signs.
    static let values: [Double] = {
        var random = ShortestDigitsTests.SplitMix64(state: 0x5052_494E_5446)
        var values: [Double] = [
            0, -0.0, 1, -1, 0.5, 0.05, 0.125, 2.5, 0.4, 0.2, 1e-5, 9.995, 9.9995, 0.00015, 123_456_789,
            .infinity, -.infinity, .nan, .greatestFiniteMagnitude, -.greatestFiniteMagnitude,
            .leastNormalMagnitude, .leastNonzeroMagnitude, -.leastNonzeroMagnitude, .pi, 1e300, 1e-300,
        ]
        for _ in 0..<4_000 {
            values.append(Double(bitPattern: random.next()))
            values.append((random.unit() - 0.5) * pow(10, Double(Int(random.next() % 40)) - 20))
        }
        return values.filter { !$0.isNaN || $0.sign == .plus }
    }()

    @Test(
        "each format nnreport uses gives String(format:)'s text",
        arguments: [
            "%.3e", "%.0e", "%.1e", "%.16e", "%.1g", "%.3g", "%.6g", "%.17g", "%.1f s",
        ])
    func sameAsFoundation(_ format: String) {
        let different = Self.values.filter { Printf.text(format, $0) != String(format: format, $0) }
        #expect(different.isEmpty, "\(different.prefix(5).map { "\($0.bitPattern)" })")
    }

    @Test("texts longer than the first buffer are whole")
    func long() {
        for value in [1e308, -1e308, 123_456_789e200] {
            let text = Printf.text("%.3f", value)
            #expect(text == String(format: "%.3f", value))
            #expect(text.count > 200)
        }
    }
}
