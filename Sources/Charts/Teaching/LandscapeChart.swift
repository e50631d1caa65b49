import Formats
import Foundation
import Training

/// landscape.png, for datasets of two features and at most `LossSurface.maximumSamples` samples:
/// over the plane of (w₁, w₂), with b chosen best for each point, the lowest mean cross-entropy
/// as filled levels (left) and the fewest misclassified samples as regions (right); the path of
/// the run and of the same data under the other rule drawn on the loss, the thresholded rule's
/// path on the errors, where the perceptron rule stops at the first zero-error region it reaches.
struct LandscapeChart {
    /// The run.
    let log: TrainingLog
    /// The same data under the other rule, when the caller has it.
    let otherRule: TrainingSummary?
    /// The font.
    let typeface: Typeface

    /// The display width.
    static let cssWidth = 800
    /// resolution² × m stays under this: the loss surface costs a few Newton steps per sample and
    /// grid point (measured in release: 2 ms for the AND gate's 64 × 64, 16 ms for 256 samples at
    /// 24 × 24). Between grid points the loss is interpolated, so 64 points a side draw smooth levels.
    static let surfaceBudget = 1 << 17

    /// One path drawn on the plane.
    struct RunPath {
        let rule: UpdateRule
        let isThisRun: Bool
        let path: ParameterPath
        let iterations: Int
        let allRightFrom: Int?
        let divergedAt: Int?
    }

    /// This run's path, then the other rule's.
    var paths: [RunPath] {
        var paths = [
            RunPath(
                rule: log.settings.rule, isThisRun: true, path: log.summary.path, iterations: log.count,
                allRightFrom: log.summary.allRightFrom, divergedAt: log.divergedAt)
        ]
        if let other = otherRule {
            paths.append(
                RunPath(
                    rule: log.settings.rule.other, isThisRun: false, path: other.path, iterations: other.iterationsRun,
                    allRightFrom: other.allRightFrom, divergedAt: other.divergedAt))
        }
        return paths
    }

    /// Grid points per side for `m` samples: fine for small datasets, coarser for large ones.
    static func resolution(samples m: Int) -> Int {
        min(max(Int((Double(surfaceBudget) / Double(max(m, 1))).squareRoot()), 24), 64)
    }

    /// The (w₁, w₂) of each point of a path, in order.
    static func points(_ path: ParameterPath) -> [(Double, Double)] {
        path.weights.map { $0.count >= 2 ? ($0[0], $0[1]) : (.nan, .nan) }
    }

    /// The colour and dash of a path: by rule, dashed for the other rule's run.
    static func style(_ path: RunPath) -> (colour: RGB, dashed: Bool) {
        (path.rule == .thresholded ? RGB(0x000000) : ChartTheme.palette[1], !path.isThisRun)
    }

    /// "thresholded (this run)", "logistic".
    static func name(_ path: RunPath) -> String {
        path.rule.rawValue + (path.isThisRun ? " (this run)" : "")
    }

    /// landscape.png with its facts; nil when the dataset has other than two features or too many samples.
    func rendered() throws(ChartError) -> RenderedChart? {
        guard log.featureCount == 2, log.dataset.sampleCount <= LossSurface.maximumSamples else { return nil }
        guard let drawing = try draw() else { return nil }
        let inks =
            ChartTheme.frameInks + FieldLevels.palette + [FieldLevels.nonFiniteColour, ErrorClasses.zeroColour]
            + ErrorClasses.palette + [RGB(0x000000), ChartTheme.palette[1]]
        return RenderedChart(
            kind: .landscape, title: "Loss landscape over (w₁, w₂)", facts: ChartFacts(landscape: drawing.facts),
            cssWidth: Self.cssWidth, cssHeight: drawing.image.height / ChartTheme.scale,
            smallestTextPixels: drawing.image.smallestTextCSSPixels(cssWidth: Self.cssWidth),
            bytes: try drawing.image.palettePNG(inks: inks, filterUp: false))
    }

    /// The facts of the paths on the plane of `errors`, in the view `w1` × `w2`.
    func pathFacts(_ errors: DirectionErrors, w1: ClosedRange<Double>, w2: ClosedRange<Double>)
        -> [LandscapeFacts.Path]
    {
        paths.map { run in
            let points = Self.points(run.path)
            let lastFinite = points.indices.last { points[$0].0.isFinite && points[$0].1.isFinite }
            let end = lastFinite.map { points[$0] }
            let start = points.first ?? (.nan, .nan)
            let along = points.filter { $0.0.isFinite && $0.1.isFinite }.map { errors.exactCount($0.0, $0.1) }
            return LandscapeFacts.Path(
                rule: run.rule, isThisRun: run.isThisRun, start: run.path.weights.first ?? [],
                end: end.map { [$0.0, $0.1] }, endIteration: lastFinite.map { run.path.iterations[$0] },
                iterations: run.iterations,
                becomesNonFinite: points.contains { !$0.0.isFinite || !$0.1.isFinite },
                endErrors: end.map { errors.exactCount($0.0, $0.1) }, startErrors: errors.exactCount(start.0, start.1),
                mostErrorsAlong: along.max() ?? 0, allRightFrom: run.allRightFrom, divergedAt: run.divergedAt,
                startInView: w1.contains(start.0) && w2.contains(start.1),
                endInView: end.map { w1.contains($0.0) && w2.contains($0.1) } ?? false,
                onErrorPanel: run.rule == .thresholded)
        }
    }
}
