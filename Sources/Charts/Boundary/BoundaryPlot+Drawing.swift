import Foundation

// Drawing the layers of the boundary plot, back to front: region, frame, boundaries, samples.
extension BoundaryPlot {
    /// Colours of the samples by label and of the region predicted 1.
    static let positiveColour = ChartTheme.palette[0]
    static let negativeColour = ChartTheme.palette[1]
    static let positiveRegionColour = RGB(0x0072B2).mixed(with: ChartTheme.background, 0.9)

    /// `value` CSS-pixel-halves in drawn pixels (the sizes of the boundary plot's marks).
    func scaled(_ value: Double) -> Double { value * zoom / 2 }

    /// Tints the part of the plot where W·x + b ≥ level (predicted 1); `translucent` lets the
    /// grid drawn before show through.
    func drawRegion(on image: GDImage, weights: [Double], bias: Double, translucent: Bool = false) {
        let corners = BoundaryLine.positiveRegion(weights: weights, bias: bias, level: level, x: xRange, y: yRange)
        guard corners.count >= 3 else { return }
        if translucent {
            image.fillPolygon(corners.map(pixel), Self.positiveColour, alpha: 114)
        } else {
            image.fillPolygon(corners.map(pixel), Self.positiveRegionColour)
        }
    }

    /// The pixel columns of plot row `y` on the side where W·x + b ≥ level, for copying the
    /// tinted region from a pre-drawn image (every frame of the animation needs it).
    func positiveColumns(row y: Int, weights: [Double], bias: Double) -> Range<Int> {
        let (first, end) = tintedColumnRange
        guard weights.count == 2, weights.allSatisfy(\.isFinite), bias.isFinite,
            Double(y) > plot.minY, Double(y) <= plot.maxY
        else { return first..<first }
        return Self.positiveColumns(
            first: first, end: end, xAtFirst: xMap.value(at: Double(first)), xAtEnd: xMap.value(at: Double(end)),
            x2: yMap.value(at: Double(y)), weights: (weights[0], weights[1]), bias: bias, level: level)
    }

    /// The first and past-the-last pixel column a row of the plot can tint (inside its axes).
    var tintedColumnRange: (first: Int, end: Int) {
        (Pixel.index(plot.minX, .up) + 1, Pixel.index(plot.maxX, .down) + 1)
    }

    /// `positiveColumns(row:weights:bias:)` from the data values at its ends: x1 at columns
    /// `first` and `end`, x2 along the row; W and b finite.
    @inline(__always)
    static func positiveColumns(
        first: Int, end: Int, xAtFirst: Double, xAtEnd: Double, x2: Double, weights: (Double, Double),
        bias: Double, level: Double
    ) -> Range<Int> {
        // Along the row, W·x + b − level is linear in the pixel column: a·column + c.
        let atFirst = weights.0 * xAtFirst + weights.1 * x2 + bias - level
        let atEnd = weights.0 * xAtEnd + weights.1 * x2 + bias - level
        if atFirst >= 0 && atEnd >= 0 { return first..<end }
        if atFirst < 0 && atEnd < 0 { return first..<first }
        let crossing = Double(first) + Double(end - first) * atFirst / (atFirst - atEnd)
        guard crossing.isFinite else { return first..<first }
        let split = min(max(Pixel.index(crossing), first), end)
        return atFirst >= 0 ? first..<split : split..<end
    }

    /// Whether the boundary of W and b crosses the plot.
    func showsBoundary(weights: [Double], bias: Double) -> Bool {
        BoundaryLine.segment(weights: weights, bias: bias, level: level, x: xRange, y: yRange) != nil
    }

    /// Grid, axes, tick labels and the feature names as axis titles.
    func drawFrame(on image: GDImage) throws(ChartError) {
        let frame = PlotFrame(
            plot: plot, xScale: xScale, xMap: xMap, yScale: yScale, yMap: yMap, typeface: typeface, zoom: zoom)
        frame.drawGrid(on: image)
        frame.drawAxes(on: image)
        try frame.drawLabels(on: image)
        let axisTitle = ChartTheme.axisTitle.scaled(zoom / 2)
        let names = log.dataset.featureNames
        try image.drawText(
            names[0], axisTitle, typeface, x: plot.center.x,
            baseline: Double(height) - scaled(ChartTheme.padding) - axisTitle.descent, align: .center)
        try image.drawVerticalText(
            names[1], axisTitle, typeface, baselineX: scaled(ChartTheme.padding) + axisTitle.capHeight,
            centerY: plot.center.y)
    }

    /// The boundary of W and b, clipped to the plot; false when it does not cross the plot.
    @discardableResult
    func drawBoundary(on image: GDImage, weights: [Double], bias: Double, colour: RGB, thickness: Double, dashed: Bool)
        -> Bool
    {
        guard
            let segment = BoundaryLine.segment(weights: weights, bias: bias, level: level, x: xRange, y: yRange)
        else { return false }
        let (a, b) = (pixel(segment.start), pixel(segment.end))
        var layer = StrokeLayer(clip: plot, image: image)
        let width = scaled(thickness)
        if dashed {
            let (dx, dy) = (b.x - a.x, b.y - a.y)
            let length = (dx * dx + dy * dy).squareRoot()
            let (dash, gap) = (scaled(16), scaled(11))
            var start = 0.0
            while start < length {
                let end = min(start + dash, length)
                layer.stroke(
                    Point(a.x + dx * start / length, a.y + dy * start / length),
                    Point(a.x + dx * end / length, a.y + dy * end / length), thickness: width)
                start = end + gap
            }
        } else {
            layer.stroke(a, b, thickness: width)
        }
        layer.composite(onto: image, colour)
        return true
    }

    /// The samples drawn of `m`, evenly spread when there are more than `drawnSamples`.
    static func drawnSampleIndices(of m: Int) -> StrideTo<Int> {
        stride(from: 0, to: m, by: max(1, (m + drawnSamples - 1) / drawnSamples))
    }

    /// The samples: circles for label 1, squares for label 0, ringed when `misclassified`.
    func drawSamples(on image: GDImage, misclassified: (Int) -> Bool) {
        var marks = SampleMarks(plot: self, image: image)
        marks.draw(on: image, misclassified: misclassified)
    }
}

extension BoundaryPlot {
    /// The grid and the axes without their labels: redrawn over a shaded field, beside labels
    /// drawn once.
    func drawGridAndAxes(on image: GDImage) {
        let frame = PlotFrame(
            plot: plot, xScale: xScale, xMap: xMap, yScale: yScale, yMap: yMap, typeface: typeface, zoom: zoom)
        frame.drawGrid(on: image)
        frame.drawAxes(on: image)
    }
}
