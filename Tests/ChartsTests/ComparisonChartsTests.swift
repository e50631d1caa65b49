import Testing
import Training

@testable import Charts

/// The comparison's traces and charts: what a trace keeps of a run, and every chart drawn from
/// the traces of real runs.
@Suite("ComparisonCharts: traces and the charts of many runs", .serialized)
struct ComparisonChartsTests {
    static func run(_ gate: LogicGate, rate: Double, rule: UpdateRule, iterations: Int = 1000) -> TrainingLog {
        var settings = TrainingSettings.defaults(for: gate.dataset)
        settings.learningRate = rate
        settings.rule = rule
        settings.iterations = iterations
        return Trainer.train(gate.dataset, settings: settings)
    }

    /// The grid of the issue: three rates, two rules, on the AND gate.
    static let grid: [TrainingLog] = [0.01, 0.1, 1].flatMap { rate in
        [UpdateRule.thresholded, .logistic].map { run(.and, rate: rate, rule: $0) }
    }

    @Test("a bucket of one iteration keeps every value at its iteration")
    func everyValue() {
        let values: [Double] = [3, 1, 4, 1, 5, 9, 2, 6]
        let series = TracedSeries(values, firstIteration: 1, bucket: 1)
        #expect(series.iterations == Array(1...8))
        #expect(series.values == values)
    }

    @Test("wider buckets keep, in order, each bucket's first, smallest, largest and last value", arguments: [2, 7, 64])
    func extremes(_ bucket: Int) {
        var generator = SystemRandomNumberGenerator()
        let values = (0..<1000).map { _ in Double.random(in: -1...1, using: &generator) }
        let series = TracedSeries(values, firstIteration: 0, bucket: bucket)
        #expect(series.iterations == series.iterations.sorted())
        for start in stride(from: 0, to: values.count, by: bucket) {
            let slice = values[start..<min(start + bucket, values.count)]
            let kept = zip(series.iterations, series.values).filter { Int($0.0) >= start && Int($0.0) < start + bucket }
            #expect(kept.count <= 4)
            #expect(kept.map(\.1).min() == slice.min() && kept.map(\.1).max() == slice.max())
            #expect(kept.first?.1 == slice.first && kept.last?.1 == slice.last)
        }
    }

    @Test("a trace starts the parameters at their initial values and the losses at iteration 1")
    func trace() {
        let log = Self.grid[0]
        let trace = RunTrace(log, bucket: RunTrace.bucket(forLongest: 1000))
        #expect(trace.weights.count == 2 && trace.iterations == 1000)
        #expect(trace.bias?.iterations.first == 0 && trace.bias?.values.first == 1)
        #expect(trace.weights[0].values.first == 0.4 && trace.weights[1].values.first == 0.2)
        #expect(trace.loss.iterations.first == 1 && trace.loss.values == log.bceSeries)
        #expect(trace.errors.values == log.errorSeries.map(Double.init))
        #expect(RunTrace.bucket(forLongest: 2047) == 1 && RunTrace.bucket(forLongest: 10_000_000) > 1)
    }

    @Test("up to eight runs: one overlay per quantity, every run in its colour, labels legible at 34rem")
    func overlays() throws {
        let traces = Self.grid.map { RunTrace($0, bucket: 1) }
        let names = (1...traces.count).map { "run-\($0)" }
        let charts = try ComparisonCharts.render(traces, names: names, highlight: 4, bucket: 1)
        #expect(
            charts.map(\.fileName) == [
                "compare-loss.png", "compare-errors.png", "compare-w1.png", "compare-w2.png", "compare-bias.png",
            ])
        for chart in charts {
            #expect(chart.kind == .overlay)
            let image = try GDImage(png: chart.bytes)
            #expect(image.width == chart.cssWidth * 2 && image.height == chart.cssHeight * 2)
            // The page never shows a chart narrower than 34rem (544 px).
            #expect(chart.smallestTextPixels * 544 / Double(chart.cssWidth) >= 11, "\(chart.fileName)")
        }
        let loss = try GDImage(png: charts[0].bytes)
        for index in traces.indices {
            let colour = ComparisonPalette.run(index)
            let count = LineChartTests.count(colour, in: loss, x: 0...(loss.width - 1), y: 0...(loss.height - 1))
            #expect(count > 100, "run \(index + 1)'s colour")
        }
    }

    @Test("more than eight runs: a band chart and small multiples per quantity")
    func bandsAndMultiples() throws {
        let logs = (0..<30).map {
            Self.run(.or, rate: 0.02 * Double($0 + 1), rule: $0 % 2 == 0 ? .thresholded : .logistic, iterations: 300)
        }
        let traces = logs.map { RunTrace($0, bucket: 1) }
        let names = (1...30).map { "r\($0)" }
        let charts = try ComparisonCharts.render(traces, names: names, highlight: 2, bucket: 1)
        let loss = charts.filter { $0.quantity == .loss }
        #expect(loss.map(\.fileName) == ["compare-loss.png", "compare-loss-runs-1.png", "compare-loss-runs-2.png"])
        #expect(loss.map(\.kind) == [.band, .multiples(first: 0, last: 23), .multiples(first: 24, last: 29)])
        for chart in charts {
            let image = try GDImage(png: chart.bytes)
            #expect(image.width == chart.cssWidth * 2 && image.height == chart.cssHeight * 2)
            #expect(chart.smallestTextPixels * 544 / Double(chart.cssWidth) >= 11, "\(chart.fileName)")
        }
    }

    @Test("the band spans the lowest to the highest run at each iteration; the median lies between")
    func band() {
        let traces = Self.grid.map { RunTrace($0, bucket: 1) }
        let band = TraceBand(traces.compactMap(\.bias), bucket: 1)
        #expect(band.stretches.count == 1001)
        for stretch in band.stretches {
            let values = Self.grid.map { $0.bias(stretch.iteration) }
            #expect(stretch.lowest == values.min() && stretch.highest == values.max())
            #expect(stretch.median >= stretch.lowest && stretch.median <= stretch.highest)
        }
    }

    @Test("a run whose parameters overflow is traced to its last, non-finite value and still drawn")
    func divergence() throws {
        let features: [[Double]] = [[0, 0, 1e300, 1e300], [0, 1e300, 0, 1e300]]
        let data = try Dataset(name: "huge inputs", features: features, labels: [0, 1, 1, 0])
        var settings = TrainingSettings.walkthrough
        settings.learningRate = 1e10
        let diverged = Trainer.train(data, settings: settings)
        let trace = RunTrace(diverged, bucket: 1)
        #expect(
            trace.bias?.firstNonFinite == diverged.divergedAt || trace.weights.contains { $0.firstNonFinite != nil })
        let charts = try ComparisonCharts.render(
            [trace, RunTrace(Self.grid[0], bucket: 1)], names: ["diverged", "and"], highlight: 1, bucket: 1)
        #expect(charts.count == 5)
    }
}
