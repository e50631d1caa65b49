import Foundation
import Testing

@testable import Training

/// correctlyRoundedExp against mpmath (Reference/exp_reference.py): the hard cases one by one, and
/// 10⁷ inputs through per-chunk digests.
@Suite struct CorrectlyRoundedExpTests {
    @Test(arguments: [
        (Double.nan, Double.nan), (.infinity, .infinity), (-.infinity, 0), (0, 1), (-0.0, 1),
        (0x1p-54, 1), (-0x1p-54, 1), (0x1p-53, 1.0000000000000002), (-0x1p-53, 0.9999999999999999),
        (-1.25 * 0x1p-52, 0.9999999999999998), (1.2541932871672838, 3.505009697229375),
        (709.782712893384, 1.7976931348622732e308), (709.782712893384.nextUp, .infinity), (1e308, .infinity),
        (-708.3964185322641, 2.2250738585072626e-308), (-745.1332191019411, 5e-324), (-745.13321910194122, 0),
        (-1e308, 0), (Double.leastNonzeroMagnitude, 1), (-Double.leastNonzeroMagnitude, 1),
    ])
    func specialValues(_ x: Double, _ expected: Double) {
        let y = correctlyRoundedExp(x)
        #expect(y.bitPattern == expected.bitPattern || (y.isNaN && expected.isNaN), "exp(\(x)) = \(y)")
    }

    @Test func hardCasesMatchMpmath() {
        #expect(ExpGoldens.hardCases.count > 1_000)
        for (x, expected) in ExpGoldens.hardCases {
            let y = correctlyRoundedExp(x)
            #expect(y.bitPattern == expected.bitPattern, "exp(\(x)) = \(y), mpmath says \(expected)")
        }
    }

    /// 10⁷ inputs in 1,000 chunks: each chunk's results hashed and compared with mpmath's. Also
    /// counts, without asserting, how often the C library's exp gives another double.
    @Test(.timeLimit(.minutes(2))) func tenMillionInputsMatchMpmathDigests() throws {
        let expected = try ExpGoldens.digests("exp/stream-digests.txt")
        #expect(expected.count == 1_000)
        var libmDiffers = 0
        var mismatched: [Int] = []
        for (chunk, digest) in expected.enumerated() {
            var hash = ExpGoldens.Digest()
            for index in chunk * ExpGoldens.chunkSize..<(chunk + 1) * ExpGoldens.chunkSize {
                let x = ExpGoldens.input(index)
                let y = correctlyRoundedExp(x)
                hash.add(y)
                if Foundation.exp(x) != y { libmDiffers += 1 }
            }
            if hash.value != digest { mismatched.append(chunk) }
        }
        for chunk in mismatched.prefix(3) {
            let first = (0..<3).map { ExpGoldens.input(chunk * ExpGoldens.chunkSize + $0) }
            Issue.record(
                """
                chunk \(chunk) of 1,000 differs from mpmath (inputs \(first.map { "\($0)" }.joined(separator: ", ")), …); \
                for every input and its correct result run \
                python3 Tests/TrainingTests/Reference/exp_reference.py --chunk \(chunk)
                """)
        }
        #expect(mismatched.isEmpty, "\(mismatched.count) of 1,000 chunks differ")
        print("correctlyRoundedExp: 10⁷ inputs match mpmath; the C library's exp differs on \(libmDiffers)")
    }
}
