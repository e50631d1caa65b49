import Training

/// The chart files of a run, in the order they are listed.
public enum RunChart: String, CaseIterable, Sendable {
    case weights, bias, errors, loss, boundary, animation, networkInitial, networkFinal
    case confidence, landscape, pull, strip
    /// Only for networks with hidden layers (region, region.gif and units.png need two features).
    case gradients, layerWeights, region, regionAnimation, units

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
        case .regionAnimation: "region.gif"
        case .units: "units.png"
        }
    }

    /// Renders this chart of `log`, beside which `otherRule` ran the same data under the other
    /// rule (nil when the caller has none); nil when the chart does not apply (the boundary charts
    /// without two features). `facts` is evaluated only by the charts that need the run's facts.
    func render(
        _ log: TrainingLog, otherRule: TrainingSummary? = nil, facts: @autoclosure () -> RunFacts, typeface: Typeface
    )
        throws(ChartError) -> RenderedChart?
    {
        var time: TimeCharts { TimeCharts(log: log, facts: facts()) }
        // The single neuron's line charts of a plane and of W do not describe a network with hidden
        // layers; its own charts do not apply to the single neuron.
        switch (self, log.hasHiddenLayers) {
        case (.boundary, true), (.animation, true), (.landscape, true), (.pull, true), (.strip, true),
            (.gradients, false), (.layerWeights, false),
            (.region, false), (.regionAnimation, false), (.units, false):
            return nil
        default: break
        }
        switch self {
        case .weights: return try png(time.weights(), typeface, firstIteration: 0)
        case .bias: return try png(time.bias(), typeface, firstIteration: 0)
        case .errors: return try png(time.errors(), typeface, firstIteration: 1)
        case .loss: return try png(time.loss(), typeface, firstIteration: 1)
        case .boundary: return try BoundaryCharts(log: log, facts: facts(), typeface: typeface).still()
        case .animation: return try BoundaryCharts(log: log, facts: facts(), typeface: typeface).animation()
        case .networkInitial, .networkFinal:
            let final = self == .networkFinal
            // A network with hidden layers has a column per layer; the single neuron its own diagram.
            return log.hasHiddenLayers
                ? try LayeredDiagram(log: log, final: final, typeface: typeface).rendered()
                : try NetworkDiagram(log: log, final: final, typeface: typeface).rendered()
        case .confidence: return try ConfidenceChart(log: log, facts: facts()).rendered(typeface: typeface)
        case .landscape: return try LandscapeChart(log: log, otherRule: otherRule, typeface: typeface).rendered()
        case .pull: return try PullChart(log: log, typeface: typeface).rendered()
        case .strip: return try StripChart(log: log, typeface: typeface).rendered()
        case .gradients:
            let (chart, lines, zeroLine) = time.gradients()
            return try png(chart, typeface, firstIteration: 1, lines: lines, zeroLine: zeroLine)
        case .layerWeights: return try png(time.layerWeights(), typeface, firstIteration: 0)
        case .region: return try RegionChart(log: log, typeface: typeface).rendered()
        case .regionAnimation: return try RegionAnimation(log: log, facts: facts(), typeface: typeface).rendered()
        case .units: return try UnitsChart(log: log, typeface: typeface).rendered()
        }
    }

    /// A line chart as a PNG, with the facts of each of its lines: one scan of each series
    /// finds both its range, which the drawing scales by, and its facts. `lines` replaces the
    /// facts read from the drawn values (a chart whose drawn values stand in for values it
    /// cannot draw, as gradients.png's exact zeros).
    private func png(
        _ chart: LineChart, _ typeface: Typeface, firstIteration: Int, lines: [ChartFacts.Line]? = nil,
        zeroLine: Double? = nil
    ) throws(ChartError) -> RenderedChart {
        let describes = chart.series.count <= ChartFacts.describedLines
        let scans = SeriesScan.scan(
            chart.series.map(\.values), firstIteration: firstIteration, keepsSignChanges: describes)
        let range = DataRange(scans)
        let image = try LineChartRenderer(chart: chart, typeface: typeface, scans: scans).render()
        let read = describes ? zip(chart.series, scans).map { ChartFacts.Line(name: $0.name, facts: $1.facts) } : []
        var facts = ChartFacts(
            lines: describes ? lines ?? read : [], minimum: range.minimum, maximum: range.maximum,
            lineCount: chart.series.count)
        facts.zeroLine = zeroLine
        return RenderedChart(
            kind: self, title: chart.title, facts: facts, cssWidth: chart.cssWidth,
            cssHeight: chart.cssHeight, smallestTextPixels: image.smallestTextCSSPixels(cssWidth: chart.cssWidth),
            bytes: try image.palettePNG(inks: ChartTheme.frameInks + chart.series.map(\.colour)))
    }
}
