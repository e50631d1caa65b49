/// The initial parameters of a network with hidden layers, drawn from a seed.
///
/// One SplitMix64 stream (`SplitMix64`) seeded with S gives every value in this order: layer 1's
/// W row by row (W[j][u], j the input, u the unit), then its b, then layer 2's, …, the output
/// layer last. Each value is u·r, u uniform in [−1, 1) from `SplitMix64.nextSigned`, and
/// r = 1/√n₍ₗ₋₁₎ for the layer's fan-in n₍ₗ₋₁₎ (so that z of a unit has about the same spread
/// whatever the number of inputs), one rounding of the product. Biases are drawn like weights:
/// with zero biases the two hidden units of XOR start more alike and learn it from fewer seeds.
public enum InitialParameters {
    /// The parameters of the layers of sizes `hidden` then one output unit, for `features` inputs.
    ///
    ///     InitialParameters.drawn(hidden: [2], features: 2, seed: 1)   // [layer 1 (2×2), output (2×1)]
    ///
    /// - Complexity: O(number of parameters).
    public static func drawn(hidden: [Int], features: Int, seed: UInt64) -> [LayerParameters] {
        var generator = SplitMix64(seed: seed)
        var layers: [LayerParameters] = []
        var inputs = features
        for units in hidden + [1] {
            let scale = 1 / Double(max(inputs, 1)).squareRoot()
            var weights: [[Double]] = []
            for _ in 0..<max(inputs, 0) {
                weights.append((0..<max(units, 0)).map { _ in generator.nextSigned() * scale })
            }
            let biases = (0..<max(units, 0)).map { _ in generator.nextSigned() * scale }
            layers.append(LayerParameters(weights: weights, biases: biases))
            inputs = units
        }
        return layers
    }
}
