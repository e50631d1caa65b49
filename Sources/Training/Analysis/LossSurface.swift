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
    /// - Complexity: O(resolution² · m log m).
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
        for j in 0..<resolution {
            let b2 = w2.lowerBound + (w2.upperBound - w2.lowerBound) * Double(j) / Double(resolution - 1)
            for i in 0..<resolution {
                let b1 = w1.lowerBound + (w1.upperBound - w1.lowerBound) * Double(i) / Double(resolution - 1)
                for k in z.indices { z[k] = b1 * x1[k] + b2 * x2[k] }
                loss[j * resolution + i] = Self.lowestLoss(z, y)
                errors[j * resolution + i] = Self.fewestErrors(z, y)
            }
        }
        self.loss = loss
        self.errors = errors
    }

    /// min over b of (1/m) Σ softplus(∓(zᵢ + b)): the loss is convex in b, its slope
    /// (1/m) Σ (σ(zᵢ + b) − yᵢ) increasing; Newton's method inside a shrinking bracket finds the zero.
    static func lowestLoss(_ z: [Double], _ y: [Double]) -> Double {
        let spread = z.reduce(0) { max($0, abs($1)) }
        var low = -(spread + 40), high = spread + 40, b = 0.0
        for _ in 0..<60 {
            var slope = 0.0, curvature = 0.0
            for (zi, yi) in zip(z, y) {
                let s = 1 / (1 + exp(-(zi + b)))
                slope += s - yi
                curvature += s * (1 - s)
            }
            if slope > 0 { high = b } else { low = b }
            let newton = curvature > 1e-300 ? b - slope / curvature : .nan
            let next = newton.isFinite && newton > low && newton < high ? newton : (low + high) / 2
            if abs(next - b) <= 1e-12 * max(1, abs(b)) { break }
            b = next
        }
        var total = 0.0
        for (zi, yi) in zip(z, y) {
            let t = yi == 1 ? -(zi + b) : zi + b
            total += t > 0 ? t + log1p(exp(-t)) : log1p(exp(t))
        }
        return total / Double(z.count)
    }

    /// min over b of the samples on the wrong side of the boundary: only the order of the zᵢ
    /// matters, so every cut between two sorted values is tried. (It depends only on the direction
    /// of (w₁, w₂): scaling both by c > 0 keeps the order of the zᵢ.)
    public static func fewestErrors(_ z: [Double], _ y: [Double]) -> Int {
        // NaN (W·x of ∞ − ∞ on a far grid) sorts last, together: a strict weak order.
        let order = z.indices.sorted { a, b in !z[a].isNaN && (z[b].isNaN || z[a] < z[b]) }
        func tied(_ a: Double, _ b: Double) -> Bool { a == b || (a.isNaN && b.isNaN) }
        // Cut before position c: samples from c on are predicted 1.
        var wrong = y.count { $0 == 0 }  // c = 0: all predicted 1
        var best = wrong
        var c = 0
        while c < order.count {
            // Samples with equal z move together: no b separates them.
            var d = c
            while d < order.count, tied(z[order[d]], z[order[c]]) {
                wrong += y[order[d]] == 1 ? 1 : -1
                d += 1
            }
            best = min(best, wrong)
            c = d
        }
        return best
    }
}
