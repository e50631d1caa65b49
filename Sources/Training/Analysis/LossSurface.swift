import Foundation

/// The loss over the plane of the two weights of a two-feature dataset, for a picture of where
/// training goes: at each (w₁, w₂) of a grid, the lowest mean cross-entropy any bias b gives, and
/// the fewest misclassified samples any b gives. (Each is a profile over b, so the picture shows
/// what the two weights allow, whatever the bias.)
public struct LossSurface: Sendable {
    /// The w₁ and w₂ the grid spans.
    public let w1: ClosedRange<Double>, w2: ClosedRange<Double>
    /// Points per side.
    public let resolution: Int
    /// The lowest mean cross-entropy over b at grid point (i along w₁, j along w₂): `loss[j * resolution + i]`.
    public let loss: [Double]
    /// The fewest misclassified samples over b, laid out like `loss`.
    public let errors: [Int]

    /// The most samples a surface is computed for: its cost is resolution² × m × a few Newton steps.
    public static let maximumSamples = 256

    /// The surface of `dataset` (two features, at most `maximumSamples` samples) over the given
    /// ranges; nil for other datasets. The fewest errors do not depend on the threshold: a bias
    /// can move the boundary to any level.
    /// - Complexity: O(resolution² · m) Newton and sorting steps: each point's sort starts from
    /// its neighbour's order (O(m²) at worst).
    public init?(dataset: Dataset, w1: ClosedRange<Double>, w2: ClosedRange<Double>, resolution: Int = 80) {
        guard dataset.featureCount == 2, dataset.sampleCount <= Self.maximumSamples, resolution >= 2,
            w1.lowerBound.isFinite, w1.upperBound.isFinite, w2.lowerBound.isFinite, w2.upperBound.isFinite
        else { return nil }
        self.w1 = w1
        self.w2 = w2
        self.resolution = resolution
        let x1 = dataset.features[0], x2 = dataset.features[1], y = dataset.labels
        var loss = [Double](repeating: 0, count: resolution * resolution)
        var errors = [Int](repeating: 0, count: resolution * resolution)
        var z = [Double](repeating: 0, count: dataset.sampleCount)
        // Kept from one grid point to the next: the neighbour's order of the zᵢ is nearly this
        // one's, so sorting it again costs about m.
        var order = Array(z.indices)
        for j in 0..<resolution {
            let b2 = w2.lowerBound + (w2.upperBound - w2.lowerBound) * Double(j) / Double(resolution - 1)
            for i in 0..<resolution {
                let b1 = w1.lowerBound + (w1.upperBound - w1.lowerBound) * Double(i) / Double(resolution - 1)
                for k in z.indices { z[k] = b1 * x1[k] + b2 * x2[k] }
                z.withUnsafeBufferPointer { z in
                    y.withUnsafeBufferPointer { y in
                        order.withUnsafeMutableBufferPointer { order in
                            loss[j * resolution + i] = Self.lowestLoss(z, y)
                            errors[j * resolution + i] = Self.fewestErrors(z, y, sorting: order)
                        }
                    }
                }
            }
        }
        self.loss = loss
        self.errors = errors
    }

    /// min over b of (1/m) Σ softplus(∓(zᵢ + b)): the loss is convex in b, its slope
    /// (1/m) Σ (σ(zᵢ + b) − yᵢ) increasing; Newton's method inside a shrinking bracket finds the zero.
    static func lowestLoss(_ z: [Double], _ y: [Double]) -> Double {
        z.withUnsafeBufferPointer { z in y.withUnsafeBufferPointer { y in lowestLoss(z, y) } }
    }

    /// `lowestLoss` over the first min(z.count, y.count) samples, divided by z.count.
    static func lowestLoss(_ z: UnsafeBufferPointer<Double>, _ y: UnsafeBufferPointer<Double>) -> Double {
        let m = min(z.count, y.count)
        var spread = 0.0
        for zi in z { spread = max(spread, abs(zi)) }
        var low = -(spread + 40), high = spread + 40, b = 0.0
        for _ in 0..<60 {
            var slope = 0.0, curvature = 0.0
            for k in 0..<m {
                let s = 1 / (1 + exp(-(z[k] + b)))
                slope += s - y[k]
                curvature += s * (1 - s)
            }
            if slope > 0 { high = b } else { low = b }
            let newton = curvature > 1e-300 ? b - slope / curvature : .nan
            let next = newton.isFinite && newton > low && newton < high ? newton : (low + high) / 2
            if abs(next - b) <= 1e-12 * max(1, abs(b)) { break }
            b = next
        }
        var total = 0.0
        for k in 0..<m {
            let t = y[k] == 1 ? -(z[k] + b) : z[k] + b
            total += t > 0 ? t + log1p(exp(-t)) : log1p(exp(t))
        }
        return total / Double(z.count)
    }

    /// min over b of the samples on the wrong side of the boundary: only the order of the zᵢ
    /// matters, so every cut between two sorted values is tried. (It depends only on the direction
    /// of (w₁, w₂): scaling both by c > 0 keeps the order of the zᵢ.)
    public static func fewestErrors(_ z: [Double], _ y: [Double]) -> Int {
        var order = Array(z.indices)
        return z.withUnsafeBufferPointer { z in
            y.withUnsafeBufferPointer { y in
                order.withUnsafeMutableBufferPointer { order in fewestErrors(z, y, sorting: order) }
            }
        }
    }

    /// `fewestErrors`, with `order` (a permutation of z's indices) sorted by z in place first:
    /// an insertion sort, about m steps when `order` is nearly sorted already (a neighbouring
    /// grid point's). The count depends only on the groups of equal z in sorted order, so any
    /// starting permutation gives the same count.
    /// - Complexity: O(m²) at worst, O(m + inversions of `order`).
    static func fewestErrors(
        _ z: UnsafeBufferPointer<Double>, _ y: UnsafeBufferPointer<Double>,
        sorting order: UnsafeMutableBufferPointer<Int>
    ) -> Int {
        // NaN (W·x of ∞ − ∞ on a far grid) sorts last, together: a strict weak order.
        func precedes(_ a: Double, _ b: Double) -> Bool { !a.isNaN && (b.isNaN || a < b) }
        for k in order.indices.dropFirst() {
            let item = order[k], value = z[item]
            var p = k
            while p > 0, precedes(value, z[order[p - 1]]) {
                order[p] = order[p - 1]
                p -= 1
            }
            order[p] = item
        }
        func tied(_ a: Double, _ b: Double) -> Bool { a == b || (a.isNaN && b.isNaN) }
        // Cut before position c: samples from c on are predicted 1.
        var wrong = y.count { $0 == 0 }  // c = 0: all predicted 1
        var best = wrong
        var c = 0
        while c < order.count {
            // Samples with equal z move together: no b separates them.
            let first = z[order[c]]
            var d = c
            while d < order.count, tied(z[order[d]], first) {
                wrong += y[order[d]] == 1 ? 1 : -1
                d += 1
            }
            best = min(best, wrong)
            c = d
        }
        return best
    }
}
