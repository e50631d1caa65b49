import CGD
import Foundation
import Testing
import Training

@testable import Charts

/// region.gif's frames, drawn into two reused images around a field shaded once per pixel, are
/// the pictures the straightforward drawing gives: a fresh image, the whole background copied,
/// the field of s computed point by point with `NetworkSnapshot.output(at:)` and shaded over it,
/// then the grid, the contour, the samples and the heading drawn anew.
@Suite("RegionAnimationFrames: reused images draw what fresh ones do", .serialized)
struct RegionAnimationFramesTests {
    static let runs: [(String, TrainingLog)] = [
        ("XOR 2-2-1", HiddenRun.drawn(LogicGate.xor.dataset, hidden: [2])),
        (
            "XOR 2-8-1, thresholded",
            HiddenRun.drawn(LogicGate.xor.dataset, hidden: [8], iterations: 2000, rule: .thresholded)
        ),
        ("AND 2-4-3-1", HiddenRun.drawn(LogicGate.and.dataset, hidden: [4, 3])),
        (
            "XOR at learning rate 1e308",
            HiddenRun.drawn(LogicGate.xor.dataset, hidden: [2], iterations: 50, learningRate: 1e308)
        ),
        ("inputs near 1e300, diverged", HiddenRun.diverged),
        ("fixed gates", HiddenRun.gates),
    ]

    static func animation(_ log: TrainingLog) -> RegionAnimation {
        RegionAnimation(log: log, facts: RunFacts(log), typeface: .standard)
    }

    /// s at every grid corner, point by point through the snapshot: what `values` must give.
    static func pointwise(_ field: RegionField, _ snapshot: NetworkSnapshot, _ plot: BoundaryPlot) -> [Double] {
        (0...field.rows).flatMap { r in
            (0...field.columns).map { c in
                snapshot.output(at: [
                    plot.xMap.value(at: Double(field.x0 + c * field.cell)),
                    plot.yMap.value(at: Double(field.y0 + r * field.cell)),
                ])
            }
        }
    }

    /// The frame of iteration `k` drawn the straightforward way on a fresh image.
    static func reference(_ frames: RegionAnimationFrames, _ k: Int) throws -> GDImage {
        let (animation, plot, field) = (frames.animation, frames.plot, frames.field)
        let image = try GDImage(width: frames.plain.width, height: frames.plain.height)
        image.copyPixels(from: frames.plain)
        let snapshot = NetworkSnapshot(animation.log, after: k)
        let values = pointwise(field, snapshot, plot)
        let bands = (0...10).map { RegionChart.colour(Double($0) / 10) }
        // Pixel by pixel, each the colour of its cell's corner in bands of 0.1.
        for y in field.y0...field.y1 {
            for x in field.x0...field.x1 {
                let s = values[
                    min(field.rows, (y - field.y0) / field.cell) * (field.columns + 1)
                        + min(field.columns, (x - field.x0) / field.cell)]
                let band = (s * 10).rounded()
                let colour = band >= 0 && band <= 10 ? bands[Int(band)] : RegionChart.colour(band / 10)
                gdImageSetPixel(image.pointer, Int32(x), Int32(y), colour.truecolor())
            }
        }
        plot.drawGridAndAxes(on: image)
        var contour = StrokeLayer(clip: plot.plot, image: image)
        field.contour(values, level: animation.log.settings.threshold, thickness: 3, on: &contour)
        contour.composite(onto: image, RGB(0x000000))
        let wrong = animation.misclassified(after: k, snapshot)
        plot.drawSamples(on: image) { wrong[$0] }
        let title = ChartTheme.title.scaled(0.5)
        let padding = ChartTheme.padding / 2
        try image.drawText(
            animation.heading(k, wrong: animation.wrongCount(after: k, wrong)), title, .standard, x: padding,
            baseline: padding + title.capHeight)
        return image
    }

    @Test("every frame of hidden runs that converge, diverge or stand still", arguments: runs.indices)
    func framesMatch(_ run: Int) throws {
        let (name, log) = Self.runs[run]
        let animation = Self.animation(log)
        let iterations = animation.iterations.frames
        #expect(!iterations.isEmpty, "\(name)")
        var frames = try RegionAnimationFrames(animation, frameCount: iterations.count)
        for k in iterations {
            let drawn = try frames.next(k)
            let expected = try Self.reference(frames, k)
            let difference = BoundaryAnimationFramesTests.firstDifference(drawn, expected)
            #expect(difference == nil, "\(name), iteration \(k): first differs at \(String(describing: difference))")
            if difference != nil { break }
        }
    }

