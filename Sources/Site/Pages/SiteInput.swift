import Charts
import Training

/// Everything a site is made from: the run, the same data under the other rule, the charts, and
/// the page settings.
public struct SiteInput: Sendable {
    /// The run the site is about.
    public var log: TrainingLog
    /// The outcome of the same data and settings under the other update rule, for comparison.
    public var otherRule: TrainingSummary
    /// The page title.
    public var title: String
    /// The dataset as the user named it ("and", "points.csv").
    public var datasetLabel: String
    /// The charts of the run.
    public var charts: [RenderedChart]
    /// The site's icon, a PNG.
    public var favicon: [UInt8]
    /// The absolute URL the site is published at, ending in "/", if known.
    public var baseURL: String?
    /// The run's settings as the page's table and history.json show them.
    public var settings: [RunSetting]
    /// The page above this report, when it is one run of a comparison: linked first in every
    /// page's navigation.
    public var parent: ParentPage?

    public init(
        log: TrainingLog, otherRule: TrainingSummary, title: String, datasetLabel: String,
        charts: [RenderedChart], favicon: [UInt8], baseURL: String?, settings: [RunSetting]
    ) {
        self.settings = settings
        self.log = log
        self.otherRule = otherRule
        self.title = title
        self.datasetLabel = datasetLabel
        self.charts = charts
        self.favicon = favicon
        self.baseURL = baseURL
    }

    /// The chart named `fileName`, if it was drawn.
    func chart(_ fileName: String) -> RenderedChart? {
        charts.first { $0.fileName == fileName }
    }
}
