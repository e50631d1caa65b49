import Foundation

// Drawing the layers of the boundary plot, back to front: region, frame, boundaries, samples.
extension BoundaryPlot {
    /// Colours of the samples by label and of the region predicted 1.
    static let positiveColour = ChartTheme.palette[0]
    static let negativeColour = ChartTheme.palette[1]
    static let positiveRegionColour = RGB(0x0072B2).mixed(with: ChartTheme.background, 0.9)

    private func scaled(_ value: Double) -> Double { value * zoom / 2 }

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
        let first = Pixel.index(plot.minX, .up) + 1
        let end = Pixel.index(plot.maxX, .down) + 1
        guard weights.count == 2, weights.allSatisfy(\.isFinite), bias.isFinite,
            Double(y) > plot.minY, Double(y) <= plot.maxY
        else { return first..<first }
        // Along the row, W·x + b − level is linear in the pixel column: a·column + c.
        let x2 = yMap.value(at: Double(y))
        let atFirst = weights[0] * xMap.value(at: Double(first)) + weights[1] * x2 + bias - level
        let atEnd = weights[0] * xMap.value(at: Double(end)) + weights[1] * x2 + bias - level
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
        let features = log.dataset.features
        var positives = StrokeLayer(clip: plot, image: image)
        var rings = StrokeLayer(clip: plot, image: image)
        var squares: [Point] = []
        for i in Self.drawnSampleIndices(of: log.dataset.sampleCount) {
            let center = pixel((features[0][i], features[1][i]))
            if log.dataset.labels[i] == 1 {
                positives.stroke(center, center, thickness: scaled(25))
            } else {
                squares.append(center)
            }
            if misclassified(i) {
                rings.polyline(Legend.ring(center, radius: scaled(22)), thickness: scaled(4))
            }
        }
        positives.composite(onto: image, Self.positiveColour)
        let half = scaled(9)
        for center in squares where plot.contains(center) {
            image.fillRectangle(
                x0: Pixel.index(center.x - half), y0: Pixel.index(center.y - half),
                x1: Pixel.index(center.x + half), y1: Pixel.index(center.y + half), Self.negativeColour)
        }
        rings.composite(onto: image, ChartTheme.ink)
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
