import Testing

@testable import Charts

@Suite("Prose: numbers and series in sentences")
struct ProseTests {
    @Test(
        "numbers read with few digits and a true minus sign",
        arguments: [
            (-0.07499999999999982, "−0.075"), (0.05, "0.05"), (1, "1"), (0, "0"), (1e-17, "1e-17"),
            (-2.98e-16, "−2.98e-16"), (1_234_567, "1.23e6"), (0.1 + 0.2, "0.3"), (.nan, "not finite"),
            (-.infinity, "not finite"),
        ])
    func numbers(_ value: Double, _ text: String) {
        #expect(ProseNumber.text(value) == text)
    }

    @Test("a pair of close values gets enough digits to differ")
    func pairs() {
        #expect(ProseNumber.pair(0.05, 0.050001) == ("0.05", "0.050001"))
        #expect(ProseNumber.pair(0.4, 0.05) == ("0.4", "0.05"))
        #expect(ProseNumber.pair(2, 2) == ("2", "2"))
    }

    @Test(
        "counts group thousands from 10,000 on",
        arguments: [(26, "26"), (1000, "1000"), (10_000, "10,000"), (10_000_000, "10,000,000")])
    func counts(_ value: Int, _ text: String) {
        #expect(ProseNumber.count(value) == text)
    }

    static let stories: [([Double], String)] = [
        ([1, 0.5, 0, 0, 0], "falls from 1 to 0 by iteration 2, then stays flat to iteration 4"),
        ([0.2, 0.3, 0.4], "rises from 0.2 to 0.4 over iterations 0–2"),
        ([3, 3, 3], "stays at 3 over iterations 0–2"),
        ([1, 2, 1], "rises from 1 to its maximum 2 at iteration 1 and falls to 1 over iterations 0–2"),
        ([0.4, .nan], "is 0.4 until it became non-finite at iteration 1"),
        ([0.4, 7, .infinity, .nan], "rises from 0.4 to 7, then became non-finite at iteration 2"),
        ([5], "is 5 in the only iteration, 0"),
        ([.nan, .nan], "is not finite from iteration 0 on"),
        (
            [0.4, 0.2, 0, -0.025, 0, -0.025, 0, -0.025, 0, -0.025],
            "falls from 0.4 to −0.025 (changing sign at iteration 3), swinging between −0.025 and 0 to the end "
                + "(iteration 9)"
        ),
        (
            [0.2, 0.1, -0.125, -0.05, 0.05, 0.05],
            "falls from 0.2 to its minimum −0.125 at iteration 2 and rises to 0.05 by iteration 4 (changing sign "
                + "at iterations 2 and 4), then stays flat to iteration 5"
        ),
        (
            [0.4, -12.1, 12.9, 12.9],
            "falls from 0.4 to its minimum −12.1 at iteration 1 and rises to 12.9 by iteration 2 (changing sign at "
                + "iterations 1 and 2), then stays flat to iteration 3"
        ),
        (
            [0.4, -12.1, 15, 12.9],
            "goes from 0.4 to its minimum −12.1 at iteration 1 and its maximum 15 at iteration 2, ending at 12.9 "
                + "(changing sign at iterations 1 and 2) over iterations 0–3"
        ),
        (
            [1.15, 15.2, 0.9, 0.8],
            "rises from 1.15 to its maximum 15.2 at iteration 1 and falls to 0.8 over iterations 0–3"
        ),
        (
            [1, -1, 1, -1, 1, -1, 1],
            "falls from 1 to its minimum −1 at iteration 1 and rises to 1 (changing sign 6 times, first at "
                + "iteration 1 and last at 6), swinging between −1 and 1 to the end (iteration 6)"
        ),
    ]

    @Test(
        "a series story states its ends, extremes beyond them, sign changes and where it settled",
        arguments: stories)
    func story(_ values: [Double], _ clause: String) {
        #expect(SeriesStory(values, firstIteration: 0).clause == clause)
    }

    @Test("a list reads a, b and c")
    func list() {
        #expect(ProseNumber.list(["a"]) == "a")
        #expect(ProseNumber.list(["a", "b"]) == "a and b")
        #expect(ProseNumber.list(["0", "13", "1000"]) == "0, 13 and 1000")
    }
}

@Suite("BoundaryLine: W·x + b = c clipped to the view")
struct BoundaryLineTests {
    static let unit = (x: -0.5...1.5, y: -0.5...1.5)

    @Test("the final AND boundary runs from (1.5, 0) to (0, 1.5)")
    func diagonal() throws {
        let segment = try #require(
            BoundaryLine.segment(weights: [0.05, 0.05], bias: -0.075, level: 0, x: Self.unit.x, y: Self.unit.y))
        let ends = [segment.start, segment.end].sorted { $0.0 < $1.0 }
        #expect(abs(ends[0].0 - 0) < 1e-12 && abs(ends[0].1 - 1.5) < 1e-12)
        #expect(abs(ends[1].0 - 1.5) < 1e-12 && abs(ends[1].1 - 0) < 1e-12)
    }

    @Test("vertical and horizontal boundaries, and those that do not cross the view")
    func special() throws {
        let vertical = try #require(
            BoundaryLine.segment(weights: [2, 0], bias: -1, level: 0, x: Self.unit.x, y: Self.unit.y))
        #expect(vertical.start.0 == 0.5 && vertical.end.0 == 0.5 && abs(vertical.start.1 - vertical.end.1) == 2)
        let horizontal = try #require(
            BoundaryLine.segment(weights: [0, 1], bias: -1, level: 0, x: Self.unit.x, y: Self.unit.y))
        #expect(horizontal.start.1 == 1 && horizontal.end.1 == 1)
        #expect(BoundaryLine.segment(weights: [0.4, 0.2], bias: 1, level: 0, x: Self.unit.x, y: Self.unit.y) == nil)
        #expect(BoundaryLine.segment(weights: [0, 0], bias: 1, level: 0, x: Self.unit.x, y: Self.unit.y) == nil)
        #expect(BoundaryLine.segment(weights: [.nan, 1], bias: 0, level: 0, x: Self.unit.x, y: Self.unit.y) == nil)
        #expect(
            BoundaryLine.segment(weights: [1e308, 1e308], bias: -1e308, level: 0, x: Self.unit.x, y: Self.unit.y) != nil
        )
    }

    @Test("the region predicted 1 is the part of the view on the positive side")
    func region() {
        let region = BoundaryLine.positiveRegion(
            weights: [0.05, 0.05], bias: -0.075, level: 0, x: Self.unit.x, y: Self.unit.y)
        // A triangle: (1.5, 0), (1.5, 1.5), (0, 1.5), area 1.125.
        var area = 0.0
        for i in region.indices {
            let (a, b) = (region[i], region[(i + 1) % region.count])
            area += a.0 * b.1 - b.0 * a.1
        }
        #expect(region.count == 3 && abs(abs(area) / 2 - 1.125) < 1e-12)
        #expect(
            BoundaryLine.positiveRegion(weights: [0, 0], bias: 1, level: 0, x: Self.unit.x, y: Self.unit.y).count == 4)
        #expect(
            BoundaryLine.positiveRegion(weights: [0, 0], bias: -1, level: 0, x: Self.unit.x, y: Self.unit.y).isEmpty)
    }

    @Test("the level for a threshold T is ln(T/(1−T))")
    func level() {
        #expect(BoundaryLine.level(threshold: 0.5) == 0)
        #expect(abs(BoundaryLine.level(threshold: 0.7) - 0.8472978603872037) < 1e-15)
    }
}
