import Testing

@testable import Training

@Suite struct SigmoidTests {
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

    @Test func theArticlesFormulaDecidesTiesByRounding() {
        // −z = 1.25·2⁻⁵²: e^(−z) rounds to 1 + 2⁻⁵², and 1 + that is halfway between 2 and
        // 2 + 2⁻⁵¹; the tie goes to even, 2, so s = 0.5 exactly and ŷ = 1.
        let z = -1.25 * 0x1p-52
        #expect(articleExp(-z) == 1 + 0x1p-52)
        #expect(sigmoid(z) == 0.5)
        #expect(sigmoid(z) >= 0.5)
        // −z = 1.5·2⁻⁵²: e^(−z) rounds up to 1 + 2⁻⁵¹, the sum is exact and s falls below ½.
        #expect(sigmoid(-1.5 * 0x1p-52) == 0.49999999999999989)
    }

    @Test func oneUlpOffFlipsOnlyWhereTheRoundingIsOnTheEdge() {
        // s = 1 / (1 + e) with e = 1 + 2⁻⁵² is exactly ½ (a tie of the sum, rounded to even);
        // one ulp up gives 1 + 2⁻⁵¹, s < ½: the class flips.
        #expect(classFlipsWithExpOneUlpOff(expOfMinusZ: 1 + 0x1p-52, threshold: 0.5))
        // Far from the threshold nothing flips.
        #expect(!classFlipsWithExpOneUlpOff(expOfMinusZ: articleExp(-1), threshold: 0.5))
        #expect(!classFlipsWithExpOneUlpOff(expOfMinusZ: 0, threshold: 0.5))
        #expect(!classFlipsWithExpOneUlpOff(expOfMinusZ: .infinity, threshold: 0.5))
    }
}
