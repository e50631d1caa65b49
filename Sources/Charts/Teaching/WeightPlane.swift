/// A square plot of the plane of the two weights, to scale: w₁ across, w₂ up, drawn at 2×.
struct WeightPlane {
    /// The plot area; the axes run along its left and bottom edges.
    let plot: Rect
    /// The weights at the plot's edges.
    let w1: ClosedRange<Double>, w2: ClosedRange<Double>
    /// Ticks and maps of both axes.
    let xScale: NiceScale, yScale: NiceScale, xMap: AxisMap, yMap: AxisMap

    /// The largest magnitude a bound may have: the span of a range stays a finite double.
    static let largestBound = 8e307

    /// A plane showing `w1` × `w2` (equally long) inside the plot less its inset, the plot a
    /// square of `side` with its top-left corner at (left, top).
    init(w1 data1: ClosedRange<Double>, w2 data2: ClosedRange<Double>, left: Double, top: Double, side: Double) {
        plot = Rect(minX: left, minY: top, maxX: (left + side).rounded(), maxY: (top + side).rounded())
        let inner = plot.inset(by: ChartTheme.plotInset)
        xScale = NiceScale(lower: data1.lowerBound, upper: data1.upperBound, maximumTicks: 6, loose: false)
        yScale = NiceScale(lower: data2.lowerBound, upper: data2.upperBound, maximumTicks: 6, loose: false)
        xMap = AxisMap(lower: data1.lowerBound, upper: data1.upperBound, start: inner.minX, end: inner.maxX)
        yMap = AxisMap(lower: data2.lowerBound, upper: data2.upperBound, start: inner.maxY, end: inner.minY)
        w1 = xMap.value(at: plot.minX)...xMap.value(at: plot.maxX)
        w2 = yMap.value(at: plot.maxY)...yMap.value(at: plot.minY)
    }

    /// Ranges of (w₁, w₂) around `points` and the origin, equally long, with a margin; points that
    /// are not finite are left out, and no bound goes beyond ±`largestBound`.
    static func ranges(around points: [(Double, Double)]) -> (ClosedRange<Double>, ClosedRange<Double>) {
        var (x0, x1, y0, y1) = (0.0, 0.0, 0.0, 0.0)
        for (a, b) in points where a.isFinite && b.isFinite {
            (x0, x1, y0, y1) = (min(x0, a), max(x1, a), min(y0, b), max(y1, b))
        }
        // Halves keep the arithmetic finite for weights near the largest double.
        var half = max(x1 / 2 - x0 / 2, y1 / 2 - y0 / 2) * 1.12
        if !(half > 0) { half = 1 }
        half = min(half, largestBound)
        func around(_ low: Double, _ high: Double) -> ClosedRange<Double> {
            let middle = low / 2 + high / 2
            let lower = max(middle - half, -largestBound)
            let upper = min(middle + half, largestBound)
            return lower < upper ? lower...upper : (middle - 1)...(middle + 1)
        }
        return (around(x0, x1), around(y0, y1))
    }

    /// The pixel of (w₁, w₂).
    func pixel(_ a: Double, _ b: Double) -> Point {
        Point(xMap.pixel(a), yMap.pixel(b))
    }

    /// The weights at the centre of pixel (x, y).
    func weights(x: Int, y: Int) -> (Double, Double) {
        (xMap.value(at: Double(x)), yMap.value(at: Double(y)))
    }

    /// The pixels of the plot's inside, for filling.
    var columns: Range<Int> { Pixel.index(plot.minX, .up)..<Pixel.index(plot.maxX, .down) + 1 }
    var rows: Range<Int> { Pixel.index(plot.minY, .up)..<Pixel.index(plot.maxY, .down) + 1 }

    /// Axes, tick labels, and w₁ and w₂ as axis titles (`yTitle` false leaves the second out).
    func drawFrame(on image: GDImage, typeface: Typeface, xTitleBaseline: Double, yTitleX: Double)
        throws(ChartError)
    {
        let frame = PlotFrame(
            plot: plot, xScale: xScale, xMap: xMap, yScale: yScale, yMap: yMap, typeface: typeface)
        frame.drawAxes(on: image)
        try frame.drawLabels(on: image)
        try image.drawText(
            "w₁", ChartTheme.axisTitle, typeface, x: plot.center.x, baseline: xTitleBaseline, align: .center)
        try image.drawVerticalText(
            "w₂", ChartTheme.axisTitle, typeface, baselineX: yTitleX, centerY: plot.center.y)
    }

    /// The width the y tick labels take.
    func yLabelWidth(typeface: Typeface) throws(ChartError) -> Double {
        var widest = 0.0
        for tick in yScale.ticks {
            widest = max(widest, try GDImage.textWidth(tick.label, ChartTheme.tickLabel, typeface))
        }
        return widest
    }
}
