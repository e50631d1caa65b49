/// One chart file of a run, with the facts the page needs to describe it.
public struct RenderedChart: Sendable, Equatable {
    /// Which chart this is.
    public let kind: RunChart
    /// A short title, drawn at the top of the chart, such as "Weights over the iterations".
    public let title: String
    /// What the chart shows, in numbers.
    public let facts: ChartFacts
    /// The display width in CSS pixels; PNG charts are drawn twice as wide (for high-DPI
    /// screens), the GIF animation at this width (each of its frames costs per pixel).
    public let cssWidth: Int
    /// The display height in CSS pixels; PNG charts are drawn twice as high, the GIF at this height.
    public let cssHeight: Int
    /// The font size of the chart's smallest text, in CSS pixels at the display size: the page
    /// never shows the chart so small that this falls below the legible minimum.
    public let smallestTextPixels: Double
    /// The PNG or GIF bytes.
    public let bytes: [UInt8]

    /// A chart file with its facts (the site's tests build their own).
    public init(
        kind: RunChart, title: String, facts: ChartFacts = ChartFacts(), cssWidth: Int, cssHeight: Int,
        smallestTextPixels: Double, bytes: [UInt8]
    ) {
        self.kind = kind
        self.title = title
        self.facts = facts
        self.cssWidth = cssWidth
        self.cssHeight = cssHeight
        self.smallestTextPixels = smallestTextPixels
        self.bytes = bytes
    }

    /// The file name in the site's images folder, such as "weights.png".
    public var fileName: String { kind.fileName }

    /// The MIME type of `bytes`.
    public var mediaType: String { kind == .animation || kind == .regionAnimation ? "image/gif" : "image/png" }
}
