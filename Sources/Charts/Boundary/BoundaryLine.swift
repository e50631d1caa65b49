import Foundation

/// The decision boundary w1·x1 + w2·x2 + b = c (c = ln(T/(1−T)), 0 for T = 0.5) as the part of
/// a line inside a rectangle of data space.
enum BoundaryLine {
    /// The level of W·x + b where the sigmoid output equals the threshold T.
    static func level(threshold: Double) -> Double {
        log(threshold / (1 - threshold))
    }

    /// The two ends of the boundary inside [x0, x1] × [y0, y1], or nil when it does not cross
    /// the rectangle, when W = 0 (no boundary) or when a parameter is not finite.
    static func segment(
        weights: [Double], bias: Double, level: Double, x: ClosedRange<Double>, y: ClosedRange<Double>
    ) -> (start: (Double, Double), end: (Double, Double))? {
        guard weights.count == 2, weights.allSatisfy(\.isFinite), bias.isFinite else { return nil }
        let (w1, w2) = (weights[0], weights[1])
        guard w1 != 0 || w2 != 0 else { return nil }
        let constant = level - bias
        var points: [(Double, Double)] = []
        if w2 != 0 {
            for edge in [x.lowerBound, x.upperBound] {
                points.append((edge, (constant - w1 * edge) / w2))
            }
        }
        if w1 != 0 {
            for edge in [y.lowerBound, y.upperBound] {
                points.append(((constant - w2 * edge) / w1, edge))
            }
        }
        // Inside, with a little slack for rounding at the corners.
        let slackX = (x.upperBound - x.lowerBound) * 1e-9
        let slackY = (y.upperBound - y.lowerBound) * 1e-9
        let inside = points.filter { point in
            point.0.isFinite && point.1.isFinite && point.0 >= x.lowerBound - slackX && point.0 <= x.upperBound + slackX
                && point.1 >= y.lowerBound - slackY && point.1 <= y.upperBound + slackY
        }
        guard let first = inside.first else { return nil }
        // The two points furthest apart are the ends (corner hits appear twice).
        var best = (first, first)
        var bestDistance = -1.0
        for a in inside {
            for b in inside {
                let distance =
                    abs(a.0 - b.0) / max(slackX, .leastNormalMagnitude)
                    + abs(a.1 - b.1) / max(slackY, .leastNormalMagnitude)
                if distance > bestDistance {
                    bestDistance = distance
                    best = (a, b)
                }
            }
        }
        return (best.0, best.1)
    }

    /// The corners of the part of [x0, x1] × [y0, y1] where W·x + b ≥ level, in order around it
    /// (the rectangle clipped by the half-plane, Sutherland–Hodgman).
    static func positiveRegion(
        weights: [Double], bias: Double, level: Double, x: ClosedRange<Double>, y: ClosedRange<Double>
    ) -> [(Double, Double)] {
        guard weights.count == 2, weights.allSatisfy(\.isFinite), bias.isFinite else { return [] }
        func value(_ p: (Double, Double)) -> Double { weights[0] * p.0 + weights[1] * p.1 + bias - level }
        let corners = [
            (x.lowerBound, y.lowerBound), (x.upperBound, y.lowerBound), (x.upperBound, y.upperBound),
            (x.lowerBound, y.upperBound),
        ]
        var polygon: [(Double, Double)] = []
        for (i, a) in corners.enumerated() {
            let b = corners[(i + 1) % corners.count]
            let (va, vb) = (value(a), value(b))
            if va >= 0 { polygon.append(a) }
            if (va >= 0) != (vb >= 0) {
                let t = va / (va - vb)
                let point = (a.0 + t * (b.0 - a.0), a.1 + t * (b.1 - a.1))
                if t.isFinite && point.0.isFinite && point.1.isFinite { polygon.append(point) }
            }
        }
        return polygon
    }
}
