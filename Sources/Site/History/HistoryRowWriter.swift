import Formats
import Training

/// Writes the table rows of the history pages straight into bytes, one `<tr id="it-K">` per
/// iteration: the predictions, errors, losses, gradient and parameters, and a collapsible
/// forward pass of the first samples. Rows where a prediction changed carry `class="changed"`.
///
/// The rows hold only numbers the program formats, so nothing here needs escaping; building them
/// without the template engine keeps a million rows to seconds.
struct HistoryRowWriter {
    /// At most this many samples appear in a row's forward-pass details; all are in the downloads.
    static let samplesInDetails = 8

    let log: TrainingLog
    /// changed[k] is true when a prediction changed in iteration k.
    private let changed: [Bool]

    init(log: TrainingLog) {
        self.log = log
        var changed = [Bool](repeating: false, count: log.count + 1)
        for k in log.predictionChanges where k <= log.count { changed[k] = true }
        self.changed = changed
    }

    /// Appends the rows of iterations `range` to `out`.
    func write(_ range: ClosedRange<Int>, to out: inout [UInt8]) {
        let n = log.weightCount, logged = log.loggedSampleCount
        // A converged run repeats its values row after row: most numbers are a copy.
        var cache = ShortestTextCache()
        let detailed = min(logged, Self.samplesInDetails)
        for k in range {
            out.append(contentsOf: #"<tr id="it-"#.utf8)
            ShortestNumber.append(k, to: &out)
            out.append(contentsOf: changed[k] ? #"" class="changed"><td>"#.utf8 : #""><td>"#.utf8)
            ShortestNumber.append(k, to: &out)
            out.append(contentsOf: "</td><td>".utf8)
            for i in 0..<logged {
                if i > 0, logged <= 8 { out.append(UInt8(ascii: " ")) }
                out.append(log.prediction(k, i) == 1 ? UInt8(ascii: "1") : UInt8(ascii: "0"))
            }
            out.append(contentsOf: "</td><td>".utf8)
            ShortestNumber.append(log.errors(k), to: &out)
            cell(log.mse(k), &cache, &out)
            cell(log.bce(k), &cache, &out)
            for j in 0..<n { cell(log.dW(k, j), &cache, &out) }
            cell(log.db(k), &cache, &out)
            for j in 0..<n { cell(log.weight(k, j), &cache, &out) }
            cell(log.bias(k), &cache, &out)
            out.append(contentsOf: "</td><td><details><summary>z, s, e</summary><table>".utf8)
            out.append(contentsOf: "<tr><th>Sample</th><th>z</th><th>s</th><th>e</th></tr>".utf8)
            for i in 0..<detailed {
                out.append(contentsOf: "<tr><td>".utf8)
                ShortestNumber.append(i + 1, to: &out)
                cell(log.z(k, i), &cache, &out)
                cell(log.s(k, i), &cache, &out)
                cell(log.e(k, i), &cache, &out)
                out.append(contentsOf: "</td></tr>".utf8)
            }
            out.append(contentsOf: "</table></details>".utf8)
            if log.hasHiddenLayers { writeLayers(k, &cache, &out) }
            out.append(contentsOf: "</td></tr>\n".utf8)
        }
    }

    /// At most this many values of one matrix of a hidden layer are listed in a row's details.
    static let valuesPerMatrix = 8

    /// The hidden layers of iteration `k` as a collapsible table: each layer's W, b, dW and db after
    /// the update (W and b) or of the iteration (dW, db), the first `valuesPerMatrix` of each.
    private func writeLayers(_ k: Int, _ cache: inout ShortestTextCache, _ out: inout [UInt8]) {
        out.append(contentsOf: "<details><summary>hidden layers</summary><table>".utf8)
        out.append(contentsOf: "<tr><th>Layer</th><th>Values (W[j][u] row by row)</th></tr>".utf8)
        for (index, layer) in log.hiddenLayout.layers.enumerated() {
            let l = index + 1
            let matrix = layer.inputs * layer.units
            let parts: [(String, Int, (Int) -> Double)] = [
                ("W", matrix, { log.hiddenWeight(k, layer: l, $0 / layer.units, $0 % layer.units) }),
                ("b", layer.units, { log.hiddenBias(k, layer: l, $0) }),
                ("dW", matrix, { log.hiddenDW(k, layer: l, $0 / layer.units, $0 % layer.units) }),
                ("db", layer.units, { log.hiddenDB(k, layer: l, $0) }),
            ]
            for (name, count, value) in parts {
                out.append(contentsOf: "<tr><td>".utf8)
                out.append(contentsOf: "\(name) of layer \(l)".utf8)
                out.append(contentsOf: "</td><td>".utf8)
                for index in 0..<min(count, Self.valuesPerMatrix) {
                    if index > 0 { out.append(contentsOf: ", ".utf8) }
                    appendDisplayNumber(value(index), cache: &cache, to: &out)
                }
                if count > Self.valuesPerMatrix {
                    out.append(contentsOf: " … (\(count) in all, in data/history.csv)".utf8)
                }
                out.append(contentsOf: "</td></tr>".utf8)
            }
        }
        out.append(contentsOf: "</table></details>".utf8)
    }

    /// Closes the previous cell and writes `value` in the next.
    private func cell(_ value: Double, _ cache: inout ShortestTextCache, _ out: inout [UInt8]) {
        out.append(contentsOf: "</td><td>".utf8)
        appendDisplayNumber(value, cache: &cache, to: &out)
    }
}

/// Appends the exact value as the pages show it: shortest digits, "−" for every minus sign, ∞ and
/// NaN spelled out. Allocates nothing beyond the buffer's growth.
func appendDisplayNumber(_ value: Double, cache: inout ShortestTextCache, to out: inout [UInt8]) {
    if value.isNaN {
        out.append(contentsOf: "NaN".utf8)
        return
    }
    if value.isInfinite {
        out.append(contentsOf: value < 0 ? "−∞".utf8 : "∞".utf8)
        return
    }
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: ShortestNumber.room) { scratch in
        guard let base = scratch.baseAddress else { return }
        let length = cache.write(value, to: base)
        var start = 0
        // Copy runs between minus signs in bulk; a minus becomes "−" (U+2212).
        for index in 0..<length where base[index] == UInt8(ascii: "-") {
            out.append(contentsOf: UnsafeBufferPointer(start: base + start, count: index - start))
            out.append(contentsOf: [0xE2, 0x88, 0x92])
            start = index + 1
        }
        out.append(contentsOf: UnsafeBufferPointer(start: base + start, count: length - start))
    }
}
