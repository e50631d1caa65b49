import Dispatch
import Formats
import Synchronization

/// The charts of a comparison, drawn with libgd from the runs' traces: for each quantity (the
/// loss, the misclassified count, each traced weight, the bias) an overlay of every run in its
/// own colour when there are at most `overlaidRuns`; beyond, a band chart of all runs and small
/// multiples, `runsPerImage` panels to an image.
public enum ComparisonCharts {
    /// The most runs an overlay shows; more would be colours no reader can tell apart.
    public static let overlaidRuns = 8
    /// Panels in one image of small multiples.
    public static var runsPerImage: Int { SmallMultiples.columns * SmallMultiples.rows }

    /// The quantities drawn for `traces`: the loss, the misclassified count, every weight some
    /// run traced, the bias when some run traced it (runs with hidden layers trace neither).
    public static func quantities(_ traces: [RunTrace]) -> [ComparedQuantity] {
        let weights = traces.map(\.weights.count).max() ?? 0
        let bias: [ComparedQuantity] = traces.contains { $0.bias != nil } ? [.bias] : []
        return [.loss, .errors] + (0..<weights).map { .weight($0) } + bias
    }

    /// Every chart, drawn in parallel, in a stable order: per quantity the overlay, or the band
    /// then the small multiples.
    ///
    /// - Parameters:
    ///   - names: each run's name, as the legends and panels show it.
    ///   - highlight: the run the band charts pick out (the best), if any.
    ///   - bucket: the traces' bucket width.
    public static func render(
        _ traces: [RunTrace], names: [String], highlight: Int?, bucket: Int
    ) throws(ChartError) -> [ComparisonChart] {
        let jobs = plan(traces, names: names, highlight: highlight, bucket: bucket)
        let results = Mutex<[Int: Result<ComparisonChart, ChartError>]>([:])
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            let result = Result { () throws(ChartError) in try jobs[index].draw() }
            results.withLock { $0[index] = result }
        }
        let finished = results.withLock { $0 }
        var charts: [ComparisonChart] = []
        for index in jobs.indices {
            if let chart = try finished[index]?.get() { charts.append(chart) }
        }
        return charts
    }

    /// The charts to draw, each a closure over its data.
    private static func plan(_ traces: [RunTrace], names: [String], highlight: Int?, bucket: Int) -> [Job] {
        var jobs: [Job] = []
        let typeface = Typeface.standard
        for quantity in quantities(traces) {
            let runs = traces.indices.compactMap { index in quantity.series(of: traces[index]).map { (index, $0) } }
            let series = runs.map(\.1)
            let range = Self.range(series)
            let lastX = series.compactMap { $0.iterations.last.map(Int.init) }.max() ?? 1
            let heading = quantity.name.prefix(1).uppercased() + quantity.name.dropFirst()
            // Runs with hidden layers have no W or b of a single neuron: those charts draw fewer runs.
            let drawn = runs.count == traces.count ? nil : "\(runs.count) of the \(traces.count) runs"
            let common = Common(quantity: quantity, bucket: bucket, range: range, lastX: lastX)
            if traces.count <= overlaidRuns {
                let lines = runs.map { index, line in
                    TraceChart.Line(
                        series: line, colour: ComparisonPalette.run(index),
                        thickness: Double(ComparisonPalette.thickness(index, of: traces.count)))
                }
                let legend = runs.map { index, _ in
                    Legend.Entry(
                        swatch: .line(
                            ComparisonPalette.run(index),
                            thickness: ComparisonPalette.thickness(index, of: traces.count)),
                        label: names[index])
                }
                let chart = TraceChart(
                    title: "\(heading) of " + (drawn ?? "the \(runs.count) runs"), yTitle: quantity.yTitle,
                    lines: lines,
                    legend: legend,
                    quantity: quantity, lastX: lastX, minimum: range.minimum, maximum: range.maximum)
                jobs.append(
                    Job(
                        common: common, kind: .overlay, fileName: "compare-\(quantity.fileStem).png", title: chart.title
                    ) {
                        () throws(ChartError) in
                        (
                            try TraceChartRenderer(chart: chart, typeface: typeface).render(), chart.cssWidth,
                            chart.cssHeight
                        )
                    })
                continue
            }
            let band = TraceBand(series, bucket: bucket)
            var lines = [TraceChart.Line(series: band.medianSeries, colour: ComparisonPalette.median, thickness: 3)]
            var legend: [Legend.Entry] = [
                .init(
                    swatch: .area(ComparisonPalette.band),
                    label: "lowest to highest of " + (drawn ?? "the \(runs.count) runs")),
                .init(swatch: .line(ComparisonPalette.median, thickness: 3), label: "median of the runs"),
            ]
            if let best = highlight, let line = quantity.series(of: traces[best]) {
                lines.append(
                    .init(
                        series: line, colour: ComparisonPalette.highlight, thickness: Double(ChartTheme.lineThickness)))
                legend.append(
                    .init(
                        swatch: .line(ComparisonPalette.highlight, thickness: ChartTheme.lineThickness),
                        label: "best run: \(names[best])"))
            }
            let chart = TraceChart(
                title: "\(heading): the band of " + (drawn ?? "all \(runs.count) runs"), yTitle: quantity.yTitle,
                lines: lines,
                band: band,
                legend: legend, quantity: quantity, lastX: lastX, minimum: range.minimum, maximum: range.maximum)
            jobs.append(
                Job(common: common, kind: .band, fileName: "compare-\(quantity.fileStem).png", title: chart.title) {
                    () throws(ChartError) in
                    (try TraceChartRenderer(chart: chart, typeface: typeface).render(), chart.cssWidth, chart.cssHeight)
                })
            for (page, start) in stride(from: 0, to: runs.count, by: runsPerImage).enumerated() {
                let slice = Array(runs[start..<min(start + runsPerImage, runs.count)])
                guard let first = slice.first?.0, let last = slice.last?.0 else { continue }
                let multiples = SmallMultiples(
                    title:
                        "\(heading), runs \(Display.count(first + 1))–\(Display.count(last + 1)) of \(Display.count(traces.count))",
                    quantity: quantity, panels: slice.map { .init(label: "\($0.0 + 1). \(names[$0.0])", series: $0.1) },
                    band: band, runCount: runs.count, lastX: lastX, minimum: range.minimum, maximum: range.maximum,
                    typeface: typeface)
                jobs.append(
                    Job(
                        common: common, kind: .multiples(first: first, last: last),
                        fileName: "compare-\(quantity.fileStem)-runs-\(page + 1).png", title: multiples.title
                    ) {
                        () throws(ChartError) in
                        (try multiples.render(), SmallMultiples.cssWidth, SmallMultiples.cssHeight(panels: slice.count))
                    })
            }
        }
        return jobs
    }

    /// The smallest and largest finite value of `series`.
    private static func range(_ series: [TracedSeries]) -> (minimum: Double?, maximum: Double?) {
        var low = Double.infinity
        var high = -Double.infinity
        for line in series {
            for value in line.values where value.isFinite {
                low = min(low, value)
                high = max(high, value)
            }
        }
        return low <= high ? (low, high) : (nil, nil)
    }

    /// What the charts of one quantity share.
    private struct Common: Sendable {
        let quantity: ComparedQuantity
        let bucket: Int
        let range: (minimum: Double?, maximum: Double?)
        let lastX: Int
    }

    /// One image to draw.
    private struct Job: @unchecked Sendable {
        let common: Common
        let kind: ComparisonChart.Kind
        let fileName: String
        let title: String
        /// Draws the image; returns it with its display size.
        let image: () throws(ChartError) -> (GDImage, Int, Int)

        func draw() throws(ChartError) -> ComparisonChart {
            let (drawn, cssWidth, cssHeight) = try image()
            let inks =
                ChartTheme.frameInks + ComparisonPalette.runs
                + [ComparisonPalette.band, ComparisonPalette.median]
            return ComparisonChart(
                quantity: common.quantity, kind: kind, fileName: fileName, title: title,
                cssWidth: cssWidth, cssHeight: cssHeight,
                smallestTextPixels: drawn.smallestTextCSSPixels(cssWidth: cssWidth), bucket: common.bucket,
                minimum: common.range.minimum, maximum: common.range.maximum,
                bytes: try drawn.palettePNG(inks: inks))
        }
    }
}
