import Testing

@testable import Formats

@Suite("Display: numbers as people read them")
struct DisplayTests {
    @Test(
        "compact numbers read with few digits and a true minus sign",
        arguments: [
            (-0.07499999999999982, "−0.075"), (0.05, "0.05"), (1, "1"), (0, "0"), (1e-17, "1e-17"),
            (-2.98e-16, "−2.98e-16"), (1_234_567, "1.23e6"), (0.1 + 0.2, "0.3"), (.nan, "not finite"),
            (-.infinity, "not finite"),
        ])
    func numbers(_ value: Double, _ text: String) {
        #expect(Display.compact(value) == text)
    }

    @Test("a pair of close values gets enough digits to differ")
    func pairs() {
        #expect(Display.compactPair(0.05, 0.050001) == ("0.05", "0.050001"))
        #expect(Display.compactPair(0.4, 0.05) == ("0.4", "0.05"))
        #expect(Display.compactPair(2, 2) == ("2", "2"))
    }

    @Test(
        "counts group thousands",
        arguments: [(26, "26"), (1000, "1,000"), (10_000, "10,000"), (10_000_000, "10,000,000"), (-1500, "−1,500")])
    func counts(_ value: Int, _ text: String) {
        #expect(Display.count(value) == text)
    }

    @Test("a list reads a, b and c")
    func list() {
        #expect(Display.list(["a"]) == "a")
        #expect(Display.list(["a", "b"]) == "a and b")
        #expect(Display.list(["0", "13", "1,000"]) == "0, 13 and 1,000")
    }
}
