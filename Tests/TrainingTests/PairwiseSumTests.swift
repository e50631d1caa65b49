import Testing

@testable import Training

/// numpy's summation order, against numpy's own sums (Golden/sums.csv) for sizes 0…20, around
/// the block sizes 8 and 128, and beyond.
@Suite struct PairwiseSumTests {
    static let vectors: [(sum: Double, values: [Double])] = {
        let lines = (try? GoldenFile.allLines("sums.csv")) ?? []
        return lines.compactMap { fields in
            guard let sum = fields.first.flatMap(Double.init) else { return nil }
            return (sum, fields.dropFirst().compactMap(Double.init))
        }
    }()

    @Test func everyAwkwardSizeIsPresent() {
        #expect(Self.vectors.map(\.values.count).contains(0))
        #expect(Self.vectors.map(\.values.count).contains(129))
        #expect(Self.vectors.count == 35)
    }

    @Test func sumsEqualNumpysBitForBit() {
        for (sum, values) in Self.vectors {
            #expect(pairwiseSum(values).bitPattern == sum.bitPattern, "n = \(values.count)")
        }
    }

    @Test func negativeZeroSumsToPositiveZeroAsInNumpy() {
        #expect(pairwiseSum([-0.0]).sign == .plus)
        #expect(pairwiseSum([]) == 0)
    }
}
