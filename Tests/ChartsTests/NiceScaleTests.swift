import Foundation
import Testing

@testable import Charts

@Suite("NiceScale: 1-2-5 ticks with exact, compact labels")
struct NiceScaleTests {
    /// The number a label stands for ("−1.5" → -1.5, "2M" → 2e6), for checking labels against positions.
    static func number(_ label: String) -> Double? {
        var text = label.replacingOccurrences(of: "−", with: "-").replacingOccurrences(of: "+", with: "")
        var factor = 1.0
        for (suffix, value) in [("k", 1e3), ("M", 1e6), ("G", 1e9)] where text.hasSuffix(suffix) {
            text.removeLast()
            factor = value
        }
        return Double(text).map { $0 * factor }
    }

    struct Case: Sendable, CustomStringConvertible {
        let lower: Double, upper: Double, maximumTicks: Int
        let loose: Bool
        let labels: [String]
        var description: String { "\(lower)…\(upper)" }
    }

    static let cases: [Case] = [
        Case(lower: 0, upper: 1000, maximumTicks: 8, loose: false, labels: ["0", "200", "400", "600", "800", "1000"]),
        Case(lower: 0, upper: 0.3, maximumTicks: 5, loose: true, labels: ["0.0", "0.1", "0.2", "0.3"]),
        Case(lower: 0.1, upper: 0.7, maximumTicks: 4, loose: true, labels: ["0.0", "0.5", "1.0"]),
        Case(
            lower: -7.3, upper: -2.1, maximumTicks: 7, loose: true, labels: ["−8", "−7", "−6", "−5", "−4", "−3", "−2"]),
        Case(
            lower: -0.075, upper: 1, maximumTicks: 7, loose: true,
            labels: ["−0.2", "0.0", "0.2", "0.4", "0.6", "0.8", "1.0"]),
        Case(lower: 0, upper: 10_000_000, maximumTicks: 7, loose: false, labels: ["0", "2M", "4M", "6M", "8M", "10M"]),
        Case(lower: 0, upper: 50_000, maximumTicks: 6, loose: false, labels: ["0", "10k", "20k", "30k", "40k", "50k"]),
        Case(lower: 0, upper: 4e-5, maximumTicks: 5, loose: true, labels: ["0", "1e-5", "2e-5", "3e-5", "4e-5"]),
        Case(
            lower: 0, upper: 1e-17, maximumTicks: 6, loose: true,
            labels: ["0", "2e-18", "4e-18", "6e-18", "8e-18", "1e-17"]),
        Case(
            lower: 1e300, upper: 5e300, maximumTicks: 5, loose: true,
            labels: ["1e300", "2e300", "3e300", "4e300", "5e300"]),
    ]

    @Test("labels of typical and awkward ranges", arguments: cases)
    func labels(_ c: Case) {
        let scale = NiceScale(lower: c.lower, upper: c.upper, maximumTicks: c.maximumTicks, loose: c.loose)
        #expect(scale.ticks.map(\.label) == c.labels)
        #expect(scale.offsetLabel == nil)
    }

    @Test("no label shows floating-point noise", arguments: [0.1, 0.3, 0.7, 1.1, 3.3, 1e-3, 0.035])
    func noNoise(_ upper: Double) {
        let scale = NiceScale(lower: 0, upper: upper, maximumTicks: 8)
        for tick in scale.ticks where NiceScaleTests.number(tick.label) != 0 {
            #expect(tick.label.count <= 7, "label \(tick.label)")
            #expect(!tick.label.contains("0000"), "label \(tick.label)")
        }
    }

    /// Ranges that must give sound ticks: increasing, inside the axis, distinct labels that
    /// read back as the values at their positions.
    static let awkward: [(Double, Double)] = [
        (0, 1), (-1, 0), (-1e-17, 1e-17), (0.1, 0.1.nextUp), (0.3, 0.3 + 1e-16), (1e6, 1e6 + 0.001),
        (5, 5), (0, 0), (-3, -3), (-1e308, 1e308), (0, 5e-324), (-Double.greatestFiniteMagnitude, 0),
        (1e15, 1e15 + 4), (123_456.7, 123_456.9), (-0.0, 0.0), (7, 3), (.nan, 1), (0, .infinity),
    ]

