import Charts
import Formats
import Foundation
import Training

/// The values of the walkthrough page. Every number comes from the run's log; the
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
    var value: TemplateValue { textValue.merged(with: figuresValue) }

    /// The page context but the charts: read nothing of them, so that it is computed while they
    /// are drawn.
    var textValue: TemplateValue {
        let outcome = summary
        let sections = WalkthroughSection.templateValues
        return [
            "title": .string(input.title),
            "hidden": false,
            "number": sections.numbers,
            "contents": sections.contents,
            "summary": summaryValue(outcome),
            "data": dataValue,
            "network": networkValue,
            "forward": forwardValue,
            "backward": backwardValue,
            "code": codeValue,
            "chain": chainValue,
            "training": trainingValue(outcome),
            "result": resultValue(outcome),
            "rule": ruleValue,
            "exercises": exercisesValue,
            "downloads": downloadsValue,
        ]
    }

    /// The charts, each in its section: the page context's part that needs them drawn.
    var figuresValue: TemplateValue {
        [
            "network": ["initialChart": figure("network-initial.png")],
            "backward": ["pull": figure("pull.png")],
            "training": [
                "charts": .list(Self.trainingCharts.map(figure).filter { $0 != false }),
                "landscape": figure("landscape.png"),
            ],
            "result": [
                "boundaryChart": figure("boundary.png"), "strip": figure("strip.png"),
                "animation": figure("boundary.gif"), "finalNetwork": figure("network-final.png"),
            ],
        ]
    }

    var summary: TrainingSummary { log.summary }

    /// A chart as the templates show it: src, size, alt text, caption and where its numbers are.
    func figure(_ fileName: String) -> TemplateValue {
        guard let chart = input.chart(fileName) else { return false }
        let text = ChartText(chart: chart, log: log)
        return [
            "src": .string(links.image(chart.fileName)),
            "width": .int(chart.cssWidth),
            "height": .int(chart.cssHeight),
            "textPixels": .string(Display.short(chart.smallestTextPixels)),
            "alt": .string(text.altText),
            "caption": .string(chart.title + "."),
            "dataNote": .string(text.dataNote),
            "dataHref": .string(links.chartData),
        ]
    }

    /// "x₁" style names for the weights: w followed by the feature's index.
    func weightName(_ j: Int) -> String { "w\(subscriptDigits(j + 1))" }

    func subscriptDigits(_ value: Int) -> String {
        let digits: [Character] = ["₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉"]
        return String(String(value).compactMap { $0.wholeNumberValue.map { digits[$0] } })
    }

    /// Values in prose: "[0.4, 0.2]", the middle of long lists elided.
    func list(_ values: [Double]) -> String { Display.row(values, limit: Self.samplesShown) }

    /// ln(T/(1 − T)), the z at which σ(z) = T.
    func logit(_ t: Double) -> Double {
        t == 0.5 ? 0 : Foundation.log(t / (1 - t))
    }

    /// W in prose: a column written as the transpose of its row, "[0.4, 0.2]ᵀ".
    func column(_ values: [Double]) -> String { list(values) + "ᵀ" }
}
