import Formats
import Training

/// The charts of a run over the iterations: weights, bias, misclassified count and loss.
struct TimeCharts {
    /// The run.
    let log: TrainingLog
    /// What the charts need from a pass over the run.
    let facts: RunFacts

    /// Weights with more features than this share one legend entry and thin lines.
    static let listedWeights = 7

    /// Convergence and divergence, marked on every time chart.
    var markers: [ChartMarker] {
        var markers: [ChartMarker] = []
        if let allRight = facts.allRightFrom {
            markers.append(ChartMarker(x: allRight, label: "all right from iteration \(allRight)", dashed: true))
        }
        if let diverged = log.divergedAt {
            markers.append(
                ChartMarker(x: diverged, label: "became non-finite at iteration \(diverged)", dashed: false))
        }
        return markers
    }

    /// The last x of the enlarged view of the first iterations, if the run has one.
    var zoomUpTo: Int? { facts.zoomUpTo(iterations: log.count) }

    /// The name of weight j in legends: "w1", or "w1 (age)" for a named feature.
    func weightName(_ j: Int) -> String {
        if log.hasHiddenLayers { return "w\(j + 1) (from unit \(j + 1))" }
        let feature = log.dataset.featureNames[j]
        return feature == "x\(j + 1)" ? "w\(j + 1)" : "w\(j + 1) (\(feature))"
    }

    /// Earlier weights are drawn wider, so a weight that lies on top of another still shows as
    /// a coloured edge around it (AND ends with w1 = w2).
    static func thickness(_ j: Int, of count: Int) -> Int {
        ChartTheme.lineThickness + 3 * (count - 1 - j)
    }

    /// Weight j from iteration 0 (the initial value) to the last, read in place from the log's
    /// interleaved W column.
    func weightValues(_ j: Int) -> SeriesValues {
        SeriesValues(
            .doubles(log.columns.weights), offset: j, stride: log.weightCount, leading: log.weight(0, j),
            settledRow: log.settledRow)
    }

    /// Every weight over the iterations.
    func weights() -> LineChart {
        let count = log.weightCount
        let many = count > Self.listedWeights
        let series = (0..<count).map { j in
            LineSeries(
                name: weightName(j), values: weightValues(j), colour: ChartTheme.seriesColour(j),
                thickness: many ? ChartTheme.thinLineThickness : Self.thickness(j, of: count))
        }
        return LineChart(
            title: log.hasHiddenLayers
                ? "The output layer's weights over the iterations" : "Weights over the iterations",
            xTitle: "iteration", yTitle: "weight", series: series, firstX: 0,
            markers: markers, zoomUpTo: zoomUpTo, legendSummary: many ? "w1 … w\(count), one line each" : nil
        )
    }

    /// The bias over the iterations, from iteration 0.
    func bias() -> LineChart {
        let values = SeriesValues(.doubles(log.columns.bias), leading: log.bias(0), settledRow: log.settledRow)
        let series = LineSeries(name: "b", values: values, colour: ChartTheme.seriesColour(0))
        return LineChart(
            title: "Bias over the iterations", xTitle: "iteration", yTitle: "bias b", series: [series], firstX: 0,
            markers: markers, zoomUpTo: zoomUpTo)
    }

    /// Misclassified samples per iteration, as a step chart.
    func errors() -> LineChart {
        let values = SeriesValues(.counts(log.columns.errors), settledRow: log.settledRow)
        let series = LineSeries(name: "misclassified", values: values, colour: ChartTheme.seriesColour(1))
        return LineChart(
            title: "Misclassified samples per iteration", xTitle: "iteration",
            yTitle: "misclassified (of \(Display.count(log.dataset.sampleCount)))", series: [series], firstX: 1,
            markers: markers, steps: true, integerY: true, nonNegativeY: true, includesZeroY: true, zoomUpTo: zoomUpTo)
    }

    /// Mean squared error and binary cross-entropy of the sigmoid output per iteration.
    func loss() -> LineChart {
        let series = [
            LineSeries(
                name: "mean squared error", values: SeriesValues(.doubles(log.columns.mse), settledRow: log.settledRow),
                colour: ChartTheme.seriesColour(0)),
            LineSeries(
                name: "binary cross-entropy",
                values: SeriesValues(.doubles(log.columns.bce), settledRow: log.settledRow),
                colour: ChartTheme.seriesColour(1)),
        ]
        return LineChart(
            title: "Loss of the sigmoid output per iteration", xTitle: "iteration", yTitle: "loss", series: series,
            firstX: 1, markers: markers, nonNegativeY: true, includesZeroY: true, zoomUpTo: zoomUpTo)
    }
}