    @Test("awkward ranges give sound ticks", arguments: awkward.indices)
    func sound(_ index: Int) {
        let (lower, upper) = Self.awkward[index]
        for loose in [false, true] {
            let scale = NiceScale(lower: lower, upper: upper, maximumTicks: 8, loose: loose)
            #expect(scale.lower.isFinite && scale.upper.isFinite && scale.lower < scale.upper)
            #expect(!scale.ticks.isEmpty && scale.ticks.count <= 9)
            let fractions = scale.ticks.map(\.fraction)
            #expect(fractions == fractions.sorted() && Set(fractions).count == fractions.count)
            #expect(fractions.allSatisfy { $0 >= -1e-9 && $0 <= 1 + 1e-9 })
            let labels = scale.ticks.map(\.label)
            #expect(Set(labels).count == labels.count, "\(labels)")
            #expect(labels.allSatisfy { $0.count <= 10 }, "\(labels)")
            if scale.offsetLabel == nil, lower.isFinite, upper.isFinite {
                // An absolute label is the value at its position, to within rounding.
                for tick in scale.ticks {
                    let value = scale.lower / 2 * (1 - tick.fraction) * 2 + scale.upper / 2 * tick.fraction * 2
                    let number = Self.number(tick.label) ?? .nan
                    let span = scale.upper / 2 - scale.lower / 2
                    #expect(abs(number / 2 - value / 2) <= span * 1e-6, "\(tick.label) at \(tick.fraction)")
                }
            }
        }
    }

    @Test("a range of 1e-17 at 0.1 is labelled relative to 0.1")
    func relativeLabels() {
        let scale = NiceScale(lower: 0.1, upper: 0.1 + 4 * 0.1.ulp, maximumTicks: 6)
        #expect(scale.offsetLabel == "0.1")
        #expect(scale.ticks.contains { $0.label == "0" })
        #expect(scale.ticks.allSatisfy { $0.label == "0" || $0.label.hasPrefix("+") || $0.label.hasPrefix("−") })
        #expect(scale.ticks.count >= 2)
    }

    @Test("a flat range is widened around its value, which lies strictly inside")
    func flat() {
        for value in [0.05, -0.075, 0, 1e300, -2] {
            let scale = NiceScale(lower: value, upper: value, maximumTicks: 6)
            #expect(scale.lower < value && value < scale.upper)
            #expect(scale.ticks.count >= 2)
        }
        let counts = NiceScale(lower: 0, upper: 0, maximumTicks: 6, integer: true, nonNegative: true)
        #expect(counts.lower == 0 && counts.ticks.map(\.label) == ["0", "1"])
    }

    @Test("integer axes only have whole-number ticks")
    func integers() {
        let scale = NiceScale(lower: 0, upper: 3, maximumTicks: 10, integer: true)
        #expect(scale.ticks.map(\.label) == ["0", "1", "2", "3"])
        let iterations = NiceScale(lower: 1, upper: 2, maximumTicks: 10, integer: true, loose: false)
        #expect(iterations.ticks.map(\.label) == ["1", "2"])
    }

    @Test("DecimalLabel writes n × 10^e exactly")
    func decimalLabels() {
        #expect(DecimalLabel.label(3, exponent: -1, notation: .plain(decimals: 1)) == "0.3")
        #expect(DecimalLabel.label(-15, exponent: -2, notation: .plain(decimals: 2)) == "−0.15")
        #expect(DecimalLabel.label(0, exponent: 2, notation: .plain(decimals: 0)) == "0")
        #expect(DecimalLabel.label(0, exponent: -1, notation: .plain(decimals: 2)) == "0.00")
        #expect(DecimalLabel.label(25, exponent: -19, notation: .scientific) == "2.5e-18")
        #expect(DecimalLabel.label(2, exponent: 6, notation: .suffixed(exponent: 6, suffix: "M", decimals: 0)) == "2M")
        #expect(
            DecimalLabel.label(15, exponent: 5, notation: .suffixed(exponent: 6, suffix: "M", decimals: 1)) == "1.5M")
        #expect(DecimalLabel.label(1, exponent: -17, notation: .scientific, signed: true) == "+1e-17")
    }
}
