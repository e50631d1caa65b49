import Formats

/// The pictures of region.gif, drawn one after another into two images in turn (each is
/// converted only where it differs from the one before): the shaded field of the iteration over
/// the background, the grid and axes, the contour s = T, the samples and the heading.
///
/// What every frame shares is prepared once: the background (the plot's frame and the legend),
/// the grid of cells, the eleven bands' colours, the samples' marks.
struct RegionAnimationFrames {
    /// The animation the frames are of.
    let animation: RegionAnimation
    /// The plot under the field.
    let plot: BoundaryPlot
    /// The grid the field is sampled on.
    let field: RegionField
    /// The background: the plot's frame and labels and the legend on white.
    let plain: GDImage
    /// The two images the frames are drawn into, in turn.
    let images: [GDImage]
    /// The truecolor value of each band of 0.1 of s, from 0 to 1.
    let bands: [Int32]
    private var samples: SampleMarks
    private let title: TextStyle, padding: Double, titleBaseline: Double
    /// How many frames were drawn.
    private(set) var count = 0

    /// The layout of `animation`'s frames, `frameCount` of them sharing its evaluation budget.
    init(_ animation: RegionAnimation, frameCount: Int) throws(ChartError) {
        self.animation = animation
        let log = animation.log, typeface = animation.typeface
        let width = BoundaryCharts.animationWidth
        padding = ChartTheme.padding / 2
        title = ChartTheme.title.scaled(0.5)
        titleBaseline = padding + title.capHeight
        let threshold = Display.short(log.settings.threshold)
        let entries: [Legend.Entry] = [
            .init(swatch: .circle(BoundaryPlot.positiveColour), label: "label 1"),
            .init(swatch: .square(BoundaryPlot.negativeColour), label: "label 0"),
            .init(swatch: .ring(ChartTheme.ink), label: "misclassified"),
            .init(swatch: .line(RGB(0x000000), thickness: 6), label: "s = \(threshold)"),
            .init(swatch: .area(RegionChart.colour(1)), label: "s near 1"),
        ]
        let legend = try Legend(
            entries, left: padding, top: titleBaseline + 12, right: Double(width) - padding, typeface: typeface,
            zoom: 1)
        plot = try BoundaryPlot(
            log: log, typeface: typeface, zoom: 1, width: width, maximumHeight: 2 * width,
            top: titleBaseline + 12 + legend.height + 14, rightMargin: 0)
        plain = try GDImage(width: width, height: plot.height, background: ChartTheme.background)
        try plot.drawFrame(on: plain)
        try legend.draw(on: plain, typeface: typeface)
        field = RegionField(
            plot: plot, parameters: RegionField.parameterCount(NetworkSnapshot(log, after: 0)),
            budget: RegionAnimation.evaluationBudget / Double(frameCount), smallest: 3)
        images = [try GDImage(width: width, height: plot.height), try GDImage(width: width, height: plot.height)]
        bands = (0...10).map { RegionChart.colour(Double($0) / 10).truecolor() }
        samples = SampleMarks(plot: plot, image: plain)
    }

    /// Draws the frame of iteration `k` into the image after the one drawn last, and returns it.
    mutating func next(_ k: Int) throws(ChartError) -> GDImage {
        let frame = images[count % 2]
        count += 1
        let snapshot = NetworkSnapshot(animation.log, after: k)
        // The field covers the plot's inner pixels: the background is copied around them only.
        frame.copyPixels(from: plain, around: field.x0..<(field.x1 + 1), rows: field.y0..<(field.y1 + 1))
        let values = field.values(snapshot, plot: plot)
        field.shade(truecolors: values.map { Self.bandColour($0, bands) }, on: frame)
        try drawMarks(k, snapshot, values: values, on: frame)
        return frame
    }

    /// What is drawn over the shaded field of iteration `k`: the grid and axes, the contour
    /// s = T of `values`, the samples (those misclassified ringed) and the heading.
    mutating func drawMarks(_ k: Int, _ snapshot: NetworkSnapshot, values: [Double], on frame: GDImage)
        throws(ChartError)
    {
        plot.drawGridAndAxes(on: frame)
        var contour = StrokeLayer(clip: plot.plot, image: frame)
        field.contour(values, level: animation.log.settings.threshold, thickness: 3, on: &contour)
        contour.composite(onto: frame, RGB(0x000000))
        let wrong = animation.misclassified(after: k, snapshot)
        samples.draw(on: frame) { wrong[$0] }
        try frame.drawText(
            animation.heading(k, wrong: animation.wrongCount(after: k, wrong)), title, animation.typeface,
            x: padding, baseline: titleBaseline)
    }

    /// The colour of s in bands of 0.1 (a GIF of smooth shading per frame would be several times
    /// larger): the band of the nearest tenth, halves away from zero as `rounded()` takes them,
    /// among `bands` (eleven colours, for 0 to 1).
    static func bandColour(_ s: Double, _ bands: [Int32]) -> Int32 {
        let tenths = s * 10
        // Within 0…10 the nearest tenth is the whole part, one more from a half up: exact
        // (the fraction of a double is exact), and no call of the C library's round per corner.
        if tenths >= 0 && tenths <= 10 {
            let whole = Int(tenths)
            return bands[tenths - Double(whole) >= 0.5 ? whole + 1 : whole]
        }
        let band = tenths.rounded()
        return band >= 0 && band <= 10 ? bands[Int(band)] : RegionChart.colour(band / 10).truecolor()
    }
}
