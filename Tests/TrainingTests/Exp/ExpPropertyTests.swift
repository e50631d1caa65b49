import Testing

@testable import Training

/// Properties every correctly rounded exp has: monotonic, exp(0) = 1, total on every bit pattern.
@Suite struct ExpPropertyTests {
    /// x < y ⇒ exp(x) ≤ exp(y), for neighbouring doubles (where a slip would show first) and for
    /// pairs a little apart, across the whole range and around 0.
    @Test func monotonicOnNeighbours() {
        var generator = SplitMix(seed: 2_024)
        for index in 0..<300_000 {
            let x: Double
            switch index % 3 {
            case 0: x = -708.0 + 1417.0 * generator.unit()
            case 1: x = (generator.unit() - 0.5) * 0x1p-30
            default: x = -745.2 + 37.0 * generator.unit()
            }
            if index % 3 == 2 && index % 30 != 2 { continue }  // the exact path is slow: fewer there
            let here = correctlyRoundedExp(x)
            #expect(here <= correctlyRoundedExp(x.nextUp), "x = \(x)")
            #expect(correctlyRoundedExp(x.nextDown) <= here, "x = \(x)")
            #expect(here <= correctlyRoundedExp(x + 0x1p-40 * x.magnitude), "x = \(x)")
        }
    }

    @Test func zeroGivesOne() {
        #expect(correctlyRoundedExp(0) == 1)
        #expect(correctlyRoundedExp(-0.0) == 1)
        #expect(ExpFallback.exp(0) == 1)
    }

    /// Every bit pattern: NaN (any payload, either sign) gives NaN, every other input a result in
    /// [0, +∞], and nothing traps.
    @Test func totalOnRandomBitPatterns() {
        var generator = SplitMix(seed: 0xE4B)
        var patterns = (0..<1_000_000).map { _ in Double(bitPattern: generator.next()) }
        patterns += [.nan, -.nan, .signalingNaN, Double(nan: 0x1234, signaling: false), .infinity, -.infinity]
        patterns += [.greatestFiniteMagnitude, -.greatestFiniteMagnitude, .leastNormalMagnitude, 0x1p-1074]
        for x in patterns {
            let y = correctlyRoundedExp(x)
            if x.isNaN {
                #expect(y.isNaN)
            } else {
                #expect(y >= 0 && !y.isNaN, "exp(\(x)) = \(y)")
            }
        }
    }
}
