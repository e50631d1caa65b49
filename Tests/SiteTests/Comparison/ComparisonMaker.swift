import Charts
import Site
import Training

/// Comparisons of small runs for the comparison pages' tests: runs trained for real, their
/// settings as the command line shows them (`SiteMaker.settings`), charts only when asked.
enum ComparisonMaker {
    /// A run of `gate` with these settings, named as a grid would name it.
    struct Spec {
        var gate: LogicGate = .and
        var rate = 0.1
        var rule = UpdateRule.thresholded
        var iterations = 1000
        var name: String { "learning-rate-\(rate)_rule-\(rule.rawValue)" + (gate == .and ? "" : "_dataset-\(gate)") }
    }

    /// The grid: three learning rates, two rules, on the AND gate.
    static let grid: [Spec] = [0.01, 0.1, 1].flatMap { rate in
        [UpdateRule.thresholded, .logistic].map { Spec(rate: rate, rule: $0) }
    }

    static func log(_ spec: Spec) -> TrainingLog {
        var settings = TrainingSettings.defaults(for: spec.gate.dataset)
        settings.learningRate = spec.rate
        settings.rule = spec.rule
        settings.iterations = spec.iterations
        return Trainer.train(spec.gate.dataset, settings: settings)
    }

    static func run(_ spec: Spec, log: TrainingLog? = nil) -> ComparedRun {
        let log = log ?? Self.log(spec)
        return ComparedRun(
            name: spec.name, title: "Run \(spec.name)",
            settings: SiteMaker.settings(of: log, label: spec.gate.rawValue),
            log: log, trace: RunTrace(log, bucket: 1))
    }

    static func input(_ runs: [ComparedRun], charts: Bool = false, baseURL: String? = nil) throws -> ComparisonInput {
        let drawn =
            charts
            ? try ComparisonCharts.render(
                runs.map(\.trace), names: runs.map(\.name), highlight: ComparisonRanking.best(runs), bucket: 1) : []
        return ComparisonInput(
            title: "Comparing \(runs.count) runs", runs: runs,
            shared: SiteMaker.settings(of: log(Spec()), label: "and"),
            charts: drawn, favicon: [0x89, 0x50, 0x4E, 0x47], baseURL: baseURL)
    }

    static func site(_ input: ComparisonInput) throws -> MemoryDestination {
        let destination = MemoryDestination()
        try ComparisonGenerator(input: input, templates: try SiteGenerator.builtInTemplates()).writeSite(
            to: destination)
        return destination
    }
}
