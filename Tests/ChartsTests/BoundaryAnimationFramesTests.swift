import CGD
import Foundation
import Testing
import Training

@testable import Charts

/// boundary.gif's frames, drawn into two reused images from backgrounds and marks prepared once,
/// are the pictures the straightforward drawing gives: a fresh image, the whole plain background
/// copied, the tinted rows copied over it, the boundary, the samples and the text drawn anew.
@Suite("BoundaryAnimationFrames: reused images draw what fresh ones do")
struct BoundaryAnimationFramesTests {
    static func log(_ dataset: Dataset, _ change: (inout TrainingSettings) -> Void) -> TrainingLog {
        var settings = TrainingSettings.defaults(for: dataset)
        change(&settings)
        return Trainer.train(dataset, settings: settings)
    }

    static let runs: [(String, TrainingLog)] = [
        ("the default AND run", Trainer.train(LogicGate.and.dataset, settings: .walkthrough)),
        ("10^5 iterations", log(LogicGate.and.dataset) { $0.iterations = 100_000 }),
        ("XOR without a hidden layer", log(LogicGate.xor.dataset) { _ in }),
        ("W = [1e300, −1e300], diverging", log(LogicGate.and.dataset) { $0.initialWeights = [1e300, -1e300] }),
        (
            "OR, a fast rate from far away",
            log(LogicGate.or.dataset) { ($0.initialWeights, $0.initialBias, $0.learningRate) = ([-3, 5], 0.5, 2) }
        ),
        ("threshold 0.9", log(LogicGate.and.dataset) { ($0.threshold, $0.iterations) = (0.9, 3000) }),
    ]

    /// The first pixel where `a` and `b` differ, nil when none does (both truecolor, one size).
    static func firstDifference(_ a: GDImage, _ b: GDImage) -> (x: Int, y: Int)? {
        guard a.width == b.width, a.height == b.height, let rowsA = a.pointer.pointee.tpixels,
            let rowsB = b.pointer.pointee.tpixels
        else { return (-1, -1) }
        for y in 0..<a.height {
            guard let rowA = rowsA[y], let rowB = rowsB[y] else { return (-1, y) }
            for x in 0..<a.width where rowA[x] != rowB[x] { return (x, y) }
        }
        return nil
    }

    /// The frame of iteration `k` drawn the straightforward way on a fresh image.
    static func reference(_ frames: BoundaryAnimationFrames, _ k: Int) throws -> GDImage {
        let (charts, plot) = (frames.charts, frames.plot)
        let image = try GDImage(width: frames.plain.width, height: frames.plain.height)
        let weights = charts.log.weights(after: k)
        let bias = charts.log.bias(k)
        image.copyPixels(from: frames.plain)
        image.copyPixels(from: frames.tinted, rows: frames.tintedRows) {
            plot.positiveColumns(row: $0, weights: weights, bias: bias)
        }
        let drawn = plot.drawBoundary(
            on: image, weights: weights, bias: bias, colour: RGB(0x000000), thickness: 6, dashed: false)
        let wrong = charts.misclassified(weights: weights, bias: bias)
        plot.drawSamples(on: image) { wrong[$0] }
        try frames.drawText(k, weights: weights, bias: bias, wrong: wrong.count { $0 }, drawn: drawn, on: image)
        return image
    }

    @Test("every frame of runs that move the boundary far and often", arguments: runs.indices)
    func framesMatch(_ run: Int) throws {
        let (name, log) = Self.runs[run]
        let charts = BoundaryCharts(log: log, facts: RunFacts(log), typeface: .standard)
        var frames = try BoundaryAnimationFrames(charts, width: BoundaryCharts.animationWidth)
        let iterations = charts.animationIterations.frames
        #expect(iterations.count > 2, "\(name)")
        for k in iterations {
            let drawn = try frames.next(k)
            let expected = try Self.reference(frames, k)
            let difference = Self.firstDifference(drawn, expected)
            #expect(difference == nil, "\(name), iteration \(k): first differs at \(String(describing: difference))")
            if difference != nil { break }
        }
    }

    @Test("the tinted columns of every row are positiveColumns', for W and b near and far", arguments: runs.indices)
    func tintedColumns(_ run: Int) throws {
        let log = Self.runs[run].1
        let charts = BoundaryCharts(log: log, facts: RunFacts(log), typeface: .standard)
        let frames = try BoundaryAnimationFrames(charts, width: BoundaryCharts.animationWidth)
        let (plot, tint) = (frames.plot, TintedColumns(plot: frames.plot))
        let parameters: [([Double], Double)] =
            charts.animationIterations.frames.map { (log.weights(after: $0), log.bias($0)) } + [
                ([0, 0], 0), ([0, 1], -0.5), ([1, 0], -0.5), ([1e300, -1e300], 1e300), ([.infinity, 1], 0),
                ([1, .nan], 0), ([1, 1], .infinity), ([1e-300, 2e-300], 0), ([-1, -1], 1.2), ([1], 0),
            ]
        var tintedRows = 0
        for (weights, bias) in parameters {
            for y in (frames.tintedRows.lowerBound - 2)..<(frames.tintedRows.upperBound + 2) {
                let expected = plot.positiveColumns(row: y, weights: weights, bias: bias)
                #expect(tint.columns(row: y, weights: weights, bias: bias) == expected, "\(weights) \(bias) row \(y)")
                if !expected.isEmpty { tintedRows += 1 }
            }
        }
        #expect(tintedRows > 0)
    }

    @Test("one pass of plain and overlaid columns writes what the two copies write")
    func overlayingCopy() throws {
        let (width, height) = (37, 23)
        let plain = try GDImage(width: width, height: height)
        let overlay = try GDImage(width: width, height: height)
        for y in 0..<height {
            for x in 0..<width {
                gdImageSetPixel(plain.pointer, Int32(x), Int32(y), Int32(x * 7 + y * 1000))
                gdImageSetPixel(overlay.pointer, Int32(x), Int32(y), Int32(0x10_0000 + x * 3 + y * 500))
            }
        }
        let spans: [Range<Int>] = [0..<0, 0..<37, 5..<9, -3..<4, 30..<50, 36..<37, 0..<1, 12..<12, -10..<(-2), 40..<60]
        func columns(_ y: Int) -> Range<Int> { spans[(y * 7) % spans.count] }
        for rows in [0..<height, 3..<17, -5..<4, 20..<40, 0..<0] {
            let once = try GDImage(width: width, height: height)
            once.fillRectangle(x0: 0, y0: 0, x1: width - 1, y1: height - 1, RGB(0x123456))
            once.copyPixels(from: plain, overlaying: overlay, rows: rows, columns: columns)
            let twice = try GDImage(width: width, height: height)
            twice.copyPixels(from: plain)
            twice.copyPixels(from: overlay, rows: rows, columns: columns)
            #expect(Self.firstDifference(once, twice) == nil, "rows \(rows)")
        }
    }
}
