import Charts
import Testing

@testable import Site

@Suite("Series facts in a sentence")
struct SeriesClauseTests {
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
        "a series reads as its ends, extremes beyond them, sign changes and where it settled",
        arguments: stories)
    func story(_ values: [Double], _ clause: String) {
        #expect(SeriesFacts(values, firstIteration: 0).clause == clause)
    }
}
