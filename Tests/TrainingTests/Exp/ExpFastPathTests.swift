import Foundation
import Testing

@testable import Training

/// The fast path's proven bound, measured: the unrounded double-double against the exact path at
/// 192 bits (itself within 2⁻¹⁷⁰), and how often the rounding test defers.
@Suite struct ExpFastPathTests {
    /// ε of `ExpFastPath`: the proven bound on the relative error of s + lo.
    static let epsilon = 0x1p-72

    /// |s + lo − v| / v, with v = e^x from the fixed-point arithmetic.
    static func relativeError(_ x: Double) -> Double {
        let (s, lo, q) = ExpFastPath.evaluate(x)
        let (k, exact) = ExpFallback.reducedExp(x, fractionLimbs: 3)
        // Both evaluations scale by a power of two, q and k, at most one apart: bring s + lo to 2^k.
        let scale = Double(sign: .plus, exponent: q - k, significand: 1)
        let high = FixedPoint(magnitudeOf: s * scale, fractionLimbs: 3)
        let low = FixedPoint(magnitudeOf: lo * scale, fractionLimbs: 3)
        let sum = lo >= 0 ? high + low : high - low
        let difference = sum < exact ? exact - sum : sum - exact
        return difference.approximateDouble / exact.approximateDouble
    }

    @Test func measuredErrorStaysBelowTheProvenBound() {
        var generator = SplitMix(seed: 72)
        var largest = 0.0, worst = 0.0
        var inputs = (0..<20_000).map { _ in -708.0 + 1417.0 * generator.unit() }
        inputs += (0..<20_000).map { _ in -40.0 + 80.0 * generator.unit() }
        inputs += (0..<5_000).map { _ in (generator.unit() - 0.5) * 0x1p-20 }
        inputs += ExpGoldens.hardCases.map(\.x).filter { $0.magnitude > 0x1p-54 && $0 > -700 && $0 < 709 }
        for x in inputs {
            let error = Self.relativeError(x)
            if error > largest { (largest, worst) = (error, x) }
        }
        #expect(largest < Self.epsilon, "largest relative error \(largest) at x = \(worst)")
        print("ExpFastPath: largest relative error over \(inputs.count) inputs 2^\(log2(largest)) at x = \(worst)")
    }

    /// The rounding test defers about 2·margin/ulp of the inputs; the fallback must stay rare.
    @Test func fallbackIsRare() {
        var generator = SplitMix(seed: 1_250)
        let count = 1_000_000
        var deferred = 0
        for _ in 0..<count {
            let x = -40.0 + 80.0 * generator.unit()
            if ExpFastPath.rounded(x) == nil { deferred += 1 }
        }
        #expect(deferred < 100, "\(deferred) of \(count)")
        print("ExpFastPath: the rounding test deferred \(deferred) of \(count) inputs uniform in [−40, 40]")
    }
}
