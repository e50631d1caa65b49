/// The samples of a boundary plot, laid out to be drawn frame after frame: the dots of label 1
/// rasterised once, the squares of label 0 placed once, and the rings of the misclassified ones
/// kept for the last set drawn (consecutive frames often misclassify the same samples).
///
/// Drawing is what `BoundaryPlot.drawSamples` draws: dots, then squares, then rings.
struct SampleMarks {
    /// The drawn samples (`BoundaryPlot.drawnSampleIndices`) and their pixel centres.
    private let samples: [(index: Int, center: Point)]
    /// The dots of the samples labelled 1.
    private let dots: StrokeLayer
    /// The squares of the samples labelled 0 whose centres are in the plot, as corners.
    private let squares: [(x0: Int, y0: Int, x1: Int, y1: Int)]
    private let plot: BoundaryPlot
    /// For each of `samples` whether it was last ringed, and those rings (nil for none).
    private var rings: (ringed: [Bool], layer: StrokeLayer?)?

    /// The marks of `plot`'s samples on images the size of `image`.
    init(plot: BoundaryPlot, image: GDImage) {
        self.plot = plot
        let dataset = plot.log.dataset
        let features = dataset.features
        samples = BoundaryPlot.drawnSampleIndices(of: dataset.sampleCount).map {
            ($0, plot.pixel((features[0][$0], features[1][$0])))
        }
        var dots = StrokeLayer(clip: plot.plot, image: image)
        var squares: [(x0: Int, y0: Int, x1: Int, y1: Int)] = []
        let half = plot.scaled(9)
        for (i, center) in samples {
            if dataset.labels[i] == 1 {
                dots.stroke(center, center, thickness: plot.scaled(25))
            } else if plot.plot.contains(center) {
                squares.append(
                    (
                        Pixel.index(center.x - half), Pixel.index(center.y - half), Pixel.index(center.x + half),
                        Pixel.index(center.y + half)
                    ))
            }
        }
        self.dots = dots
        self.squares = squares
    }

    /// Draws the samples on `image` (the size given at init), ringing those `misclassified`.
    mutating func draw(on image: GDImage, misclassified: (Int) -> Bool) {
        let ringed = samples.map { misclassified($0.index) }
        if rings?.ringed != ringed {
            var layer = ringed.contains(true) ? StrokeLayer(clip: plot.plot, image: image) : nil
            for (sample, ring) in zip(samples, ringed) where ring {
                layer?.polyline(Legend.ring(sample.center, radius: plot.scaled(22)), thickness: plot.scaled(4))
            }
            rings = (ringed, layer)
        }
        dots.composite(onto: image, BoundaryPlot.positiveColour)
        for square in squares {
            image.fillRectangle(x0: square.x0, y0: square.y0, x1: square.x1, y1: square.y1, BoundaryPlot.negativeColour)
        }
        rings?.layer?.composite(onto: image, ChartTheme.ink)
    }
}
