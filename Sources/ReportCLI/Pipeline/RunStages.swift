import Charts
import Foundation
import Site
import Training

/// The stages of `nnreport generate`, each a function the command runs in order and the
/// benchmarks time one by one: settings → templates → training → charts → the site's input.
@_spi(Benchmarks) public enum RunStages {
    /// The settings of a command line (without the command name).
    public static func settings(_ arguments: [String]) throws -> ReportSettings {
        try SettingsResolver.resolve(try ArgumentParser.parse(arguments))
    }

    /// The built-in templates, with the user's own laid over them; `notice` hears of extra files.
    public static func templates(_ settings: ReportSettings, notice: (ExtraTemplateFile) -> Void = { _ in })
        throws -> TemplateLibrary
    {
        do {
            let builtIn = try SiteGenerator.builtInTemplates()
            guard let folder = settings.templatesFolder else { return builtIn }
            let own = try TemplateLibrary(directory: URL(fileURLWithPath: folder))
            for extra in builtIn.extraFiles(in: own, singleFile: settings.singleFile) { notice(extra) }
            return builtIn.overlaid(with: own)
        } catch {
            throw ReportError.template(error)
        }
    }

    /// The run, and beside it on the other core the same data under the other rule.
    public static func train(_ settings: ReportSettings) -> (TrainingLog, TrainingSummary) {
        var otherSettings = settings.training
        otherSettings.rule = settings.training.rule.other
        let other = otherSettings
        let comparison = BackgroundWork { Trainer.summary(settings.dataset, settings: other) }
        let log = Trainer.train(settings.dataset, settings: settings.training)
        return (log, comparison.wait())
    }

    /// Every chart of the run (those comparing the rules with `otherRule`), and the site's icon.
    public static func charts(_ log: TrainingLog, otherRule: TrainingSummary) throws
        -> (charts: [RenderedChart], favicon: [UInt8])
    {
        // The icon (libpng and zlib's set-up, 0.4 ms) is drawn beside the charts rather than
        // after the last of them.
        let icon = BackgroundWork { Result { () throws(ChartError) in try Favicon.png() } }
        do throws(ChartError) {
            let charts = try RunCharts.render(log, otherRule: otherRule)
            return (charts, try icon.wait().get())
        } catch {
            _ = icon.wait()
            throw ReportError.chart(error)
        }
    }

    /// What the site is made from.
    public static func siteInput(
        _ settings: ReportSettings, log: TrainingLog, otherRule: TrainingSummary, charts: [RenderedChart],
        favicon: [UInt8]
    ) -> SiteInput {
        SiteInput(
            log: log, otherRule: otherRule, title: settings.title, datasetLabel: settings.datasetLabel, charts: charts,
            favicon: favicon, baseURL: settings.baseURL, settings: settings.shown)
    }
}
