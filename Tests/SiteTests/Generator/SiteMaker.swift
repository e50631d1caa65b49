import Charts
import Formats
import Site
import Training

/// Builds sites of small runs for the generator's tests, without charts unless asked (drawing
/// them is the charts' tests' business and would slow every case here).
enum SiteMaker {
    static func input(
        _ gate: LogicGate = .and, iterations: Int = 1000, rule: UpdateRule = .thresholded, title: String = "Test run",
        baseURL: String? = nil, charts: [RenderedChart] = []
    ) -> SiteInput {
        var settings = TrainingSettings.walkthrough
        settings.iterations = iterations
        settings.rule = rule
        let log = Trainer.train(gate.dataset, settings: settings)
        var other = settings
        other.rule = rule.other
        return SiteInput(
            log: log, otherRule: Trainer.summary(gate.dataset, settings: other), title: title,
            datasetLabel: gate.rawValue, charts: charts, favicon: [0x89, 0x50, 0x4E, 0x47], baseURL: baseURL,
            settings: SiteMaker.settings(of: log, label: gate.rawValue))
    }

    /// The settings rows of `log`, as the command line's settings table gives them (checked there);
    /// a fixture here, since the site does not know the command line.
    static func settings(of log: TrainingLog, label: String = "data") -> [RunSetting] {
        let t = log.settings
        return [
            RunSetting(key: "dataset", name: "Dataset", text: log.dataset.name + " (\(label))", json: nil),
            RunSetting(
                key: "weights", name: "Initial weights W", text: Display.row(t.initialWeights) + "ᵀ",
                json: .numbers(t.initialWeights)),
            RunSetting(
                key: "bias", name: "Initial bias b", text: Display.short(t.initialBias), json: .number(t.initialBias)),
            RunSetting(
                key: "learningRate", name: "Learning rate α", text: Display.short(t.learningRate),
                json: .number(t.learningRate)),
            RunSetting(
                key: "iterations", name: "Iterations N", text: Display.count(t.iterations), json: .integer(t.iterations)
            ),
            RunSetting(key: "rule", name: "Update rule", text: t.rule.rawValue, json: .text(t.rule.rawValue)),
            RunSetting(
                key: "threshold", name: "Threshold T", text: Display.short(t.threshold), json: .number(t.threshold)),
        ]
    }

    static func site(_ input: SiteInput) throws -> MemoryDestination {
        let destination = MemoryDestination()
        try SiteGenerator(input: input, templates: try SiteGenerator.builtInTemplates()).writeSite(to: destination)
        return destination
    }
}

/// The values of one HTML attribute across a page, by a plain scan (the pages are our own output).
func attributeValues(_ name: String, in html: String) -> [String] {
    var values: [String] = []
    var rest = Substring(html)
    let marker = " \(name)=\""
    while let start = rest.range(of: marker) {
        let after = rest[start.upperBound...]
        guard let end = after.firstIndex(of: "\"") else { break }
        values.append(String(after[..<end]))
        rest = after[end...]
    }
    return values
}
