import Formats
import Training

/// region.gif: the output s of a network with hidden layers over the input plane, one frame per
/// chosen iteration (0, then the iterations whose update changed the output layer's W or b,
/// evenly thinned to `maximumFrames`), each shaded like region.png with its contour s = T and
/// the samples misclassified at that point ringed. Two features only; drawn at 1× like
/// boundary.gif.
struct RegionAnimation {
    let log: TrainingLog
    let facts: RunFacts
    let typeface: Typeface

    /// The most frames: a network is evaluated over the whole plane for each.
    static let maximumFrames = 24
    /// The multiplications all frames together may cost (region.png allows 2·10⁷ per contour):
    /// a 4 × 64 network gets coarse cells rather than a slow report.
    static let evaluationBudget = 60_000_000.0

    /// 0, then the iterations whose update changed the output layer's W or b (for a network with
    /// hidden layers, every update whose error was not 0 everywhere), evenly spread to at most
    /// `maximumFrames`, the first and last change always kept. Iterations whose parameters are not
    /// finite are left out. Also returns how many updates changed the output layer.
    var iterations: (frames: [Int], changes: Int) {
        let changes = facts.parameterChangeCount
        let slots = Self.maximumFrames - 1
        let frames: [Int]
        if changes <= slots {
            frames = [0] + facts.leadingParameterChanges.prefix(changes)
        } else {
            // Ranks of the changes to keep, ascending and distinct since changes − 1 ≥ slots − 1.
            let ranks = (0..<slots).map { $0 * (changes - 1) / (slots - 1) }
            var chosen = [0]
            var rank = 0
            RunFacts.forEachParameterChange(in: log) { k in
                if chosen.count - 1 < ranks.count && ranks[chosen.count - 1] == rank { chosen.append(k) }
                rank += 1
            }
            frames = chosen
        }
        return (frames.filter { NetworkSnapshot(log, after: $0).isFinite }, changes)
    }

    /// The animation; nil without two features or hidden layers.
    func rendered() throws(ChartError) -> RenderedChart? {
        guard log.featureCount == 2, log.hasHiddenLayers else { return nil }
        let (frames, changes) = iterations
        guard !frames.isEmpty else { return nil }
        var drawing = try RegionAnimationFrames(self, frameCount: frames.count)
        let inks = [
            RGB(0x000000), ChartTheme.ink, ChartTheme.mutedInk, ChartTheme.grid, ChartTheme.axis,
            BoundaryPlot.positiveColour, BoundaryPlot.negativeColour, RegionChart.colour(1),
        ]
        var quantizer = PaletteQuantizer(background: ChartTheme.background, inks: inks, levels: 24)
        var gif: GIFAnimation?
        var before: (image: GDImage, indices: IndexedImage)?
        let delay = min(max(600 / frames.count, 8), 50)
        for (index, k) in frames.enumerated() {
            let frame = try drawing.next(k)
            let indices = quantizer.convert(frame, since: before)
            before = (frame, indices)
            if gif == nil { gif = try GIFAnimation(palette: indices) }
            let last = index == frames.count - 1
            try gif?.add(indices, delay: index == 0 ? 120 : (last ? 300 : delay))
        }
        guard var gif else { return nil }
        let size = (width: drawing.plain.width, height: drawing.plain.height)
        return RenderedChart(
            kind: .regionAnimation, title: "The decision region changing during training",
            facts: ChartFacts(iterations: frames, parameterChanges: changes), cssWidth: size.width,
            cssHeight: size.height,
            smallestTextPixels: drawing.images.reduce(drawing.plain.smallestTextCSSPixels(cssWidth: size.width)) {
                min($0, $1.smallestTextCSSPixels(cssWidth: size.width))
            },
            bytes: try gif.finish())
    }

    /// Whether each sample is misclassified with the parameters after iteration `k`: the log's
    /// prediction where it has one (the next iteration's forward pass, or the final pass), the
    /// snapshot's s ≥ T for samples beyond the logged ones.
    func misclassified(after k: Int, _ snapshot: NetworkSnapshot) -> [Bool] {
        let features = log.dataset.features, labels = log.dataset.labels
        let final = log.finalPass.predictions
        return labels.indices.map { i in
            let predicted: Double
            if k == log.count, i < final.count {
                predicted = Double(final[i])
            } else if k < log.count, i < log.loggedSampleCount {
                predicted = Double(log.prediction(k + 1, i))
            } else {
                predicted = snapshot.output(at: [features[0][i], features[1][i]]) >= log.settings.threshold ? 1 : 0
            }
            return predicted != labels[i]
        }
    }

    /// How many samples the parameters after `k` misclassify: the log's count (every sample),
    /// or the rings' when the log has none for `k`.
    func wrongCount(after k: Int, _ wrong: [Bool]) -> Int {
        if k < log.count { return log.errors(k + 1) }
        let final = log.finalPass.predictions
        guard final.count == log.dataset.sampleCount else { return wrong.count { $0 } }
        return log.dataset.sampleCount - log.finalPass.correctCount(log.dataset.labels)
    }

    /// "After iteration 12: 3 of 4 misclassified".
    func heading(_ k: Int, wrong: Int) -> String {
        let when = k == 0 ? "Iteration 0 (initial)" : "After iteration \(Display.count(k))"
        return "\(when): \(Display.count(wrong)) of \(Display.count(log.dataset.sampleCount)) misclassified"
    }
}
