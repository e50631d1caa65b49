import Formats
import Training

/// boundary.png (the samples and the boundary at a few iterations) and boundary.gif (the
/// boundary moving through the iterations where it changed), for datasets of two features.
struct BoundaryCharts {
    /// The run.
    let log: TrainingLog
    /// What the charts need from a pass over the run.
    let facts: RunFacts
    /// The font.
    let typeface: Typeface

    /// The display width of boundary.png.
    static let stillWidth = 800
    /// The most display height of boundary.png; its height follows the square plot.
    static let stillMaximumHeight = 600

    /// The iterations whose boundary boundary.png draws: 0, up to three where the predictions
    /// had just changed (preferring boundaries inside `plot`, never one equal to the last), and the last.
    func stillIterations(in plot: BoundaryPlot) -> [Int] {
        let last = log.count
        let final = (log.weights(after: last), log.bias(last))
        // A long run can change its predictions millions of times; a few hundred, evenly
        // spread, are plenty to choose three from.
        let changes = log.predictionChanges
        let step = max(1, changes.count / 300)
        let informative = stride(from: 0, to: changes.count, by: step).map { changes[$0] - 1 }.filter { k in
            k > 0 && k < last && (log.weights(after: k) != final.0 || log.bias(k) != final.1)
        }
        let visible = informative.filter { plot.showsBoundary(weights: log.weights(after: $0), bias: log.bias($0)) }
        let candidates = visible.isEmpty ? informative : visible
        var chosen = [0]
        if candidates.count <= 3 {
            chosen += candidates
        } else {
            chosen += (0..<3).map { candidates[($0 * (candidates.count - 1) + 1) / 2] }
        }
        chosen.append(last)
        var unique: [Int] = []
        // A diverged run's last parameters draw no line: leave them out rather than name them.
        for k in chosen where unique.last != k && log.bias(k).isFinite && log.weights(after: k).allSatisfy(\.isFinite) {
            unique.append(k)
        }
        return unique
    }

    /// The title, naming the threshold's level when it is not 0.
    var equation: String {
        let level = BoundaryLine.level(threshold: log.settings.threshold)
        return level == 0 ? "Wᵀ·x + b = 0" : "Wᵀ·x + b = ln(T/(1−T)) = \(Display.compact(level))"
    }

    /// boundary.png; nil for other than two features, where the boundary is not a line in a plane.
    func still() throws(ChartError) -> RenderedChart? {
        guard log.featureCount == 2 else { return nil }
        let (image, plot, iterations) = try drawStill()
        let inks =
            ChartTheme.frameInks + [
                BoundaryPlot.positiveColour, BoundaryPlot.negativeColour, BoundaryPlot.positiveRegionColour,
            ]
            + iterations.indices.map { lineStyle($0, of: iterations.count).colour }
        return RenderedChart(
            kind: .boundary, title: "Decision boundary",
            facts: ChartFacts(iterations: iterations, parameterChanges: facts.parameterChangeCount),
            cssWidth: Self.stillWidth, cssHeight: plot.height / ChartTheme.scale,
            smallestTextPixels: image.smallestTextCSSPixels(cssWidth: Self.stillWidth),
            // Unfiltered: its shaded region and slanted lines repeat along the row more than down
            // the column (Up: XOR 26.6 KB instead of 24.3 KB, OR 22.0 instead of 21.6, AND 28.0 instead of 28.2).
            bytes: try image.palettePNG(inks: inks, filterUp: false))
    }

