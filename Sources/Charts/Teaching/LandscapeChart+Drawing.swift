import Formats
import Foundation
import Training

// The drawing of landscape.png: title and legend on top, the two panels side by side with their
// keys below, the fields first, then the axes, the paths and their marks.
extension LandscapeChart {
    /// The picture and its facts.
    struct Drawing {
        let image: GDImage
        let facts: LandscapeFacts
        /// The panels, for finding a W in the picture.
        let lossPlane: WeightPlane, errorPlane: WeightPlane
    }

    /// The path lines: this run's a little wider, both on a white casing so that they show on
    /// every level.
    static let pathThickness = 6.0
    static let casing = 6.0

    /// Lays out and draws the chart; nil when the loss surface cannot be computed.
    func draw() throws(ChartError) -> Drawing? {
        let width = Self.cssWidth * ChartTheme.scale
        let padding = ChartTheme.padding
        let runs = paths
        let (r1, r2) = WeightPlane.ranges(around: runs.flatMap { Self.points($0.path) })

        // Top: title, what the slice is, the legend of the paths, the panel headings.
        let titleBaseline = padding + ChartTheme.title.capHeight
        let subtitleBaseline = titleBaseline + ChartTheme.title.descent + 14 + ChartTheme.note.capHeight
        let legendTop = subtitleBaseline + ChartTheme.note.descent + 16
        let legend = try Legend(
            legendEntries(runs), left: padding, top: legendTop, right: Double(width) - padding, typeface: typeface)
        let headingBaseline = legendTop + legend.height + 26 + ChartTheme.axisTitle.capHeight
        let plotTop = (headingBaseline + ChartTheme.axisTitle.descent + 16).rounded()

        // Two square panels: the loss around every path, the errors around the thresholded one
        // (exact at any scale, so it is enlarged to show where that path stops).
        let onErrors = runs.filter { $0.rule == .thresholded }
        let (e1, e2) =
            onErrors.isEmpty ? (r1, r2) : WeightPlane.ranges(around: onErrors.flatMap { Self.points($0.path) })
        func margin(_ w1: ClosedRange<Double>, _ w2: ClosedRange<Double>) throws(ChartError) -> Double {
            let probe = WeightPlane(w1: w1, w2: w2, left: 0, top: 0, side: 400)
            return ChartTheme.axisTitle.lineHeight + 14 + (try probe.yLabelWidth(typeface: typeface)) + 10
                + ChartTheme.tickLength
        }
        let lossMargin = try margin(r1, r2), errorMargin = try margin(e1, e2)
        let gap = 56.0
        let side = ((Double(width) - 2 * padding - lossMargin - errorMargin - gap) / 2).rounded(.down)
        let lossPlane = WeightPlane(w1: r1, w2: r2, left: padding + lossMargin, top: plotTop, side: side)
        let errorPlane = WeightPlane(
            w1: e1, w2: e2, left: lossPlane.plot.maxX + gap + errorMargin, top: plotTop, side: side)
        let enlarged = errorPlane.w1 != lossPlane.w1 || errorPlane.w2 != lossPlane.w2

        let m = log.dataset.sampleCount
        guard
            let surface = LossSurface(
                dataset: log.dataset, w1: lossPlane.w1, w2: lossPlane.w2, resolution: Self.resolution(samples: m))
        else { return nil }
        let levels = FieldLevels(values: surface.loss)
        let errors = DirectionErrors(dataset: log.dataset)
        let classes = ErrorClasses(counts: errors.distinctCounts)

        // Bottom: ticks, the axis titles, the keys.
        let xTitleBaseline =
            lossPlane.plot.maxY + ChartTheme.tickLength + 6 + ChartTheme.tickLabel.lineHeight + 10
            + ChartTheme.axisTitle.capHeight
        let keyTop = xTitleBaseline + ChartTheme.axisTitle.descent + 20
        let lossKey = try Legend(
            lossKeyEntries(levels, surface), left: lossPlane.plot.minX - lossMargin, top: keyTop,
            right: lossPlane.plot.maxX, typeface: typeface)
        let errorKey = try Legend(
            (0..<classes.classes.count).map {
                .init(swatch: .area(classes.colour(ofClass: $0)), label: classes.label(ofClass: $0))
            },
            left: errorPlane.plot.minX - errorMargin, top: keyTop, right: errorPlane.plot.maxX, typeface: typeface)
        let bottom = keyTop + max(lossKey.height, errorKey.height) + padding
        let height = Int((bottom / 2).rounded(.up)) * 2

        let image = try GDImage(width: width, height: height, background: ChartTheme.background)
        drawLoss(surface, levels, on: image, plane: lossPlane)
        drawErrors(errors, classes, on: image, plane: errorPlane)
        for (plane, margin) in [(lossPlane, lossMargin), (errorPlane, errorMargin)] {
            try plane.drawFrame(
                on: image, typeface: typeface, xTitleBaseline: xTitleBaseline,
                yTitleX: plane.plot.minX - margin + ChartTheme.axisTitle.capHeight)
        }
        drawPaths(runs, on: image, plane: lossPlane)
        drawPaths(runs.filter { $0.rule == .thresholded }, on: image, plane: errorPlane)

        try image.drawText(
            "Loss landscape over (w₁, w₂)", ChartTheme.title, typeface, x: padding, baseline: titleBaseline)
        var subtitle = "b chosen best for each (w₁, w₂)"
        let note = "; the right panel is enlarged around the thresholded rule's path"
        if enlarged, try GDImage.textWidth(subtitle + note, ChartTheme.note, typeface) <= Double(width) - 2 * padding {
            subtitle += note
        }
        try image.drawText(subtitle, ChartTheme.note, typeface, x: padding, baseline: subtitleBaseline)
        try image.drawText(
            "lowest mean cross-entropy over b", ChartTheme.axisTitle, typeface, x: lossPlane.plot.center.x,
            baseline: headingBaseline, align: .center)
        try image.drawText(
            "fewest misclassified over b (of \(Display.count(m)))", ChartTheme.axisTitle, typeface,
            x: errorPlane.plot.center.x, baseline: headingBaseline, align: .center)
        try legend.draw(on: image, typeface: typeface)
        try lossKey.draw(on: image, typeface: typeface)
        try errorKey.draw(on: image, typeface: typeface)
        return Drawing(
            image: image, facts: facts(surface: surface, levels: levels, errors: errors, errorPlane: errorPlane),
            lossPlane: lossPlane, errorPlane: errorPlane)
    }

