import Charts
import Formats
import Training

/// What the page says about a chart: its alt text (what it shows, in this run's numbers) and
/// where the numbers behind it are. Charts find the facts; this says them.
struct ChartText {
    let chart: RenderedChart
    let log: TrainingLog

    /// A sentence or two stating what the chart shows for this run.
    var altText: String {
        switch chart.kind {
        case .weights: weightsText
        case .bias: "Bias " + clauses.joined() + "." + outcome
        case .errors: errorsText
        case .loss: lossText
        case .boundary: boundaryText
        case .animation: animationText
        case .networkInitial, .networkFinal: log.hasHiddenLayers ? layeredNetworkText : networkText
        case .confidence: confidenceText
        case .landscape: landscapeText
        case .pull: pullText
        case .strip: stripText
        case .gradients: gradientsText
        case .layerWeights: layerWeightsText
        case .region: regionText
        case .regionAnimation: regionAnimationText
        case .units: unitsText
        }
    }

    /// The CSV the rows are in: data/history.csv, or its parts when the run is split.
    var csvFiles: String {
        ExportLayout(log).isSplit ? "the CSV files data/history-NNNN.csv" : ExportLayout.csvPath
    }

    /// The CSV file holding iteration 1.
    var firstCSV: String { ExportLayout(log).parts.first?.path ?? ExportLayout.csvPath }

    /// The CSV file holding the last iteration.
    var lastCSV: String { ExportLayout(log).parts.last?.path ?? ExportLayout.csvPath }

    /// Where the numbers of the chart are in the downloads.
    var dataNote: String {
        let csv = csvFiles
        if log.hasHiddenLayers, chart.kind == .weights || chart.kind == .bias {
            let output = log.hiddenLayout.layers.count + 1
            return chart.kind == .weights
                ? "columns l\(output)_w_1_1 … l\(output)_w_\(log.weightCount)_1 of \(csv); iteration 0 is the "
                    + "initial value"
                : "column l\(output)_b_1 of \(csv); iteration 0 is the initial value"
        }
        switch chart.kind {
        case .weights:
            let columns =
                log.featureCount <= 4
                ? Display.list((1...log.featureCount).map { "w\($0)" }) : "w1 … w\(log.featureCount)"
            return "columns \(columns) of \(csv); iteration 0 is the initial W of the settings"
        case .bias: return "column b of \(csv); iteration 0 is the initial b of the settings"
        case .errors: return "column errors of \(csv)"
        case .loss: return "columns mse and bce of \(csv)"
        case .boundary: return "the samples in the data table; W and b in columns w1, w2 and b of \(csv)"
        case .animation: return "W and b in columns w1, w2 and b of \(csv)"
        case .networkInitial where log.hasHiddenLayers:
            return
                "every layer's initial W and b in the tables above, all of them in data/history.json (network.initial)"
        case .networkFinal where log.hasHiddenLayers:
            return
                "every layer's W and b in the last row of \(lastCSV) (columns l1_w_1_1 … l\(log.hiddenLayout.layers.count + 1)_b_1)"
        case .networkInitial: return "the initial W and b of the settings"
        case .networkFinal: return "W and b in the last row of \(lastCSV) (columns \(weightAndBiasColumns))"
        case .confidence: return confidenceDataNote
        case .landscape: return landscapeDataNote
        case .pull: return pullDataNote
        case .strip: return stripDataNote
        case .gradients: return "the columns l1_dw_… to l\(log.hiddenLayout.layers.count + 1)_dw_… of \(csv)"
        case .layerWeights: return "the columns l1_w_… to l\(log.hiddenLayout.layers.count + 1)_w_… of \(csv)"
        case .region:
            return "every layer's W and b in columns l1_w_1_1 … of \(csv), the samples in the data table"
        case .regionAnimation:
            return "every layer's W and b in columns l1_w_1_1 … of \(csv), the misclassified count in column errors"
        case .units:
            return "the first hidden layer's w and b in columns l1_w_1_u, l1_w_2_u and l1_b_u of \(lastCSV)'s last row"
        }
    }

    /// "w1 falls from 0.4 to …" for each described line.
    var clauses: [String] {
        chart.facts.lines.map { ($0.name == "b" ? "" : $0.name + " ") + $0.facts.clause }
    }

    /// " Every sample is classified correctly from iteration 26 on (marked)." or the divergence.
    var outcome: String {
        if let diverged = log.divergedAt {
            return " W or b became non-finite at iteration \(Display.count(diverged)), where training stopped."
        }
        if let allRight = log.summary.allRightFrom {
            return " Every sample is classified correctly from iteration \(Display.count(allRight)) on (marked)."
        }
        return " Training did not reach a state where every sample is classified correctly."
    }

    private var weightsText: String {
        guard chart.facts.lines.count == chart.facts.lineCount else {
            let range = "over iterations 0–\(Display.count(log.count))"
            let finite =
                chart.facts.minimum.flatMap { low in
                    chart.facts.maximum.map { high in
                        "the weights stay between \(Display.compact(low)) and \(Display.compact(high))"
                    }
                } ?? "no weight is finite"
            return "All \(Display.count(log.featureCount)) weights \(range): \(finite)." + outcome
        }
        return "Weights: " + clauses.joined(separator: "; ") + "." + outcome
    }

    private var errorsText: String {
        let m = Display.count(log.dataset.sampleCount)
        let counts = log.errorSeries
        guard let first = counts.first, let last = counts.last else { return "No iterations were run." }
        let n = Display.count(log.count)
        let (low, high) = (counts.min() ?? first, counts.max() ?? first)
        if low == high {
            let when = counts.count == 1 ? "in the only iteration" : "in every iteration, 1 to \(n)"
            return "Misclassified samples, out of \(m): \(low) \(when)." + outcome
        }
        var text = "Misclassified samples, out of \(m), per iteration: \(first) at iteration 1"
        if let allRight = log.summary.allRightFrom, allRight > 1 {
            text += ", 0 from iteration \(Display.count(allRight)) to the last, \(n)."
        } else {
            text += ", \(last) at iteration \(n); between \(low) and \(high) throughout."
        }
        return text + outcome
    }

    private var lossText: String {
        let lines = chart.facts.lines
        guard lines.count == 2 else { return "The losses of every iteration." + outcome }
        return "Mean squared error " + lines[0].facts.clause + "; binary cross-entropy " + lines[1].facts.clause + "."
            + outcome
    }

    /// "w1, w2 and b" or "w1 … w10 and b".
    private var weightAndBiasColumns: String {
        log.featureCount <= 4
            ? Display.list((1...log.featureCount).map { "w\($0)" } + ["b"]) : "w1 … w\(log.featureCount) and b"
    }
}
