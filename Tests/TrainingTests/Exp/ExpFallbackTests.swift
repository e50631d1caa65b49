import Testing

@testable import Training

/// The exact path on its own, against mpmath: every hard case, 10⁵ inputs of its own stream
/// (Golden/exp/fallback-digests.txt: subnormal results, both edges, near-ties of 1 + x), and the
/// fixed-point pieces under it.
@Suite struct ExpFallbackTests {
    @Test func hardCasesMatchMpmath() {
        for (x, expected) in ExpGoldens.hardCases {
            let y = ExpFallback.exp(x)
            #expect(y.bitPattern == expected.bitPattern, "exp(\(x)) = \(y), mpmath says \(expected)")
        }
    }

    @Test(.timeLimit(.minutes(2))) func hundredThousandInputsMatchMpmathDigests() throws {
        let expected = try ExpGoldens.digests("exp/fallback-digests.txt")
        #expect(expected.count == 10)
        for (chunk, digest) in expected.enumerated() {
            var hash = ExpGoldens.Digest()
            for index in chunk * ExpGoldens.chunkSize..<(chunk + 1) * ExpGoldens.chunkSize {
                hash.add(ExpFallback.exp(ExpGoldens.fallbackInput(index)))
            }
            #expect(
                hash.value == digest,
                """
                chunk \(chunk) differs from mpmath; for every input and its correct result run \
                python3 Tests/TrainingTests/Reference/exp_reference.py --fallback-chunk \(chunk)
                """)
        }
    }

    /// ln 2 at 192 and at 384 bits agree within the proven bound (43n + 6 units), both from below.
    @Test func ln2SeriesIsWithinItsBound() {
        let short = FixedPoint.ln2(fractionLimbs: 3), long = FixedPoint.ln2(fractionLimbs: 6)
        let longAtShort = FixedPoint(truncating: long, toFractionLimbs: 3)
        #expect(short <= longAtShort)
        #expect((longAtShort - short) < FixedPoint(units: 43 * 3 + 6, fractionLimbs: 3))
        #expect(short.approximateDouble == 0.6931471805599453)
    }

    /// Every precision decides the same double, and an input whose first attempt is undecided
    /// (1 + x a midpoint plus x²/2 ≈ 2⁻¹⁰⁷·⁴) is decided at 192 bits already.
    @Test(arguments: [1.2541932871672838, 0x1p-53, -0x1p-53, 3 * 0x1p-53, -745.1332191019411, 709.782712893384])
    func everyPrecisionRoundsAlike(_ x: Double) throws {
        let first = try #require(ExpFallback.attempt(x, fractionLimbs: 3))
        for limbs in [6, 12, 24] {
            #expect(ExpFallback.attempt(x, fractionLimbs: limbs) == first, "\(limbs) limbs")
        }
    }

    @Test func fixedPointArithmeticIsExactWhereItClaims() {
        let third = FixedPoint(1, fractionLimbs: 2).divided(by: 3)
        #expect(third.multiplied(by: 3) + FixedPoint(units: 1, fractionLimbs: 2) == FixedPoint(1, fractionLimbs: 2))
        let x = FixedPoint(magnitudeOf: 1.2541932871672838, fractionLimbs: 2)
        #expect(x.approximateDouble == 1.2541932871672838)
        #expect(FixedPoint(magnitudeOf: -0x1p-100, fractionLimbs: 2).leadingBitPosition == -100)
        #expect((x * FixedPoint(2, fractionLimbs: 2)).approximateDouble == 2 * 1.2541932871672838)
        #expect(x.shiftedRight(by: 70).approximateDouble == 1.2541932871672838 * 0x1p-70)
        #expect(x.bits(above: -52) == (1.2541932871672838 * 0x1p52).significandBitPattern | 1 << 52)
    }
}

extension FixedPoint {
    /// `value` cut to `limbs` fraction limbs (truncated).
    init(truncating value: FixedPoint, toFractionLimbs limbs: Int) {
        self.init(0, fractionLimbs: limbs)
        self.limbs = Array(value.limbs.suffix(limbs + 1))
    }
}
