import Foundation
import Training

/// A network with hidden layers as it stood after one iteration, evaluated at any point of the
/// input space: for drawing the output over the input plane. Uses the platform's exp (a chart's
/// shading needs no last bit; the page's numbers come from the log).
struct NetworkSnapshot {
    /// Per layer, from the first hidden one to the output: W row-major (W[j][u] at j·units + u), b.
    let layers: [(inputs: Int, units: Int, weights: [Double], biases: [Double])]

    /// The parameters after iteration `k` of `log` (0: the initial ones).
    init(_ log: TrainingLog, after k: Int) {
        var layers: [(Int, Int, [Double], [Double])] = []
        for (index, layer) in log.hiddenLayout.layers.enumerated() {
            let l = index + 1
            var weights: [Double] = []
            for j in 0..<layer.inputs {
                for u in 0..<layer.units { weights.append(log.hiddenWeight(k, layer: l, j, u)) }
            }
            layers.append(
                (layer.inputs, layer.units, weights, (0..<layer.units).map { log.hiddenBias(k, layer: l, $0) }))
        }
        layers.append((log.weightCount, 1, log.weights(after: k), [log.bias(k)]))
        self.layers = layers
    }

    /// Whether every parameter is finite.
    var isFinite: Bool { layers.allSatisfy { $0.weights.allSatisfy(\.isFinite) && $0.biases.allSatisfy(\.isFinite) } }

    /// The activations of every unit of `layer` (1-based) at input `x`, and the output s last.
    func activations(at x: [Double], through layer: Int) -> [Double] {
        var values = x
        for (inputs, units, weights, biases) in layers.prefix(layer) {
            var next = [Double](repeating: 0, count: units)
            for u in 0..<units {
                var sum = 0.0
                for j in 0..<inputs { sum += weights[j * units + u] * values[j] }
                next[u] = 1 / (1 + exp(-(sum + biases[u])))
            }
            values = next
        }
        return values
    }

    /// The output s at input `x`.
    func output(at x: [Double]) -> Double { activations(at: x, through: layers.count).first ?? .nan }
}
