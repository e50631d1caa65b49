import Foundation
import Testing
import Training

@testable import Charts

/// The loss panel of landscape.png against a pixel-by-pixel reference: each pixel's loss
/// interpolated on its own and its band searched, as the panel was first drawn.
@Suite("landscape.png's loss panel: every pixel the level of its own interpolated loss")
struct LandscapeLossFieldTests {
    /// The colour of each pixel of the plane's inside, row by row, computed independently.
    static func reference(_ surface: LossSurface, _ levels: FieldLevels, _ plane: WeightPlane) -> [[RGB]] {
        let n = surface.resolution, loss = surface.loss
        func grid(_ value: Double, _ range: ClosedRange<Double>) -> (Int, Double) {
            let t = (value - range.lowerBound) / (range.upperBound - range.lowerBound) * Double(n - 1)
            guard t.isFinite else { return (0, 0) }
            let clamped = min(max(t, 0), Double(n - 1))
            let index = min(Int(clamped), n - 2)
            return (index, clamped - Double(index))
        }
        return plane.rows.map { y in
            let (j, fy) = grid(plane.yMap.value(at: Double(y)), surface.w2)
            return plane.columns.map { x in
                let (i, fx) = grid(plane.xMap.value(at: Double(x)), surface.w1)
                let top = loss[j * n + i] * (1 - fx) + loss[j * n + i + 1] * fx
                let bottom = loss[(j + 1) * n + i] * (1 - fx) + loss[(j + 1) * n + i + 1] * fx
                var value = top * (1 - fy) + bottom * fy
                if !value.isFinite { value = loss[(j + (fy < 0.5 ? 0 : 1)) * n + i + (fx < 0.5 ? 0 : 1)] }
                return levels.band(of: value).map { levels.colour(ofBand: $0) } ?? FieldLevels.nonFiniteColour
            }
        }
    }

    /// Draws the panel and compares every pixel with the reference; returns how many pixels of
    /// each kind (finite level, not finite) were seen, so that a case can check it tests both.
    static func check(_ surface: LossSurface, bands: Int, side: Double = 240) throws -> (finite: Int, nonFinite: Int) {
        let levels = FieldLevels(values: surface.loss, bands: bands)
        let plane = WeightPlane(w1: surface.w1, w2: surface.w2, left: 7, top: 5, side: side)
        let image = try GDImage(width: Int(side) + 20, height: Int(side) + 20)
        let run = TeachingRun.and
        LandscapeChart(log: run.log, otherRule: run.other, typeface: .standard)
            .drawLoss(surface, levels, on: image, plane: plane)
        let expected = reference(surface, levels, plane)
        var (finite, nonFinite, wrong) = (0, 0, 0)
        for (row, y) in plane.rows.enumerated() {
            for (column, x) in plane.columns.enumerated() {
                let colour = expected[row][column]
                if image.pixel(x: x, y: y) != colour { wrong += 1 }
                if colour == FieldLevels.nonFiniteColour { nonFinite += 1 } else { finite += 1 }
            }
        }
        #expect(wrong == 0, "\(wrong) pixels differ")
        return (finite, nonFinite)
    }

    @Test("AND's surface, with 7, 3, 2 and 1 levels")
    func and() throws {
        let surface = try #require(
            LossSurface(dataset: LogicGate.and.dataset, w1: -3...5, w2: -2.5...5.5, resolution: 37))
        for bands in [7, 3, 2, 1] {
            let seen = try Self.check(surface, bands: bands)
            #expect(seen.finite > 50_000)
        }
    }

    @Test("a surface with infinite and NaN losses beside finite ones")
    func nonFinite() throws {
        // z of the first sample overflows where |w₁| > 179: only the middle columns are finite.
        let data = try Dataset(name: "far", features: [[1e306, 1, 0, 1], [0, 0, 1, 1]], labels: [0, 1, 1, 0])
        let surface = try #require(LossSurface(dataset: data, w1: -300...300, w2: -300...300, resolution: 9))
        #expect(surface.loss.contains { !$0.isFinite } && surface.loss.contains { $0.isFinite })
        let seen = try Self.check(surface, bands: 7)
        #expect(seen.finite > 0 && seen.nonFinite > 0)
    }

    @Test("a random dataset of 60 samples on a coarse grid")
    func random() throws {
        var state: UInt64 = 5
        func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53) * 4 - 2
        }
        let features = (0..<2).map { _ in (0..<60).map { _ in next() } }
        let labels = features[0].indices.map { features[0][$0] + 0.3 * features[1][$0] + next() > 0 ? 1.0 : 0 }
        let data = try Dataset(name: "random", features: features, labels: labels)
        let surface = try #require(LossSurface(dataset: data, w1: -6...6, w2: -6...6, resolution: 24))
        _ = try Self.check(surface, bands: 7, side: 300)
    }

    @Test("a band's bounds hold exactly its values: boundaries, their neighbours, ±∞ and NaN")
    func bounds() {
        let levels = FieldLevels(values: (0..<1000).map { Double($0) / 1000 })
        let single = FieldLevels(values: [1, 1])
        for levels in [levels, single] {
            var values: [Double] = [
                0, -0.0, .infinity, -.infinity, .nan, .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 1e-300,
            ]
            for boundary in levels.boundaries { values += [boundary, boundary.nextUp, boundary.nextDown] }
            for value in values {
                for k in 0..<levels.bandCount {
                    let (low, high) = levels.bounds(ofBand: k)
                    #expect((low <= value && value < high) == (levels.band(of: value) == k), "\(value) band \(k)")
                }
            }
        }
    }
}
