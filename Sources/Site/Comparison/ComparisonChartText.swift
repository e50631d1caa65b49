import Charts
import Formats

/// What the page says about a comparison chart: its alt text and caption, from the runs'
/// traces (the first and last value of each run's line, where it stopped being finite).
struct ComparisonChartText {
    let chart: ComparisonChart
    let runs: [ComparedRun]
    /// The run the band charts pick out, if any.
    let best: Int?

    /// The alt text: what the chart shows, run by run, and which runs it leaves out.
    var altText: String {
        let left = runs.filter { chart.quantity.series(of: $0.trace) == nil && !$0.hiddenSizes.isEmpty }.map(\.name)
        guard !left.isEmpty else { return drawnText }
        return drawnText + " Not drawn: \(Display.list(left)), with hidden layers (their output layer's weights and "
            + "bias are not a single neuron's W and b; each run's report charts every layer)."
    }

    private var drawnText: String {
        let quantity = chart.quantity
        let range = rangeText
        switch chart.kind {
        case .overlay:
            let lines = runs.compactMap { run in quantity.series(of: run.trace).map { "\(run.name): " + Self.path($0) }
            }
            return "\(chart.title), one line per run\(range). " + lines.joined(separator: "; ") + "."
        case .band:
            let drawn = runs.filter { quantity.series(of: $0.trace) != nil }.count
            var text =
                "\(chart.title)\(range). The band spans the lowest to the highest value any of the "
                + "\(Display.count(drawn)) runs had \(stretch); the line in it is their median there."
            if let best, let line = quantity.series(of: runs[best].trace) {
                text += " The best run, \(runs[best].name): " + Self.path(line) + "."
            }
            return text
        case .multiples(let first, let last):
            let panels = runs[first...last].compactMap { run in
                quantity.series(of: run.trace).map { "\(run.name): " + Self.path($0) }
            }
            return "\(chart.title), a panel per run on the band of all runs\(range). " + panels.joined(separator: "; ")
                + "."
        }
    }

    /// The caption.
    var caption: String {
        switch chart.kind {
        case .overlay:
            return "\(chart.title). Each run has its colour in every chart; where lines coincide, the run listed "
                + "earlier is drawn wider and shows as an edge."
        case .band:
            return "\(chart.title): the band is the lowest to the highest value \(stretch), the dark line the median, "
                + "the blue line the best run."
        case .multiples:
            return "\(chart.title): each panel is one run (blue) on the band of all runs (grey), on the same axes, "
                + "numbered in the order of the table of runs."
        }
    }

    /// "at each iteration", or per stretch when the traces group iterations.
    private var stretch: String {
        chart.bucket == 1 ? "at each iteration" : "in each stretch of \(Display.count(chart.bucket)) iterations"
    }

    private var rangeText: String {
        guard let low = chart.minimum, let high = chart.maximum else { return ", no finite value to draw" }
        return low == high
            ? ", every value \(Display.short(low))" : ", values from \(Display.short(low)) to \(Display.short(high))"
    }

    /// "0.7 at iteration 1 to 0.01 at iteration 1,000", and where the values stopped being finite.
    static func path(_ series: TracedSeries) -> String {
        guard let first = series.firstFinite, let last = series.lastFinite else { return "no finite value" }
        var text =
            first.iteration == last.iteration
            ? "\(Display.short(first.value)) at iteration \(Display.count(first.iteration))"
            : "\(Display.short(first.value)) at iteration \(Display.count(first.iteration)) to "
                + "\(Display.short(last.value)) at iteration \(Display.count(last.iteration))"
        if let broken = series.firstNonFinite { text += ", first not finite at iteration \(Display.count(broken))" }
        return text
    }
}
