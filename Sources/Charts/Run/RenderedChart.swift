/// One chart file of a run with what the page needs to show it accessibly.
public struct RenderedChart: Sendable, Equatable {
    /// The file name, such as "weights.png".
    public let fileName: String
    /// A short title, such as "Weights over the iterations".
    public let title: String
    /// A sentence stating what the chart shows, with the run's numbers.
    public let altText: String
    /// Where the numbers behind the chart are, such as "columns w1, w2 of data/history.csv".
    public let dataNote: String
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

    /// A chart file with its texts (the site's tests build their own).
    public init(
        fileName: String, title: String, altText: String, dataNote: String, cssWidth: Int, cssHeight: Int,
        smallestTextPixels: Double, bytes: [UInt8]
    ) {
        self.smallestTextPixels = smallestTextPixels
        self.fileName = fileName
        self.title = title
        self.altText = altText
        self.dataNote = dataNote
        self.cssWidth = cssWidth
        self.cssHeight = cssHeight
        self.bytes = bytes
    }

    /// The MIME type of `bytes`, from the file name.
    public var mediaType: String { fileName.hasSuffix(".gif") ? "image/gif" : "image/png" }
}
