import Training

/// The chart files of a run, in the order they are listed.
public enum RunChart: String, CaseIterable, Sendable {
    case weights, bias, errors, loss, boundary, animation, networkInitial, networkFinal
    case confidence, landscape, pull, strip
    /// Only for networks with hidden layers.
    case gradients, layerWeights, region

    /// The file name in the site's images folder.
    public var fileName: String {
        switch self {
        case .weights: "weights.png"
        case .bias: "bias.png"
        case .errors: "errors.png"
        case .loss: "loss.png"
        case .boundary: "boundary.png"
        case .animation: "boundary.gif"
        case .networkInitial: "network-initial.png"
        case .networkFinal: "network-final.png"
        case .confidence: "confidence.png"
        case .landscape: "landscape.png"
        case .pull: "pull.png"
        case .strip: "strip.png"
        case .gradients: "gradients.png"
        case .layerWeights: "layer-weights.png"
        case .region: "region.png"
        }
    }

    /// Renders this chart of `log`, beside which `otherRule` ran the same data under the other
    /// rule (nil when the caller has none); nil when the chart does not apply (the boundary charts
    /// without two features).
    func render(_ log: TrainingLog, otherRule: TrainingSummary? = nil, facts: RunFacts, typeface: Typeface)
        throws(ChartError) -> RenderedChart?
    {
        let time = TimeCharts(log: log, facts: facts)
        // The single neuron's line charts of a plane and of W do not describe a network with hidden
        // layers; its own charts do not apply to the single neuron.
        switch (self, log.hasHiddenLayers) {
        case (.boundary, true), (.animation, true), (.networkInitial, true), (.networkFinal, true),
            (.landscape, true), (.pull, true), (.strip, true), (.gradients, false), (.layerWeights, false),
            (.region, false):
            return nil
        default: break
        }
        switch self {
        case .weights: return try png(time.weights(), typeface, firstIteration: 0)
        case .bias: return try png(time.bias(), typeface, firstIteration: 0)
        case .errors: return try png(time.errors(), typeface, firstIteration: 1)
        case .loss: return try png(time.loss(), typeface, firstIteration: 1)
        case .boundary: return try BoundaryCharts(log: log, facts: facts, typeface: typeface).still()
        case .animation: return try BoundaryCharts(log: log, facts: facts, typeface: typeface).animation()
        case .networkInitial: return try NetworkDiagram(log: log, final: false, typeface: typeface).rendered()
        case .networkFinal: return try NetworkDiagram(log: log, final: true, typeface: typeface).rendered()
        case .confidence: return try ConfidenceChart(log: log, facts: facts).rendered(typeface: typeface)
        case .landscape: return try LandscapeChart(log: log, otherRule: otherRule, typeface: typeface).rendered()
        case .pull: return try PullChart(log: log, typeface: typeface).rendered()
        case .strip: return try StripChart(log: log, typeface: typeface).rendered()
        case .gradients: return try png(time.gradients(), typeface, firstIteration: 1)
        case .layerWeights: return try png(time.layerWeights(), typeface, firstIteration: 0)
        case .region: return try RegionChart(log: log, typeface: typeface).rendered()
        }
    }

    /// A line chart as a PNG, with the facts of each of its lines: one scan of each series
    /// finds both its range, which the drawing scales by, and its facts.
    private func png(_ chart: LineChart, _ typeface: Typeface, firstIteration: Int) throws(ChartError) -> RenderedChart
    {
        let describes = chart.series.count <= ChartFacts.describedLines
        let scans = SeriesScan.scan(
            chart.series.map(\.values), firstIteration: firstIteration, keepsSignChanges: describes)
        let range = DataRange(scans)
        let image = try LineChartRenderer(chart: chart, typeface: typeface, scans: scans).render()
        let lines =
            describes ? zip(chart.series, scans).map { ChartFacts.Line(name: $0.name, facts: $1.facts) } : []
        let facts = ChartFacts(
            lines: lines, minimum: range.minimum, maximum: range.maximum, lineCount: chart.series.count)
        return RenderedChart(
            kind: self, title: chart.title, facts: facts, cssWidth: chart.cssWidth,
            cssHeight: chart.cssHeight, smallestTextPixels: image.smallestTextCSSPixels(cssWidth: chart.cssWidth),
            bytes: try image.palettePNG(inks: ChartTheme.frameInks + chart.series.map(\.colour)))
    }
}
