import Foundation
import Testing

@testable import Training

/// The sigmoid and the losses over every magnitude a double has: in range, monotonic, symmetric,
/// never NaN from a number, and as accurate as an extended-precision reference.
@Suite struct NumericalStabilityTests {
    /// ±0, subnormals, tiny, ordinary, the saturation edges, huge, the largest double and ±∞.
    static let magnitudes: [Double] = [
        0, .leastNonzeroMagnitude, 1e-310, .leastNormalMagnitude, 1e-300, 1e-20, 1e-8, 0.5, 1, 2, 10, 36, 37, 38, 40,
        100, 700, 708, 709, 709.8, 710, 744, 745, 746, 1e10, 1e300, .greatestFiniteMagnitude, .infinity,
    ]
    static let grid: [Double] = (magnitudes.map { -$0 } + magnitudes).sorted()

    @Test func theSigmoidStaysInItsRangeAndIsMonotonic() {
        var previous = -1.0
        for z in Self.grid {
            let s = sigmoid(z)
            #expect(s >= 0 && s <= 1, "σ(\(z)) = \(s)")
            #expect(s >= previous, "σ decreases at \(z)")
            previous = s
        }
        #expect(sigmoid(.nan).isNaN)
    }

    @Test func theSigmoidIsSymmetricAboutOneHalf() {
        for z in Self.grid where abs(z) <= 36 {
            // σ(z) + σ(−z) = 1 up to the rounding of each side.
            #expect(abs(sigmoid(z) + sigmoid(-z) - 1) <= 2 * Double.ulpOfOne, "z = \(z)")
        }
    }

    /// Within 4 ulps of 1/(1 + e^(−z)) in 80-bit precision wherever σ(z) is a normal double.
    @Test func theSigmoidIsAccurate() {
        for z in Self.grid where z.isFinite && z > -708 {
            let reference = Double(1 / (1 + exp(-Float80(z))))
            let ulps = abs(sigmoid(z) - reference) / reference.ulp
            #expect(ulps <= 4, "σ(\(z)): \(ulps) ulps off")
        }
    }

    @Test func softplusNeverOverflowsAndIsAccurate() {
        for t in Self.grid where t.isFinite {
            let value = softplus(t)
            #expect(!value.isNaN && value >= 0 && value >= t, "softplus(\(t)) = \(value)")
            let reference = t > 0 ? Float80(t) + log1p(exp(-Float80(t))) : log1p(exp(Float80(t)))
            if reference >= Float80(Double.leastNormalMagnitude) {
                let error = abs(Float80(value) - reference) / reference
                #expect(error <= 4 * Float80(Double.ulpOfOne), "softplus(\(t)) relative error \(error)")
            }
        }
        #expect(softplus(.infinity) == .infinity)
        #expect(softplus(-.infinity) == 0)
    }

    /// −ln σ(z) for y = 1 and −ln(1 − σ(z)) for y = 0: finite and non-negative for every finite
    /// z, including where σ rounds to exactly 0 or 1 and ln of it would be −∞.
    @Test func crossEntropyIsFiniteForEveryFiniteZ() {
        for z in Self.grid where z.isFinite {
            for label in [0.0, 1.0] {
                let loss = crossEntropy(z: z, label: label)
                #expect(loss.isFinite && loss >= 0, "bce(z: \(z), y: \(label)) = \(loss)")
            }
        }
        #expect(crossEntropy(z: 1e300, label: 0) == 1e300)
        #expect(crossEntropy(z: -1e300, label: 0) == 0)
        #expect(crossEntropy(z: .infinity, label: 0) == .infinity)
    }
}
