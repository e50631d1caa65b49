/// The band of all runs at each stretch of iterations: the lowest and highest finite value any
/// run had there, and the median of the runs' values.
///
/// Stretches are the traces' buckets (with a bucket of 1, single iterations); a run counts in a
/// stretch while it has a finite value there, so a run that diverged leaves the band.
struct TraceBand {
    /// One stretch: its first iteration, the extremes and the median.
    struct Stretch: Equatable {
        let iteration: Int
        let lowest: Double
        let highest: Double
        let median: Double
    }

    /// The stretches, in order of iteration.
    let stretches: [Stretch]

    /// The band of `series` (one per run) in buckets of `bucket` iterations.
    ///
    /// - Complexity: O(total points × log runs).
    init(_ series: [TracedSeries], bucket: Int) {
        let width = max(bucket, 1)
        // Per bucket: every run's extremes there, and its last value for the median.
        var extremes: [Int: (low: Double, high: Double, lasts: [Double])] = [:]
        for line in series {
            var lastOfBucket: [Int: Double] = [:]
            for (iteration, value) in zip(line.iterations, line.values) where value.isFinite {
                let x = Int(iteration)
                let key = x >= 0 ? x / width : -1
                var entry = extremes[key] ?? (value, value, [])
                entry.low = min(entry.low, value)
                entry.high = max(entry.high, value)
                extremes[key] = entry
                lastOfBucket[key] = value
            }
            for (key, value) in lastOfBucket { extremes[key]?.lasts.append(value) }
        }
        stretches = extremes.keys.sorted().compactMap { key in
            guard let entry = extremes[key] else { return nil }
            let sorted = entry.lasts.sorted()
            let middle = sorted.count / 2
            let median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
            return Stretch(iteration: max(key, 0) * width, lowest: entry.low, highest: entry.high, median: median)
        }
    }

    /// The median as a series, for drawing.
    var medianSeries: TracedSeries {
        TracedSeries(points: stretches.map { (Int32(clamping: $0.iteration), $0.median) })
    }

    /// Fills the band on `painter`'s image, in `colour`.
    func fill(with painter: TracePainter, colour: RGB) {
        guard !stretches.isEmpty else { return }
        let upper = stretches.map { painter.point(Int32(clamping: $0.iteration), $0.highest) }
        let lower = stretches.reversed().map { painter.point(Int32(clamping: $0.iteration), $0.lowest) }
        let clipped = (upper + lower).map {
            Point(
                min(max($0.x, painter.clip.minX), painter.clip.maxX),
                min(max($0.y, painter.clip.minY), painter.clip.maxY))
        }
        if stretches.count == 1 {
            // One stretch is a vertical span: give it a pixel of width to be seen.
            let (top, bottom) = (clipped[0], clipped[1])
            painter.image.fillRectangle(
                x0: Pixel.index(top.x) - 2, y0: Pixel.index(top.y), x1: Pixel.index(top.x) + 2,
                y1: Pixel.index(bottom.y), colour)
            return
        }
        painter.image.fillPolygon(clipped, colour)
    }
}