    /// The image of boundary.png, its plot geometry and the iterations whose boundaries it shows.
    ///
    /// - Precondition: the dataset has two features.
    func drawStill() throws(ChartError) -> (GDImage, BoundaryPlot, [Int]) {
        let width = Self.stillWidth * ChartTheme.scale
        let maximumHeight = Self.stillMaximumHeight * ChartTheme.scale
        let padding = ChartTheme.padding
        let titleBaseline = padding + ChartTheme.title.capHeight
        let top = titleBaseline + 56
        // Lay out once with a guess to choose the iterations and the legend, then size the plot to it.
        let guess = try BoundaryPlot(
            log: log, typeface: typeface, zoom: 2, width: width, maximumHeight: maximumHeight, top: top,
            rightMargin: 600)
        let iterations = stillIterations(in: guess)
        var entries = sampleEntries()
        var styles: [(colour: RGB, thickness: Double)] = []
        for (index, k) in iterations.enumerated() {
            let style = lineStyle(index, of: iterations.count)
            styles.append(style)
            let shown = guess.showsBoundary(weights: log.weights(after: k), bias: log.bias(k))
            let swatch: Legend.Entry.Swatch =
                k == 0
                ? .dashedLine(style.colour, thickness: Int(style.thickness))
                : .line(style.colour, thickness: Int(style.thickness))
            entries.append(Legend.Entry(swatch: swatch, label: lineLabel(k, drawn: shown)))
        }
        let legendWidth = try Legend.width(of: entries, typeface: typeface)
        let plot = try BoundaryPlot(
            log: log, typeface: typeface, zoom: 2, width: width, maximumHeight: maximumHeight, top: top,
            rightMargin: legendWidth + 56 + padding)
        let image = try GDImage(width: width, height: plot.height, background: ChartTheme.background)
        try image.drawText(
            "Decision boundary \(equation)", ChartTheme.title, typeface, x: padding, baseline: titleBaseline)
        let last = log.count
        plot.drawRegion(on: image, weights: log.weights(after: last), bias: log.bias(last))
        try plot.drawFrame(on: image)
        for (k, style) in zip(iterations, styles) {
            plot.drawBoundary(
                on: image, weights: log.weights(after: k), bias: log.bias(k), colour: style.colour,
                thickness: style.thickness, dashed: k == 0)
        }
        let predictions = log.finalPass.predictions
        plot.drawSamples(on: image) { Double(predictions[$0]) != log.dataset.labels[$0] }
        let legend = try Legend(
            entries, left: plot.plot.maxX + 56, top: plot.plot.minY, right: Double(image.width) - padding,
            typeface: typeface, onePerRow: true)
        try legend.draw(on: image, typeface: typeface)
        return (image, plot, iterations)
    }

    /// The colour and width of boundary line `index` of `count`: lighter greys for earlier
    /// iterations, the last one black and wider.
    func lineStyle(_ index: Int, of count: Int) -> (colour: RGB, thickness: Double) {
        if index == count - 1 { return (RGB(0x000000), 6) }
        let lightness = 0.7 - 0.4 * Double(index) / Double(max(count - 2, 1))
        return (RGB(0x000000).mixed(with: ChartTheme.background, lightness), 4)
    }

    /// The legend label of the boundary after iteration k.
    func lineLabel(_ k: Int, drawn: Bool) -> String {
        var label = "iteration \(Display.count(k))"
        if k == 0 { label += " (initial)" }
        if k == log.count && k > 0 {
            let settled = facts.lastParameterChange
            label += settled < k ? " (final, same since \(Display.count(settled)))" : " (final)"
        }
        guard !drawn else { return label }
        let weights = log.weights(after: k)
        if !weights.allSatisfy(\.isFinite) || !log.bias(k).isFinite { return label + ": not finite" }
        return label + (weights.allSatisfy { $0 == 0 } ? ": W = 0, no boundary" : ": outside the view")
    }

    /// Legend entries for the samples.
    func sampleEntries() -> [Legend.Entry] {
        var entries: [Legend.Entry] = [
            .init(swatch: .circle(BoundaryPlot.positiveColour), label: "label 1"),
            .init(swatch: .square(BoundaryPlot.negativeColour), label: "label 0"),
        ]
        if log.finalPass.correctCount(log.dataset.labels) < log.dataset.sampleCount {
            entries.append(.init(swatch: .ring(ChartTheme.ink), label: "misclassified at the end"))
        }
        entries.append(.init(swatch: .area(BoundaryPlot.positiveRegionColour), label: "predicted 1 at the end"))
        let m = log.dataset.sampleCount
        if m > BoundaryPlot.drawnSamples {
            let shown = Array(BoundaryPlot.drawnSampleIndices(of: m)).count
            entries.append(
                .init(swatch: .none, label: "\(Display.count(shown)) of \(Display.count(m)) samples shown"))
        }
        return entries
    }
}
