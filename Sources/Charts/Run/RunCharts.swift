import Dispatch
import Synchronization
import Training

/// Every chart of a training run, rendered with libgd.
public enum RunCharts {
    /// All charts of a run, rendered in parallel, in a stable order: weights.png, bias.png,
    /// errors.png, loss.png, boundary.png and boundary.gif (two features only),
    /// network-initial.png, network-final.png, confidence.png, landscape.png (two features, at most
    /// 256 samples), pull.png (two features), strip.png (other than two features); for a network
    /// with hidden layers gradients.png, layer-weights.png, and with two features region.png,
    /// region.gif and units.png.
    ///
    /// `otherRule` is the same data trained under the other rule (`Trainer.summary`); the charts
    /// that compare the rules draw only this run without it.
    ///
    /// The same log always gives byte-identical files.
    ///
    /// - Complexity: O(iterations × features) to read the series; the drawing itself costs the
    ///   same for 10³ and 10⁷ iterations.
    public static func render(_ log: TrainingLog, otherRule: TrainingSummary? = nil) throws(ChartError)
        -> [RenderedChart]
    {
        try render(log, otherRule: otherRule, typeface: .standard)
    }

    /// One chart of a run, for the benchmarks that time each chart alone; nil when it does not apply.
    @_spi(Benchmarks) public static func render(_ kind: RunChart, of log: TrainingLog, otherRule: TrainingSummary?)
        throws(ChartError) -> RenderedChart?
    {
        let facts = RunFacts(log)
        return try kind.render(log, otherRule: otherRule, facts: facts, typeface: .standard)
    }

    /// All charts of a run drawn with `typeface`.
    static func render(_ log: TrainingLog, otherRule: TrainingSummary? = nil, typeface: Typeface) throws(ChartError)
        -> [RenderedChart]
    {
        // The longest charts start first, so that they run beside the others instead of after
        // them: confidence.png at 10⁷ iterations (it reads 320 MB of s), the landscape and the
        // animations at 10³. The facts are computed by the first chart that needs them, while
        // the landscape, which does not, runs on the other core.
        let first: [RunChart] = [.confidence, .landscape, .animation, .regionAnimation]
        let kinds = first + RunChart.allCases.filter { !first.contains($0) }
        let facts = SharedRunFacts(log)
        let results = Mutex<[RunChart: Result<RenderedChart?, ChartError>]>([:])
        // Charts are independent; libgd serialises only the text drawing, the rest runs in parallel.
        DispatchQueue.concurrentPerform(iterations: kinds.count) { index in
            let kind = kinds[index]
            let result = Result { () throws(ChartError) in
                try kind.render(log, otherRule: otherRule, facts: facts.value, typeface: typeface)
            }
            results.withLock { $0[kind] = result }
        }
        let finished = results.withLock { $0 }
        var charts: [RenderedChart] = []
        for kind in RunChart.allCases {
            if let chart = try finished[kind]?.get() { charts.append(chart) }
        }
        return charts
    }
}
