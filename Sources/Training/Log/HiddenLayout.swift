/// Where each hidden layer's values sit in a row of the log's hidden column (one row per
/// iteration). For each hidden layer l in turn: W (n₍ₗ₋₁₎·nₗ, row-major: W[j][u] at j·nₗ + u), b (nₗ),
/// dW (as W), db (nₗ), then the activations A of the logged samples (unit-major: unit u of
/// logged sample i at u·logged + i).
public struct HiddenLayout: Sendable, Equatable {
    /// The offsets of one layer's values in a row, and its shape.
    public struct Layer: Sendable, Equatable {
        public let inputs: Int, units: Int
        public let weights: Int, biases: Int, dW: Int, db: Int, activations: Int
    }

    public let layers: [Layer]
    /// Values per row.
    public let rowWidth: Int
    /// Samples whose activations are logged (the log's `loggedSampleCount`).
    public let loggedSamples: Int

    /// The layout of hidden layers of `sizes` after `features` inputs, with `loggedSamples` samples.
    public init(sizes: [Int], features: Int, loggedSamples: Int) {
        var layers: [Layer] = []
        var offset = 0
        var inputs = features
        for units in sizes {
            let matrix = inputs * units
            layers.append(
                Layer(
                    inputs: inputs, units: units, weights: offset, biases: offset + matrix,
                    dW: offset + matrix + units, db: offset + 2 * matrix + units,
                    activations: offset + 2 * matrix + 2 * units
                ))
            offset += 2 * matrix + 2 * units + units * loggedSamples
            inputs = units
        }
        self.layers = layers
        rowWidth = offset
        self.loggedSamples = loggedSamples
    }
}