    /// The filled levels of the loss: each pixel's loss interpolated between the four grid
    /// points around it, coloured by its level.
    func drawLoss(_ surface: LossSurface, _ levels: FieldLevels, on image: GDImage, plane: WeightPlane) {
        let n = surface.resolution
        func grid(_ value: Double, _ range: ClosedRange<Double>) -> (Int, Double) {
            let t = (value - range.lowerBound) / (range.upperBound - range.lowerBound) * Double(n - 1)
            guard t.isFinite else { return (0, 0) }
            let clamped = min(max(t, 0), Double(n - 1))
            let index = min(Int(clamped), n - 2)
            return (index, clamped - Double(index))
        }
        let columns = plane.columns, rows = plane.rows
        let across = columns.map { grid(plane.xMap.value(at: Double($0)), surface.w1) }
        let up = rows.map { grid(plane.yMap.value(at: Double($0)), surface.w2) }
        let loss = surface.loss
        let colours = (0..<levels.bandCount).map { levels.colour(ofBand: $0).truecolor() }
        let nonFinite = FieldLevels.nonFiniteColour.truecolor()
        // The grid rows j and j + 1 interpolated across, once for the ten or so pixel rows
        // between them: the same products and sums, in the same order, as per pixel.
        var (cached, top, bottom) = (
            -1, [Double](repeating: 0, count: across.count), [Double](repeating: 0, count: across.count)
        )
        image.fillField(columns: columns, rows: rows) { y, xs, row in
            let (j, fy) = up[y - rows.lowerBound]
            if j != cached {
                cached = j
                for (column, (i, fx)) in across.enumerated() {
                    top[column] = loss[j * n + i] * (1 - fx) + loss[j * n + i + 1] * fx
                    bottom[column] = loss[(j + 1) * n + i] * (1 - fx) + loss[(j + 1) * n + i + 1] * fx
                }
            }
            // The band of a pixel whose loss is outside the last band's bounds.
            func band(column: Int, _ value: Double) -> (colour: Int32, low: Double, high: Double) {
                var value = value
                if !value.isFinite {
                    // Beside a point that is not finite, the nearest grid point decides.
                    let (i, fx) = across[column]
                    value = loss[(j + (fy < 0.5 ? 0 : 1)) * n + i + (fx < 0.5 ? 0 : 1)]
                }
                guard let k = levels.band(of: value) else { return (nonFinite, 0, -1) }
                let (low, high) = levels.bounds(ofBand: k)
                return (colours[k], low, high)
            }
            top.withUnsafeBufferPointer { top in
                bottom.withUnsafeBufferPointer { bottom in
                    guard let top = top.baseAddress, let bottom = bottom.baseAddress else { return }
                    let offset = xs.lowerBound - columns.lowerBound
                    let (above, below, pixels, gy) = (top + offset, bottom + offset, row + xs.lowerBound, 1 - fy)
                    // Neighbouring pixels are mostly in one band: its bounds are tried before a search.
                    var (colour, low, high) = (nonFinite, 0.0, -1.0)
                    for c in 0..<xs.count {
                        let value = above[c] * gy + below[c] * fy
                        if !(low <= value && value < high) { (colour, low, high) = band(column: c + offset, value) }
                        pixels[c] = colour
                    }
                }
            }
        }
    }