    @Test(
        "the field's values are each point's forward pass, bit for bit, on both charts' grids", arguments: runs.indices)
    func valuesMatch(_ run: Int) throws {
        let (name, log) = Self.runs[run]
        let animation = Self.animation(log)
        let frames = try RegionAnimationFrames(animation, frameCount: max(animation.iterations.frames.count, 1))
        let coarse = RegionField(
            plot: frames.plot, parameters: 1_000_000, budget: RegionAnimation.evaluationBudget, smallest: 3)
        for field in [frames.field, coarse] {
            for k in Set([0, 1, log.count / 2, log.count]).sorted() where k <= log.count {
                let snapshot = NetworkSnapshot(log, after: k)
                let fast = field.values(snapshot, plot: frames.plot)
                let slow = Self.pointwise(field, snapshot, frames.plot)
                #expect(fast.count == slow.count, "\(name) after \(k)")
                let same = zip(fast, slow).allSatisfy { $0.bitPattern == $1.bitPattern || ($0.isNaN && $1.isNaN) }
                #expect(same, "\(name) after \(k), cell \(field.cell)")
            }
        }
    }

    @Test("a band's colour is the one rounded() picks, at halves, ends and beyond")
    func bandColours() throws {
        let bands = (0...10).map { RegionChart.colour(Double($0) / 10) }
        let truecolors = bands.map { $0.truecolor() }
        var samples: [Double] = [
            0, -0.0, 1, 0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 0.95, 1.04, 1.05, 1.06, 1.1, 2, -0.04,
            -0.05, -0.06, -1, .nan, .infinity, -.infinity, .leastNonzeroMagnitude, 1e-300, 0.049999999999999996,
            .greatestFiniteMagnitude,
        ]
        samples += samples.flatMap { [$0.nextUp, $0.nextDown] }
        samples += (0...2000).map { Double($0) / 1000 }
        for s in samples {
            let band = (s * 10).rounded()
            let expected = band >= 0 && band <= 10 ? bands[Int(band)] : RegionChart.colour(band / 10)
            #expect(RegionAnimationFrames.bandColour(s, truecolors) == expected.truecolor(), "s = \(s)")
        }
    }

    @Test("the background copied around a rectangle and the rectangle filled is the whole copy then the fill")
    func aroundCopy() throws {
        let (width, height) = (37, 23)
        let source = try GDImage(width: width, height: height)
        for y in 0..<height {
            for x in 0..<width { gdImageSetPixel(source.pointer, Int32(x), Int32(y), Int32(x * 7 + y * 1000)) }
        }
        let rectangles: [(Range<Int>, Range<Int>)] = [
            (5..<9, 3..<17), (0..<37, 0..<23), (-3..<4, 20..<40), (30..<50, -5..<4), (12..<12, 3..<9), (3..<9, 7..<7),
            (0..<1, 22..<23), (-10..<(-2), 0..<5), (36..<37, 0..<23),
        ]
        for (columns, rows) in rectangles {
            let fill = RGB(0x123456)
            let once = try GDImage(width: width, height: height)
            once.fillRectangle(x0: 0, y0: 0, x1: width - 1, y1: height - 1, RGB(0xABCDEF))
            once.copyPixels(from: source, around: columns, rows: rows)
            let twice = try GDImage(width: width, height: height)
            twice.copyPixels(from: source)
            for image in [once, twice] {
                for y in rows.clamped(to: 0..<height) {
                    for x in columns.clamped(to: 0..<width) {
                        gdImageSetPixel(image.pointer, Int32(x), Int32(y), fill.truecolor())
                    }
                }
            }
            #expect(BoundaryAnimationFramesTests.firstDifference(once, twice) == nil, "\(columns) × \(rows)")
        }
    }

    @Test("each pixel of the shaded plot has its cell's corner colour", arguments: [3, 4, 7, 50])
    func shadeCells(_ smallest: Int) throws {
        let frames = try RegionAnimationFrames(Self.animation(Self.runs[0].1), frameCount: 24)
        let field = RegionField(plot: frames.plot, parameters: 9, budget: 1e12, smallest: smallest)
        let corners = (field.columns + 1) * (field.rows + 1)
        let colours = (0..<corners).map { Int32($0 * 97 % 0xFF_FFFF) }
        let image = try GDImage(width: frames.plain.width, height: frames.plain.height)
        field.shade(truecolors: colours, on: image)
        var wrong = 0
        for y in field.y0...field.y1 {
            for x in field.x0...field.x1 {
                let cell =
                    min(field.rows, (y - field.y0) / field.cell) * (field.columns + 1)
                    + min(field.columns, (x - field.x0) / field.cell)
                if gdImageGetTrueColorPixel(image.pointer, Int32(x), Int32(y)) != colours[cell] { wrong += 1 }
            }
        }
        #expect(wrong == 0, "cell \(field.cell)")
        #expect(gdImageGetTrueColorPixel(image.pointer, Int32(field.x0 - 1), Int32(field.y0)) == 0)
        #expect(gdImageGetTrueColorPixel(image.pointer, Int32(field.x1 + 1), Int32(field.y1)) == 0)
    }
}
