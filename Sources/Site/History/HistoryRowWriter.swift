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
        let n = log.featureCount, logged = log.loggedSampleCount
        let detailed = min(logged, Self.samplesInDetails)
        for k in range {
            out.append(contentsOf: #"<tr id="it-"#.utf8)
            appendInteger(k, to: &out)
            out.append(contentsOf: changed[k] ? #"" class="changed"><td>"#.utf8 : #""><td>"#.utf8)
            appendInteger(k, to: &out)
            out.append(contentsOf: "</td><td>".utf8)
            for i in 0..<logged {
                if i > 0, logged <= 8 { out.append(UInt8(ascii: " ")) }
                out.append(log.prediction(k, i) == 1 ? UInt8(ascii: "1") : UInt8(ascii: "0"))
            }
            out.append(contentsOf: "</td><td>".utf8)
            appendInteger(log.errors(k), to: &out)
            cell(log.mse(k), &out)
            cell(log.bce(k), &out)
            for j in 0..<n { cell(log.dW(k, j), &out) }
            cell(log.db(k), &out)
            for j in 0..<n { cell(log.weight(k, j), &out) }
            cell(log.bias(k), &out)
            out.append(contentsOf: #"</td><td class="text"><details><summary>z, s, e</summary><table>"#.utf8)
            out.append(contentsOf: #"<thead><tr><th scope="col">Sample</th><th scope="col">z</th>"#.utf8)
            out.append(contentsOf: #"<th scope="col">s</th><th scope="col">e</th></tr></thead><tbody>"#.utf8)
            for i in 0..<detailed {
                out.append(contentsOf: "<tr><td>".utf8)
                appendInteger(i + 1, to: &out)
                cell(log.z(k, i), &out)
                cell(log.s(k, i), &out)
                cell(log.e(k, i), &out)
                out.append(contentsOf: "</td></tr>".utf8)
            }
            out.append(contentsOf: "</tbody></table></details></td></tr>\n".utf8)
        }
    }

    /// Closes the previous cell and writes `value` in the next.
    private func cell(_ value: Double, _ out: inout [UInt8]) {
        out.append(contentsOf: "</td><td>".utf8)
        appendDisplayNumber(value, to: &out)
    }
}

/// Appends the decimal digits of `value` (a small string: no heap allocation).
func appendInteger(_ value: Int, to out: inout [UInt8]) {
    out.append(contentsOf: String(value).utf8)
}

/// Appends the exact value as the pages show it: shortest digits, "−" for minus, ∞ and NaN spelled.
func appendDisplayNumber(_ value: Double, to out: inout [UInt8]) {
    if value.isNaN {
        out.append(contentsOf: "NaN".utf8)
        return
    }
    if value.sign == .minus {
        out.append(contentsOf: "−".utf8)
        if value.isInfinite {
            out.append(contentsOf: "∞".utf8)
            return
        }
        out.append(contentsOf: ShortestNumber.text(-value).utf8)
        return
    }
    if value.isInfinite {
        out.append(contentsOf: "∞".utf8)
        return
    }
    out.append(contentsOf: ShortestNumber.text(value).utf8)
}
