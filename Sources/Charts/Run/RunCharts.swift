import Dispatch
import Synchronization
import Training

/// Every chart of a training run, rendered with libgd.
public enum RunCharts {
    /// All charts of a run, rendered in parallel, in a stable order: weights.png, bias.png,
    /// errors.png, loss.png, boundary.png, boundary.gif (two features only),
    /// network-initial.png, network-final.png.
    ///
    /// The same log always gives byte-identical files.
    ///
    /// - Complexity: O(iterations × features) to read the series; the drawing itself costs the
    ///   same for 10³ and 10⁷ iterations.
    public static func render(_ log: TrainingLog) throws(ChartError) -> [RenderedChart] {
        try render(log, typeface: .standard)
    }

    /// All charts of a run drawn with `typeface`.
    static func render(_ log: TrainingLog, typeface: Typeface) throws(ChartError) -> [RenderedChart] {
        let kinds = RunChart.allCases
        let results = Mutex<[RunChart: Result<RenderedChart?, ChartError>]>([:])
        // Charts are independent; libgd serialises only the text drawing, the rest runs in parallel.
        DispatchQueue.concurrentPerform(iterations: kinds.count) { index in
            let kind = kinds[index]
            let result = Result { () throws(ChartError) in try kind.render(log, typeface: typeface) }
            results.withLock { $0[kind] = result }
        }
        let finished = results.withLock { $0 }
        var charts: [RenderedChart] = []
        for kind in kinds {
            if let chart = try finished[kind]?.get() { charts.append(chart) }
        }
        return charts
    }
}

/// The chart files of a run, in the order they are listed.
enum RunChart: CaseIterable, Sendable {
    case weights, bias, errors, loss, boundary, animation, networkInitial, networkFinal

    /// Renders this chart of `log`; nil when it does not apply (the animation without two features).
    func render(_ log: TrainingLog, typeface: Typeface) throws(ChartError) -> RenderedChart? {
        let time = TimeCharts(log: log)
        switch self {
        case .weights:
            let chart = time.weights()
            return try Self.png(chart, "weights.png", time.weightsText(chart), time.weightsNote, typeface)
        case .bias:
            let chart = time.bias()
            let note = "column b of data/history.csv; iteration 0 is the initial b of the settings"
            return try Self.png(chart, "bias.png", time.biasText(chart), note, typeface)
        case .errors:
            let note = "column errors of data/history.csv"
            return try Self.png(time.errors(), "errors.png", time.errorsText(), note, typeface)
        case .loss:
            let note = "columns mse and bce of data/history.csv"
            return try Self.png(time.loss(), "loss.png", time.lossText(), note, typeface)
        case .boundary:
            return try BoundaryCharts(log: log, typeface: typeface).still()
        case .animation:
            return try BoundaryCharts(log: log, typeface: typeface).animation()
        case .networkInitial:
            return try NetworkDiagram(log: log, final: false, typeface: typeface).rendered()
        case .networkFinal:
            return try NetworkDiagram(log: log, final: true, typeface: typeface).rendered()
        }
    }

    /// Renders a line chart to a PNG with its texts.
    static func png(
        _ chart: LineChart, _ fileName: String, _ altText: String, _ dataNote: String, _ typeface: Typeface
    ) throws(ChartError) -> RenderedChart {
        let image = try LineChartRenderer(chart: chart, typeface: typeface).render()
        return RenderedChart(
            fileName: fileName, title: chart.title, altText: altText, dataNote: dataNote, cssWidth: chart.cssWidth,
            cssHeight: chart.cssHeight, bytes: try image.png())
    }
}
