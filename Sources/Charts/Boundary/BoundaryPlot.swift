import Foundation
import Training

/// The scatter plot under the decision boundary: the samples of a two-feature dataset in an
/// equal-aspect square plot, with axes titled by the feature names, drawn at `zoom` pixels per
/// CSS pixel.
struct BoundaryPlot {
    /// The run.
    let log: TrainingLog
    /// The font.
    let typeface: Typeface
    /// Drawn pixels per CSS pixel.
    let zoom: Double
    /// The square plot area; the axes run along its left and bottom edges.
    let plot: Rect
    /// The data shown along x1 and x2, to the edges of `plot`.
    let xRange: ClosedRange<Double>, yRange: ClosedRange<Double>
    /// Ticks and maps of both axes.
    let xScale: NiceScale, yScale: NiceScale, xMap: AxisMap, yMap: AxisMap
    /// W·x + b at the threshold.
    let level: Double
    /// The image height the plot needs: the x axis title ends there.
    let height: Int

    /// At most this many samples are drawn (evenly spread over the dataset).
    static let drawnSamples = 2_000

    /// Lays out the largest square plot that fits below `top` in an image `width` pixels wide
    /// and at most `maximumHeight` high, leaving `rightMargin` pixels free on the right.
    init(
        log: TrainingLog, typeface: Typeface, zoom: Double, width: Int, maximumHeight: Int, top: Double,
        rightMargin: Double
    ) throws(ChartError) {
        self.log = log
        self.typeface = typeface
        self.zoom = zoom
        level = BoundaryLine.level(threshold: log.settings.threshold)
        let (xs, ys) = Self.ranges(log.dataset)
        let unit = zoom / 2
        let tick = ChartTheme.tickLabel.scaled(unit)
        let axisTitle = ChartTheme.axisTitle.scaled(unit)
        let padding = ChartTheme.padding * unit
        let below = ChartTheme.tickLength * unit + 6 * zoom + tick.lineHeight + axisTitle.lineHeight + padding
        let yTicks = NiceScale(lower: ys.lowerBound, upper: ys.upperBound, maximumTicks: 6, loose: false)
        var labelWidth = 0.0
        for label in yTicks.ticks.map(\.label) {
            labelWidth = max(labelWidth, try GDImage.textWidth(label, tick, typeface))
        }
        let left = padding + axisTitle.lineHeight + 8 * zoom + labelWidth + 6 * zoom + ChartTheme.tickLength * unit
        let side = max(40, min(Double(width) - rightMargin - left - padding, Double(maximumHeight) - below - top))
        plot = Rect(minX: left, minY: top, maxX: (left + side).rounded(), maxY: (top + side).rounded())
        height = Int((plot.maxY + below).rounded(.up) / 2) * 2 + 2
        // The data fill the plot less an inset, so that no sample sits on an axis.
        let inset = ChartTheme.plotInset * unit
        let inner = plot.inset(by: inset)
        xScale = NiceScale(lower: xs.lowerBound, upper: xs.upperBound, maximumTicks: 6, loose: false)
        yScale = yTicks
        xMap = AxisMap(lower: xs.lowerBound, upper: xs.upperBound, start: inner.minX, end: inner.maxX)
        yMap = AxisMap(lower: ys.lowerBound, upper: ys.upperBound, start: inner.maxY, end: inner.minY)
        xRange = xMap.value(at: plot.minX)...xMap.value(at: plot.maxX)
        yRange = yMap.value(at: plot.maxY)...yMap.value(at: plot.minY)
    }

    /// The data ranges of both features, padded by half their span on each side and made
    /// equally long, so that the plot is to scale and the boundary meets the axes at its true angle.
    static func ranges(_ dataset: Dataset) -> (ClosedRange<Double>, ClosedRange<Double>) {
        func extent(_ values: [Double]) -> (Double, Double) {
            (values.min() ?? 0, values.max() ?? 1)
        }
        let (x0, x1) = extent(dataset.features.first ?? [])
        let (y0, y1) = extent(dataset.features.count > 1 ? dataset.features[1] : [])
        // Halves keep the arithmetic finite for features near the largest double.
        let halfSpan = max(x1 / 2 - x0 / 2, y1 / 2 - y0 / 2)
        let half = halfSpan > 0 ? halfSpan * 2 : 1
        func around(_ low: Double, _ high: Double) -> ClosedRange<Double> {
            let middle = low / 2 + high / 2
            let lower = max(middle - half, -Double.greatestFiniteMagnitude)
            let upper = min(middle + half, Double.greatestFiniteMagnitude)
            return lower < upper ? lower...upper : (middle - 1)...(middle + 1)
        }
        return (around(x0, x1), around(y0, y1))
    }

    /// The pixel position of a point of data space.
    func pixel(_ point: (Double, Double)) -> Point {
        Point(xMap.pixel(point.0), yMap.pixel(point.1))
    }
}
