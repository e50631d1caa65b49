import Formats
import Training

/// Writes the table rows of the history pages straight into bytes, one `<tr id="it-K">` per
/// iteration: the predictions and the misclassified count, then the losses, the gradient and
/// the parameters at six significant digits (`SignificantNumber`), then the same numbers exact
/// in the row's "exact" details. Rows where a prediction changed carry `class="changed"`.
///
/// A row is what a reader compares; the forward pass of each sample (z, s, e) is one step away
/// in the CSV. Cells leave out their end tags, which HTML implies: a tenth of a million-row
/// history. Every number is written with the ASCII minus sign, so that a copied number parses.
/// The rows hold only numbers the program formats, so nothing here needs escaping; building
/// them without the template engine keeps a million rows to seconds.
struct HistoryRowWriter {
    /// With at most this many features, dW and W have a column per feature; with more, their
    /// values are in the exact details only.
    static let listedFeatures = 3
    /// With more features, the details hold dW and W of the first this many.
    static let detailedFeatures = 8

    let log: TrainingLog
    /// changed[k] is true when a prediction changed in iteration k.
    private let changed: [Bool]

    init(log: TrainingLog) {
        self.log = log
        var changed = [Bool](repeating: false, count: log.count + 1)
        for k in log.predictionChanges where k <= log.count { changed[k] = true }
        self.changed = changed
    }

    /// Whether dW and W (of the output neuron) have a column per weight.
    var listsFeatures: Bool { log.weightCount <= Self.listedFeatures }

    /// Appends the rows of iterations `range` to `out`.
    func write(_ range: ClosedRange<Int>, to out: inout [UInt8]) {
        let n = log.weightCount, logged = log.loggedSampleCount
        let detailed = listsFeatures ? n : min(n, Self.detailedFeatures)
        // A converged run repeats its values row after row: most numbers are a copy.
        var numbers = NumberWriter()
        for k in range where k >= 1 && k <= log.count {
            out.append(static: #"<tr id="it-"#)
            ShortestNumber.append(k, to: &out)
            if changed[k] { out.append(static: #"" class="changed"><th>"#) } else { out.append(static: #""><th>"#) }
            ShortestNumber.append(k, to: &out)
            out.append(static: "<td>")
            for i in 0..<logged {
                if i > 0, logged <= 8 { out.append(UInt8(ascii: " ")) }
                out.append(log.prediction(k, i) == 1 ? UInt8(ascii: "1") : UInt8(ascii: "0"))
            }
            out.append(static: "<td>")
            ShortestNumber.append(log.errors(k), to: &out)
            numbers.shown(log.mse(k), &out)
            numbers.shown(log.bce(k), &out)
            if listsFeatures { for j in 0..<n { numbers.shown(log.dW(k, j), &out) } }
            numbers.shown(log.db(k), &out)
            if listsFeatures { for j in 0..<n { numbers.shown(log.weight(k, j), &out) } }
            numbers.shown(log.bias(k), &out)
            out.append(static: "<td><details><summary>exact</summary>MSE")
            numbers.exact(log.mse(k), &out)
            out.append(static: "<br>CE")
            numbers.exact(log.bce(k), &out)
            out.append(static: "<br>dW")
            for j in 0..<detailed { numbers.exact(log.dW(k, j), &out) }
            if detailed < n { out.append(static: " …") }
            out.append(static: "<br>db")
            numbers.exact(log.db(k), &out)
            out.append(static: "<br>W")
            for j in 0..<detailed { numbers.exact(log.weight(k, j), &out) }
            if detailed < n { out.append(static: " …") }
            out.append(static: "<br>b")
            numbers.exact(log.bias(k), &out)
            if log.hasHiddenLayers { writeLayers(k, &numbers, &out) }
            out.append(static: "</details>\n")
        }
    }

    /// At most this many values of one matrix of a hidden layer are listed in a row's details.
    static let valuesPerMatrix = 8

    /// The hidden layers of iteration `k` in the row's exact details: each layer's W and b after
    /// the update and its dW and db, the first `valuesPerMatrix` of each (W[j][u] row by row).
    private func writeLayers(_ k: Int, _ numbers: inout NumberWriter, _ out: inout [UInt8]) {
        // No arrays or closures here: this runs for every row, a million times for a long run.
        for (index, layer) in log.hiddenLayout.layers.enumerated() {
            let l = index + 1
            let matrix = layer.inputs * layer.units
            for part in LayerPart.allCases {
                out.append(static: "<br>")
                out.append(static: part.name)
                out.append(static: " of layer ")
                ShortestNumber.append(l, to: &out)
                let count = part.isMatrix ? matrix : layer.units
                for index in 0..<min(count, Self.valuesPerMatrix) {
                    let (j, u) = part.isMatrix ? (index / layer.units, index % layer.units) : (0, index)
                    let value =
                        switch part {
                        case .weights: log.hiddenWeight(k, layer: l, j, u)
                        case .biases: log.hiddenBias(k, layer: l, u)
                        case .weightGradients: log.hiddenDW(k, layer: l, j, u)
                        case .biasGradients: log.hiddenDB(k, layer: l, u)
                        }
                    numbers.exact(value, &out)
                }
                if count > Self.valuesPerMatrix { out.append(static: " …") }
            }
        }
    }

    /// The parts of a hidden layer a row's details list, in order.
    private enum LayerPart: CaseIterable {
        case weights, biases, weightGradients, biasGradients

        var name: StaticString {
            switch self {
            case .weights: "W"
            case .biases: "b"
            case .weightGradients: "dW"
            case .biasGradients: "db"
            }
        }

        /// W and dW have a value per input and unit; b and db one per unit.
        var isMatrix: Bool { self == .weights || self == .weightGradients }
    }
}