    /// The regions of the fewest errors, a row at a time.
    func drawErrors(_ errors: DirectionErrors, _ classes: ErrorClasses, on image: GDImage, plane: WeightPlane) {
        let columns = plane.columns
        let w1s = columns.map { plane.xMap.value(at: Double($0)) }
        // A count is at most m / 2: a colour per count, looked up by index.
        let largest = max(errors.distinctCounts.last ?? 0, errors.atOrigin)
        let colours = (0...largest).map { classes.colour(ofClass: classes.index(of: $0)).truecolor() }
        image.fillField(columns: columns, rows: plane.rows) { y, xs, row in
            let counts = errors.counts(w2: plane.yMap.value(at: Double(y)), w1s: w1s)
            counts.withUnsafeBufferPointer { counts in
                colours.withUnsafeBufferPointer { colours in
                    let (offset, pixels) = (xs.lowerBound - columns.lowerBound, row + xs.lowerBound)
                    for c in 0..<xs.count { pixels[c] = colours[counts[c + offset]] }
                }
            }
        }
    }

    /// The paths on one white casing (this run's on top), with a ring at the start and a disc at
    /// the last finite point; a mark beyond the view (W near ±1e308) is pinned to its edge.
    func drawPaths(_ runs: [RunPath], on image: GDImage, plane: WeightPlane) {
        let clip = plane.plot.inset(by: 2)
        func pinned(_ p: Point) -> Point {
            Point(min(max(p.x, clip.minX + 12), clip.maxX - 12), min(max(p.y, clip.minY + 12), clip.maxY - 12))
        }
        var casing = StrokeLayer(clip: clip, image: image)
        var lines: [(layer: StrokeLayer, colour: RGB)] = []
        for run in runs.reversed() {
            let style = Self.style(run)
            let thickness = run.isThisRun ? Self.pathThickness : Self.pathThickness - 1
            let points = Self.thinned(
                Self.points(run.path).map { point -> Point? in
                    point.0.isFinite && point.1.isFinite ? plane.pixel(point.0, point.1) : nil
                })
            var line = StrokeLayer(clip: clip, image: image)
            Self.stroke(points, on: &casing, thickness: thickness + 2 * Self.casing, dash: nil)
            Self.stroke(points, on: &line, thickness: thickness, dash: style.dashed ? (18, 12) : nil)
            if let last = points.last(where: { $0 != nil }) ?? nil {
                let end = pinned(last)
                casing.stroke(end, end, thickness: 24)
                line.stroke(end, end, thickness: 16)
            }
            lines.append((line, style.colour))
        }
        var ring = StrokeLayer(clip: clip, image: image)
        if let start = runs.first?.path.weights.first, start.count >= 2, start[0].isFinite, start[1].isFinite {
            let center = pinned(plane.pixel(start[0], start[1]))
            casing.polyline(Legend.ring(center, radius: 11), thickness: 10)
            ring.polyline(Legend.ring(center, radius: 11), thickness: 4)
        }
        casing.composite(onto: image, ChartTheme.background)
        for (line, colour) in lines { line.composite(onto: image, colour) }
        ring.composite(onto: image, ChartTheme.ink)
    }

    /// The points less those within 2 pixels of the last one kept (a converging run creeps by
    /// less than a pixel for hundreds of points); the ends of each unbroken run stay.
    static func thinned(_ points: [Point?]) -> [Point?] {
        var kept: [Point?] = []
        for (index, point) in points.enumerated() {
            guard let point, let previous = kept.last ?? nil else {
                kept.append(point)
                continue
            }
            let isEnd = index + 1 == points.count || points[index + 1] == nil
            let (dx, dy) = (point.x - previous.x, point.y - previous.y)
            if isEnd || !(dx * dx + dy * dy < 4) { kept.append(point) }
        }
        return kept
    }

