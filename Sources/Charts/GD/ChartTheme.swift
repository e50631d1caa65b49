/// Colours, text styles and sizes shared by every chart, in pixels of the drawn (2×) image.
enum ChartTheme {
    /// Drawn pixels per CSS pixel: charts are drawn at twice their displayed size.
    static let scale = 2

    /// The page-white background.
    static let background = RGB(0xFFFFFF)
    /// Titles and legend text.
    static let ink = RGB(0x222222)
    /// Tick labels and notes (7:1 contrast on white).
    static let mutedInk = RGB(0x555555)
    /// Axis lines and tick marks.
    static let axis = RGB(0x444444)
    /// Grid lines.
    static let grid = RGB(0xE4E4E4)
    /// Vertical markers (convergence, divergence) and non-finite marks.
    static let annotation = RGB(0x333333)

    /// The colours of every chart's frame and text, for the palette of its PNG.
    static let frameInks = [ink, mutedInk, axis, grid, annotation]

    /// The Okabe–Ito palette without yellow (too light on white), in an order where
    /// neighbours differ in lightness as well as hue: safe for the common colour-vision deficiencies.
    static let palette: [RGB] = [
        RGB(0x0072B2),  // blue
        RGB(0xD55E00),  // vermillion
        RGB(0x009E73),  // bluish green
        RGB(0xCC79A7),  // reddish purple
        RGB(0xE69F00),  // orange
        RGB(0x56B4E9),  // sky blue
        RGB(0x000000),  // black
    ]

    /// The colour of series `index`, cycling through the palette.
    static func seriesColour(_ index: Int) -> RGB { palette[index % palette.count] }

    /// The chart title: 17 CSS px, bold.
    static let title = TextStyle(size: 34, bold: true, colour: ink)
    /// Axis titles: 14 CSS px.
    static let axisTitle = TextStyle(size: 28, colour: ink)
    /// Tick labels: 12.5 CSS px.
    static let tickLabel = TextStyle(size: 25, colour: mutedInk)
    /// Legend entries: 13 CSS px.
    static let legend = TextStyle(size: 26, colour: ink)
    /// Marker labels and notes: 12.5 CSS px.
    static let note = TextStyle(size: 25, colour: annotation)

    /// Data lines: 2.5 CSS px.
    static let lineThickness = 5
    /// Data lines when there are too many series to tell apart: 1 CSS px.
    static let thinLineThickness = 2
    /// Axis lines: 1 CSS px.
    static let axisThickness = 2
    /// Tick marks, outwards from the axis.
    static let tickLength = 10.0
    /// The margin around the whole chart.
    static let padding = 28.0
    /// The gap between the axes and the first and last data point, so no line hides behind an axis.
    static let plotInset = 16.0
}
