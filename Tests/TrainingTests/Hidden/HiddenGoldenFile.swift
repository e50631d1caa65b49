import Foundation

@testable import Training

/// The numpy goldens of networks with hidden layers (Reference/hidden_reference.py; `make goldens`).
enum HiddenGoldenFile {
    static let folder = GoldenFile.folder.appending(path: "hidden")

    /// One case of Golden/hidden/cases.json: the data, the layers, and either a seed or every
    /// layer's initial parameters.
    struct Case: Decodable, CustomStringConvertible {
        struct Layer: Decodable {
            let weights: [[Double]]
            let biases: [Double]
        }
        let name: String
        let gate: String?
        let csv: String?
        let hidden: [Int]
        let seed: UInt64?
        let layers: [Layer]?
        let learningRate: Double
        let iterations: Int
        let rule: String
        let threshold: Double
        var description: String { name }

        func dataset() throws -> Dataset {
            if let gate, let known = LogicGate(rawValue: gate) { return known.dataset }
            return try Dataset.csv(contentsOf: HiddenGoldenFile.folder.appending(path: csv ?? "").path)
        }

        func settings(for dataset: Dataset) -> TrainingSettings {
            let all =
                layers.map { $0.map { LayerParameters(weights: $0.weights, biases: $0.biases) } }
                ?? InitialParameters.drawn(hidden: hidden, features: dataset.featureCount, seed: seed ?? 1)
            var settings = TrainingSettings(
                initialWeights: all.last?.weights.map { $0[0] } ?? [], initialBias: all.last?.biases[0] ?? 0,
                learningRate: learningRate, iterations: iterations, rule: UpdateRule(rawValue: rule) ?? .logistic,
                threshold: threshold)
            settings.hiddenLayers = Array(all.dropLast())
            return settings
        }
    }

    static func cases() throws -> [Case] {
        try JSONDecoder().decode([Case].self, from: Data(contentsOf: folder.appending(path: "cases.json")))
    }
}

/// README's column scheme for networks with hidden layers, built here from the log's accessors,
/// independently of the exporter.
enum HiddenColumns {
    static func names(_ log: TrainingLog) -> [String] {
        let sizes = [log.featureCount] + log.settings.hiddenSizes + [1]
        let layers = sizes.count - 1, m = log.loggedSampleCount
        var names = ["iteration"]
        for l in 1..<layers {
            for u in 1...sizes[l] { names += (1...m).map { "l\(l)_a_\(u)_\($0)" } }
        }
        for prefix in ["z", "s", "yhat", "e"] { names += (1...m).map { "\(prefix)\($0)" } }
        names += ["errors", "mse", "bce"]
        for (gradient, bias) in [("dw", "db"), ("w", "b")] {
            for l in 1...layers {
                for j in 1...sizes[l - 1] { names += (1...sizes[l]).map { "l\(l)_\(gradient)_\(j)_\($0)" } }
                names += (1...sizes[l]).map { "l\(l)_\(bias)_\($0)" }
            }
        }
        return names
    }

    static func values(_ log: TrainingLog, iteration k: Int) -> [Double] {
        let hidden = log.settings.hiddenSizes, samples = 0..<log.loggedSampleCount
        let inputs = [log.featureCount] + hidden
        var values = [Double(k)]
        for (index, units) in hidden.enumerated() {
            for u in 0..<units { values += samples.map { log.activation(k, layer: index + 1, u, $0) } }
        }
        values += samples.map { log.z(k, $0) } + samples.map { log.s(k, $0) }
        values += samples.map { Double(log.prediction(k, $0)) } + samples.map { log.e(k, $0) }
        values += [Double(log.errors(k)), log.mse(k), log.bce(k)]
        for parameters in [false, true] {
            for (index, units) in hidden.enumerated() {
                let l = index + 1
                for j in 0..<inputs[index] {
                    values += (0..<units).map {
                        parameters ? log.hiddenWeight(k, layer: l, j, $0) : log.hiddenDW(k, layer: l, j, $0)
                    }
                }
                values += (0..<units).map {
                    parameters ? log.hiddenBias(k, layer: l, $0) : log.hiddenDB(k, layer: l, $0)
                }
            }
            values += (0..<log.weightCount).map { parameters ? log.weight(k, $0) : log.dW(k, $0) }
            values.append(parameters ? log.bias(k) : log.db(k))
        }
        return values
    }
}
