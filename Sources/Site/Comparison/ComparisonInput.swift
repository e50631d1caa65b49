import Charts

/// Everything the comparison pages are made from: the runs, their charts, the shared settings.
public struct ComparisonInput: Sendable {
    /// The comparison's title.
    public var title: String
    /// The runs, in the order declared.
    public var runs: [ComparedRun]
    /// The settings every run starts from before its own values, as the reports show them.
    public var shared: [RunSetting]
    /// The comparison charts.
    public var charts: [ComparisonChart]
    /// The site's icon, a PNG.
    public var favicon: [UInt8]
    /// The absolute URL the site is published at, ending in "/", if known.
    public var baseURL: String?

    public init(
        title: String, runs: [ComparedRun], shared: [RunSetting], charts: [ComparisonChart], favicon: [UInt8],
        baseURL: String?
    ) {
        self.title = title
        self.runs = runs
        self.shared = shared
        self.charts = charts
        self.favicon = favicon
        self.baseURL = baseURL
    }
}
