import Foundation

/// The pictures of boundary.gif, drawn one after another into two images in turn (each is
/// converted only where it differs from the one before): the background of the iteration, its
/// boundary, the samples and the two lines of text.
///
/// What every frame shares is prepared once: the backgrounds plain and with the whole plot
/// tinted, the tinted columns' data values, the samples' marks.
struct BoundaryAnimationFrames {
    /// The charts the frames are of.
    let charts: BoundaryCharts
    /// The plot under the boundary.
    let plot: BoundaryPlot
    /// The backgrounds: the frame of the plot, the legend and the dashed initial boundary, on
    /// white and with the whole plot tinted.
    let plain: GDImage, tinted: GDImage
    /// The rows the tint of the side predicted 1 can cover.
    let tintedRows: Range<Int>
    /// The two images the frames are drawn into, in turn.
    let images: [GDImage]
    private let tint: TintedColumns
    private var samples: SampleMarks
    private let title: TextStyle, subtitle: TextStyle
    private let padding: Double, titleBaseline: Double, subtitleBaseline: Double
    /// How many frames were drawn.
    private(set) var count = 0

    /// The layout of `charts`' animation `width` pixels wide, and its backgrounds.
    init(_ charts: BoundaryCharts, width: Int) throws(ChartError) {
        self.charts = charts
        let zoom = 1.0
        padding = ChartTheme.padding / 2
        title = ChartTheme.title.scaled(0.5)
        subtitle = ChartTheme.legend.scaled(0.5)
        titleBaseline = padding + title.capHeight
        subtitleBaseline = titleBaseline + subtitle.lineHeight + 4
        let legend = try Legend(
            charts.animationLegend, left: padding, top: subtitleBaseline + 12, right: Double(width) - padding,
            typeface: charts.typeface, zoom: zoom)
        plot = try BoundaryPlot(
            log: charts.log, typeface: charts.typeface, zoom: zoom, width: width, maximumHeight: 2 * width,
            top: subtitleBaseline + 12 + legend.height + 14, rightMargin: 0)
        let size = (width: width, height: plot.height)
        plain = try GDImage(width: size.width, height: size.height, background: ChartTheme.background)
        tinted = try GDImage(width: size.width, height: size.height, background: ChartTheme.background)
        for (image, tint) in [(plain, false), (tinted, true)] {
            if tint {
                image.fillRectangle(
                    x0: Int(plot.plot.minX), y0: Int(plot.plot.minY), x1: Int(plot.plot.maxX), y1: Int(plot.plot.maxY),
                    BoundaryPlot.positiveRegionColour)
            }
            try plot.drawFrame(on: image)
            let initial = charts.lineStyle(0, of: 2)
            plot.drawBoundary(
                on: image, weights: charts.log.weights(after: 0), bias: charts.log.bias(0), colour: initial.colour,
                thickness: initial.thickness, dashed: true)
            try legend.draw(on: image, typeface: charts.typeface)
        }
        images = [
            try GDImage(width: size.width, height: size.height), try GDImage(width: size.width, height: size.height),
        ]
        tintedRows = Int(plot.plot.minY)..<Int(plot.plot.maxY) + 1
        tint = TintedColumns(plot: plot)
        samples = SampleMarks(plot: plot, image: plain)
    }

    /// Draws the frame of iteration `k` into the image after the one drawn last, and returns it.
    mutating func next(_ k: Int) throws(ChartError) -> GDImage {
        let frame = images[count % 2]
        count += 1
        let log = charts.log
        let weights = log.weights(after: k)
        let bias = log.bias(k)
        // Row by row, the tinted pixels on the side predicted 1 and the plain ones either side.
        frame.copyPixels(from: plain, overlaying: tinted, rows: tintedRows) {
            tint.columns(row: $0, weights: weights, bias: bias)
        }
        let drawn = plot.drawBoundary(
            on: frame, weights: weights, bias: bias, colour: RGB(0x000000), thickness: 6, dashed: false)
        let wrong = charts.misclassified(weights: weights, bias: bias)
        samples.draw(on: frame) { wrong[$0] }
        try drawText(k, weights: weights, bias: bias, wrong: wrong.count { $0 }, drawn: drawn, on: frame)
        return frame
    }

    /// The heading and caption of the frame of iteration `k`: how many of the samples W and b
    /// misclassify, and W and b (with a note when the boundary was not `drawn`).
    func drawText(_ k: Int, weights: [Double], bias: Double, wrong: Int, drawn: Bool, on frame: GDImage)
        throws(ChartError)
    {
        let typeface = charts.typeface
        try frame.drawText(charts.frameHeading(k, wrong: wrong), title, typeface, x: padding, baseline: titleBaseline)
        let caption = try charts.frameCaption(
            weights: weights, bias: bias, drawn: drawn, style: subtitle, width: Double(plain.width) - 2 * padding)
        try frame.drawText(caption, subtitle, typeface, x: padding, baseline: subtitleBaseline)
    }
}
