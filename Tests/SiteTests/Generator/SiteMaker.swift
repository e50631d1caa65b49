import Charts
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
            datasetLabel: gate.rawValue, charts: charts, favicon: [0x89, 0x50, 0x4E, 0x47], baseURL: baseURL)
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
