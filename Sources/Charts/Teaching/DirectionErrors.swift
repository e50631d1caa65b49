import Foundation
import Training

/// The fewest misclassified samples any bias gives, over the plane of (w₁, w₂) of a two-feature
/// dataset (`LossSurface.fewestErrors`). Only the order of the zᵢ = w₁·x₁ + w₂·x₂ matters, and
/// scaling W keeps it, so the count depends on the direction of W alone: the plane is made of
/// sectors around the origin. This finds them once, so that every pixel of a picture is a lookup.
struct DirectionErrors {
    /// The angles (radians, −π…π) where each sector starts, ascending; the first is −π.
    let starts: [Double]
    /// The count of each sector.
    let counts: [Int]
    /// The count at W = 0, where every sample has the same z.
    let atOrigin: Int
    /// The data.
    let x1: [Double], x2: [Double], y: [Double]

    /// Datasets of at most this many samples get their exact sectors (between the directions where
    /// two samples tie); larger ones are sampled at `sampledDirections` directions.
    static let exactSamples = 64
    static let sampledDirections = 2048

    /// - Complexity: O(m² log m · m) for exact sectors, O(2048 · m log m) when sampled.
    init(dataset: Dataset) {
        let x1 = dataset.features[0], x2 = dataset.features[1], y = dataset.labels
        (self.x1, self.x2, self.y) = (x1, x2, y)
        var starts: [Double] = []
        if dataset.sampleCount <= Self.exactSamples {
            // z_i = z_j where W ⟂ x_i − x_j: two opposite directions per pair.
            var angles: Set<Double> = []
            for i in x1.indices {
                for j in x1.indices where j > i {
                    let (dx, dy) = (x1[i] / 2 - x1[j] / 2, x2[i] / 2 - x2[j] / 2)
                    guard dx != 0 || dy != 0, dx.isFinite, dy.isFinite else { continue }
                    angles.insert(atan2(dx, -dy))
                    angles.insert(atan2(-dx, dy))
                }
            }
            starts = angles.filter { $0 > -Double.pi }.sorted()
            starts.insert(-Double.pi, at: 0)
        } else {
            starts = (0..<Self.sampledDirections).map {
                -Double.pi + 2 * Double.pi * Double($0) / Double(Self.sampledDirections)
            }
        }
        // Neighbours with the same count are one sector: fewer boundaries for a row to cross.
        var merged: (starts: [Double], counts: [Int]) = ([], [])
        for (index, start) in starts.enumerated() {
            let end = index + 1 < starts.count ? starts[index + 1] : Double.pi
            let middle = start / 2 + end / 2
            let count = Self.count(x1, x2, y, direction: (cos(middle), sin(middle)))
            if merged.counts.last != count {
                merged.starts.append(start)
                merged.counts.append(count)
            }
        }
        self.starts = merged.starts
        self.counts = merged.counts
        atOrigin = LossSurface.fewestErrors([Double](repeating: 0, count: y.count), y)
    }

    /// The fewest errors for W in `direction`; the features are halved so that z stays finite.
    static func count(_ x1: [Double], _ x2: [Double], _ y: [Double], direction: (Double, Double)) -> Int {
        let z = zip(x1, x2).map { direction.0 * ($0 / 2) + direction.1 * ($1 / 2) }
        return LossSurface.fewestErrors(z, y)
    }

    /// The count for W = (w₁, w₂).
    func count(_ w1: Double, _ w2: Double) -> Int {
        sector(w1, w2).map { counts[$0] } ?? atOrigin
    }

    /// The index of the sector of W = (w₁, w₂); nil at the origin.
    func sector(_ w1: Double, _ w2: Double) -> Int? {
        guard w1 != 0 || w2 != 0 else { return nil }
        let angle = atan2(w2, w1)
        guard angle.isFinite else { return nil }
        // The last start at or below the angle.
        var (low, high) = (0, starts.count - 1)
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= angle { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The counts along a row of the plane at `w2`, at each of `w1s` (ascending).
    ///
    /// Along a row off the w₁ axis the angle of W moves one way, so the row crosses each sector
    /// once: it is split where the ends' sectors differ, a few angles per crossing instead of one
    /// per pixel.
    /// - Complexity: O(sectors crossed × log(w1s.count)) angles, O(w1s.count) writes.
    func counts(w2: Double, w1s: [Double]) -> [Int] {
        guard w2 != 0, w2.isFinite, let last = w1s.indices.last else { return w1s.map { count($0, w2) } }
        var result = [Int](repeating: atOrigin, count: w1s.count)
        func fill(_ a: Int, _ b: Int, _ first: Int?, _ second: Int?) {
            if first == second || b - a <= 1 {
                let (left, right) = (first.map { counts[$0] } ?? atOrigin, second.map { counts[$0] } ?? atOrigin)
                if first == second {
                    for i in a...b { result[i] = left }
                } else {
                    (result[a], result[b]) = (left, right)
                }
                return
            }
            let middle = (a + b) / 2
            let inside = sector(w1s[middle], w2)
            fill(a, middle, first, inside)
            fill(middle, b, inside, second)
        }
        fill(0, last, sector(w1s[0], w2), sector(w1s[last], w2))
        return result
    }

    /// The counts of the regions of the plane, ascending (W = 0 alone, a single point, is left out).
    var distinctCounts: [Int] { Array(Set(counts)).sorted() }
}

extension DirectionErrors {
    /// The fewest errors at W = (w₁, w₂) itself, ties included (W on a direction where two
    /// samples tie counts them as tied); W is scaled to a largest component of 1 first, so that
    /// z stays finite for weights near the largest double.
    func exactCount(_ w1: Double, _ w2: Double) -> Int {
        let scale = max(abs(w1), abs(w2))
        guard scale > 0, scale.isFinite else { return atOrigin }
        return Self.count(x1, x2, y, direction: (w1 / scale, w2 / scale))
    }
}
