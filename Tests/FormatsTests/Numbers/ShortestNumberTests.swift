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
}
