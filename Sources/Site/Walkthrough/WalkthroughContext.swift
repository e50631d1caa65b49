import Charts
import Training

/// The values of the walkthrough page (SPEC §6). Every number comes from the run's log; the
/// templates hold the structure and the teaching text that does not depend on the run.
struct WalkthroughContext {
    let input: SiteInput
    let links: SiteLinks
    /// Sizes of the data files as the downloads section shows them ("292 KB"), by path.
    let dataSizes: [String: String]

    var log: TrainingLog { input.log }
    var dataset: Dataset { input.log.dataset }
    var settings: TrainingSettings { input.log.settings }

    /// At most this many samples are shown worked out in full on the page.
    static let samplesShown = 8
    /// At most this many rows are listed in the table of prediction changes.
    static let changesShown = 40

    /// The whole page context.
    var value: TemplateValue {
        let outcome = summary
        return [
            "title": .string(input.title),
            "summary": summaryValue(outcome),
            "data": dataValue,
            "network": networkValue,
            "forward": forwardValue,
            "backward": backwardValue,
            "training": trainingValue(outcome),
            "result": resultValue(outcome),
            "rule": ruleValue,
            "downloads": downloadsValue,
        ]
    }

    var summary: TrainingSummary { log.summary }

    /// A chart as the templates show it: src, size, alt text, caption and where its numbers are.
    func figure(_ fileName: String) -> TemplateValue {
        guard let chart = input.chart(fileName) else { return false }
        return [
            "src": .string(links.image(chart.fileName)),
            "width": .int(chart.cssWidth),
            "height": .int(chart.cssHeight),
            "alt": .string(chart.altText),
            "caption": .string(chart.title + "."),
            "dataNote": .string(chart.dataNote),
            "dataHref": .string(links.chartData),
        ]
    }

    /// "x₁" style names for the weights: w followed by the feature's index.
    func weightName(_ j: Int) -> String { "w\(subscriptDigits(j + 1))" }

    func subscriptDigits(_ value: Int) -> String {
        let digits: [Character] = ["₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉"]
        return String(String(value).compactMap { $0.wholeNumberValue.map { digits[$0] } })
    }

    /// A vector in prose: "[0.4, 0.2]".
    func vector(_ values: [Double]) -> String {
        "[" + values.map(Display.short).joined(separator: ", ") + "]"
    }
}
