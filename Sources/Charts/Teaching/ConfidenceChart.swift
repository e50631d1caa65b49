import Formats
import Training

/// confidence.png: s = σ(z) of every logged sample over the iterations, one line per sample
/// coloured by its label, with the threshold T dashed across, so that a reader sees how sure the
/// network is of each sample and on which side of T it ends (the article's run ends with every
/// s between 0.48 and 0.51).
struct ConfidenceChart {
    /// The run.
    let log: TrainingLog
    /// What the charts need from a pass over the run (the enlarged view, the markers).
    let facts: RunFacts

    /// The most values the lines may hold together: a run of 10⁷ iterations draws the AND gate's
    /// four samples (read in place, 320 MB of the log); longer logs of more samples draw fewer,
    /// evenly spread, so that the time to read them stays bounded.
    static let valueBudget = 40_000_000
    /// With more lines than this, lines are thin.
    static let thickLines = 8

    /// The logged samples that get a line, evenly spread when `budget` values do not cover them all.
    func drawnSamples(budget: Int = valueBudget) -> [Int] {
        let logged = log.loggedSampleCount
        let fitting = max(1, budget / max(log.count, 1))
        guard fitting < logged else { return Array(0..<logged) }
        return (0..<fitting).map { $0 * logged / fitting }
    }

    /// s of logged sample `i` from iteration 1 to the last, read in place from the log's s column.
    func values(of i: Int) -> SeriesValues {
        SeriesValues(.doubles(log.columns.s), offset: i, stride: log.loggedSampleCount, settledRow: log.settledRow)
    }

    /// The drawn samples in the order of their lines: label 1 first.
    func ordered(_ samples: [Int]) -> [Int] {
        let labels = log.dataset.labels
        return samples.filter { labels[$0] == 1 } + samples.filter { labels[$0] != 1 }
    }

    /// The line chart: label-1 samples first, each line named by its label.
    func chart(samples: [Int]) -> LineChart {
        let labels = log.dataset.labels
        let thickness = samples.count <= Self.thickLines ? ChartTheme.lineThickness - 1 : ChartTheme.thinLineThickness
        // Label 1 is drawn first and wider, so that where a sample of label 0 has the same s
        // (AND from W = [1e308, −1e308]: x = (0, 0) and (1, 1)) a blue edge still shows.
        let series = ordered(samples).map { i in
            let one = labels[i] == 1
            return LineSeries(
                name: one ? "label 1" : "label 0", values: values(of: i),
                colour: one ? BoundaryPlot.positiveColour : BoundaryPlot.negativeColour,
                thickness: one ? thickness + (thickness + 1) / 2 + 1 : thickness)
        }
        let time = TimeCharts(log: log, facts: facts)
        var chart = LineChart(
            title: "Confidence over the iterations", xTitle: "iteration", yTitle: "s = σ(z)", series: series,
            firstX: 1, markers: time.markers, zoomUpTo: time.zoomUpTo)
        chart.referenceLines = [
            ReferenceLine(y: log.settings.threshold, label: "threshold T = \(Display.compact(log.settings.threshold))")
        ]
        chart.groupsLegendByName = true
        return chart
    }

    /// The facts of the lines of `samples`, from the scans of their series (`ordered(samples)`,
    /// each with its label's side of T).
    ///
    /// - Complexity: O(samples).
    func confidenceFacts(samples: [Int], scans: [SeriesScan]) -> ConfidenceFacts {
        let t = log.settings.threshold
        let labels = log.dataset.labels
        // Series index i is iteration i + 1; every drawn sample is on its side after the last
        // iteration where one is not.
        let lastWrong = scans.compactMap(\.lastWrong).max().map { $0 + 1 }
        let from: Int? = lastWrong.map { $0 < log.count ? $0 + 1 : nil } ?? 1
        var ranges: [Double: ClosedRange<Double>] = [:]
        var nonFinite = 0
        if log.count > 0 {
            for i in samples {
                let value = log.s(log.count, i)
                guard value.isFinite else {
                    nonFinite += 1
                    continue
                }
                let label = labels[i] == 1 ? 1.0 : 0.0
                let known = ranges[label]
                ranges[label] = min(known?.lowerBound ?? value, value)...max(known?.upperBound ?? value, value)
            }
        }
        return ConfidenceFacts(
            drawnSamples: samples.count, loggedSamples: log.loggedSampleCount, sampleCount: log.dataset.sampleCount,
            threshold: t, lastIteration: log.count, finalLabel1: ranges[1], finalLabel0: ranges[0],
            nonFiniteAtEnd: nonFinite, allOnTheirSideFrom: log.count > 0 ? from : nil,
            zoomUpTo: TimeCharts(log: log, facts: facts).zoomUpTo)
    }

    /// confidence.png with its facts: one scan of each line finds the range the drawing scales
    /// by and where each sample last sat on the wrong side of T.
    func rendered(typeface: Typeface) throws(ChartError) -> RenderedChart {
        let samples = drawnSamples()
        let chart = chart(samples: samples)
        let labels = log.dataset.labels
        let sides = ordered(samples).map {
            SeriesScan.Side(threshold: log.settings.threshold, labelOne: labels[$0] == 1)
        }
        let scans = SeriesScan.scan(
            chart.series.map(\.values), firstIteration: 1, keepsSignChanges: false, sides: sides)
        let image = try LineChartRenderer(chart: chart, typeface: typeface, scans: scans).render()
        return RenderedChart(
            kind: .confidence, title: chart.title,
            facts: ChartFacts(confidence: confidenceFacts(samples: samples, scans: scans)),
            cssWidth: chart.cssWidth, cssHeight: chart.cssHeight,
            smallestTextPixels: image.smallestTextCSSPixels(cssWidth: chart.cssWidth),
            bytes: try image.palettePNG(
                inks: ChartTheme.frameInks + [BoundaryPlot.positiveColour, BoundaryPlot.negativeColour]))
    }
}
