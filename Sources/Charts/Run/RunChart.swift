import Training

/// The chart files of a run, in the order they are listed.
enum RunChart: CaseIterable, Sendable {
    case weights, bias, errors, loss, boundary, animation, networkInitial, networkFinal

    /// Renders this chart of `log`; nil when it does not apply (the boundary
    /// charts without two features).
    func render(_ log: TrainingLog, facts: RunFacts, typeface: Typeface) throws(ChartError) -> RenderedChart? {
        let time = TimeCharts(log: log, facts: facts)
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
            return try BoundaryCharts(log: log, facts: facts, typeface: typeface).still()
        case .animation:
            return try BoundaryCharts(log: log, facts: facts, typeface: typeface).animation()
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
            cssHeight: chart.cssHeight, smallestTextPixels: image.smallestTextCSSPixels(cssWidth: chart.cssWidth),
            bytes: try image.palettePNG(inks: ChartTheme.frameInks + chart.series.map(\.colour)))
    }
}
