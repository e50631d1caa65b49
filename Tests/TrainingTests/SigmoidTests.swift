import Testing

@testable import Training

@Suite struct SigmoidTests {
    @Test func preciseSigmoidIsCorrectlyRoundedOnHardInputs() throws {
        let rows = try GoldenFile.allLines("sigmoids.csv")
        #expect(rows.count > 300)
        for row in rows {
            let z = try #require(Double(row[0])), expected = try #require(Double(row[1]))
            #expect(preciseSigmoid(z).bitPattern == expected.bitPattern, "σ(\(row[0]))")
        }
    }

    @Test(arguments: [-1e308, -1000.0, -745, -40, 40, 745, 1000, 1e308, -.infinity, .infinity])
    func extremesSaturateWithoutNaN(_ z: Double) {
        let s = sigmoid(z)
        #expect(s >= 0 && s <= 1)
        #expect(crossEntropy(z: z, label: 1).isNaN == false)
        #expect(crossEntropy(z: z, label: 0).isNaN == false)
    }

    @Test func crossEntropyStaysFiniteWhereTheSigmoidRoundsToOne() {
        // σ(40) rounds to exactly 1, so ln(1 − s) would be −∞; from z it is 40 + ln(1 + e⁻⁴⁰).
        #expect(sigmoid(40) == 1)
        #expect(crossEntropy(z: 40, label: 0) == 40 + 4.248354255291589e-18)
        #expect(crossEntropy(z: 0, label: 1) == 0.6931471805599453)
    }

    @Test func nearThresholdBandIsTwoUlpsEachSide() {
        #expect(isNearThreshold(0.5, 0.5))
        #expect(isNearThreshold(0.5.nextDown.nextDown, 0.5))
        #expect(isNearThreshold(0.5.nextUp.nextUp, 0.5))
        #expect(!isNearThreshold(0.5.nextDown.nextDown.nextDown, 0.5))
        #expect(!isNearThreshold(0.5.nextUp.nextUp.nextUp, 0.5))
    }
}