    /// Strokes the polyline through the points that are not nil (a nil breaks it), solid or
    /// with (dash, gap) lengths carried across the joints.
    static func stroke(_ points: [Point?], on layer: inout StrokeLayer, thickness: Double, dash: (Double, Double)?) {
        var phase = 0.0
        for index in points.indices.dropFirst() {
            guard let from = points[index - 1], let to = points[index] else { continue }
            guard let (on, off) = dash else {
                layer.stroke(from, to, thickness: thickness)
                continue
            }
            // Dashes only inside the layer: a segment to a far point (1e300) would take forever.
            let reach = thickness + on + off
            guard let (a, b) = StrokeLayer.clipped(from, to, to: layer.clip.inset(by: -reach)) else { continue }
            let (dx, dy) = (b.x - a.x, b.y - a.y)
            let length = (dx * dx + dy * dy).squareRoot()
            guard length.isFinite, length > 0 else { continue }
            var position = 0.0
            while position < length {
                let inDash = phase < on
                let step = min(inDash ? on - phase : on + off - phase, length - position)
                if inDash {
                    let (from, to) = (position / length, (position + step) / length)
                    layer.stroke(
                        Point(a.x + dx * from, a.y + dy * from), Point(a.x + dx * to, a.y + dy * to),
                        thickness: thickness)
                }
                position += step
                phase = (phase + step).truncatingRemainder(dividingBy: on + off)
            }
        }
    }

    /// The legend of the paths and marks.
    func legendEntries(_ runs: [RunPath]) -> [Legend.Entry] {
        var entries: [Legend.Entry] = runs.map { run in
            let style = Self.style(run)
            let thickness = Int(run.isThisRun ? Self.pathThickness : Self.pathThickness - 1)
            return .init(
                swatch: style.dashed
                    ? .dashedLine(style.colour, thickness: thickness) : .line(style.colour, thickness: thickness),
                label: Self.name(run))
        }
        let start = log.weights(after: 0)
        entries.append(
            .init(
                swatch: .ring(ChartTheme.ink),
                label: "start, W = [\(start.map { Display.compact($0) }.joined(separator: ", "))]"))
        entries.append(.init(swatch: .circle(ChartTheme.ink), label: "end"))
        if runs.contains(where: { run in Self.points(run.path).contains { !$0.0.isFinite || !$0.1.isFinite } }) {
            entries.append(.init(swatch: .none, label: "(a path that became non-finite ends at its last finite W)"))
        }
        return entries
    }

    /// The key of the loss levels.
    func lossKeyEntries(_ levels: FieldLevels, _ surface: LossSurface) -> [Legend.Entry] {
        var entries: [Legend.Entry] = (0..<levels.bandCount).map {
            .init(swatch: .area(levels.colour(ofBand: $0)), label: levels.label(ofBand: $0))
        }
        if surface.loss.contains(where: { !$0.isFinite }) {
            entries.append(.init(swatch: .area(FieldLevels.nonFiniteColour), label: "not finite"))
        }
        return entries
    }

    /// What the panels show, in numbers.
    func facts(surface: LossSurface, levels: FieldLevels, errors: DirectionErrors, errorPlane: WeightPlane)
        -> LandscapeFacts
    {
        let n = surface.resolution
        var lowest: (value: Double, index: Int)?
        var highest: Double?
        for (index, value) in surface.loss.enumerated() where value.isFinite {
            if lowest == nil || value < lowest?.value ?? value { lowest = (value, index) }
            highest = max(highest ?? value, value)
        }
        func weight(_ range: ClosedRange<Double>, _ k: Int) -> Double {
            range.lowerBound + (range.upperBound - range.lowerBound) * Double(k) / Double(n - 1)
        }
        return LandscapeFacts(
            w1: surface.w1, w2: surface.w2, errorW1: errorPlane.w1, errorW2: errorPlane.w2, resolution: n,
            lowestLoss: lowest?.value,
            lowestLossAt: lowest.map { [weight(surface.w1, $0.index % n), weight(surface.w2, $0.index / n)] },
            highestLoss: highest, levels: levels.boundaries, paths: pathFacts(errors, w1: surface.w1, w2: surface.w2),
            regionCounts: errors.distinctCounts, sampleCount: log.dataset.sampleCount)
    }
}
