/// Where each row of pixels crosses one stroke of `StrokeLayer`: the columns that may be covered,
/// and the columns surely covered in full (byte 255), which need no division or square root.
///
/// Both come from the x extent of the row's points within a radius of the segment (the union of
/// the two end discs and the band between them; the stroke is convex, so one interval), for the
/// reach and for reach − 1. They are exact, not estimates: a byte is 255 iff the computed
/// cover is ≥ 254.5/255, i.e. the computed distance is ≤ reach − 0.99804, and nonzero iff it is
/// ≤ reach − 0.00196. The distance to a segment is convex, so a pixel centre between the ends of
/// the inner extent is no farther than the farther end, within reach − 1 + e₁ (e₁: the ends'
/// rounding errors, measured across the edge they lie on: a bound divided by a small dy or dx
/// moves along its edge, not across it); a centre outside the outer extent is outside every disc
/// and the band as computed, at least reach − e₁ away. The pixel's computed distance is off by
/// e₂. With every coordinate below `Pixel.limit` (2²⁰) in magnitude and the length² a normal
/// number or 0, e₁ + e₂ is some dozens of roundings of values below 2²², about 2⁻³⁰: far inside
/// the 0.00196 px margins. Other strokes (huge widths, subnormal lengths) get the first code's
/// extents, widened by a pixel on each side, and no full columns.
struct StrokeRows {
    private let a: Point, b: Point, dx: Double, dy: Double, lengthSquared: Double, length: Double
    /// The reach (half the width plus half a pixel) and its square.
    private let reach: Double, reachSquared: Double
    /// reach − 1 and its square, or −1 when there are no full columns.
    private let inner: Double, innerSquared: Double
    /// Whether the analysis above holds (else `fallback(row:)` gives the extent).
    let precise: Bool
    /// Per row of the band: its centre line moves by `slope` per unit of y, the band spans
    /// `halfWidth` (`innerHalfWidth` for reach − 1) either side (dy ≠ 0); the ends' perpendiculars
    /// start at a.x − py·`shift` and are `spread` apart (dx ≠ 0).
    private let slope: Double, halfWidth: Double, innerHalfWidth: Double, shift: Double, spread: Double
    /// How far inside an extent a full column's centre, or outside it a covered one's, may be:
    /// safety on top of the margins above.
    static let margin = 0x1p-20

    /// The rows of the stroke from `a` to `b`; `bound` is the largest magnitude of any coordinate
    /// the layer may draw or clip the segment to.
    init(_ a: Point, _ b: Point, reach: Double, bound: Double) {
        self.a = a
        self.b = b
        dx = b.x - a.x
        dy = b.y - a.y
        lengthSquared = dx * dx + dy * dy
        length = lengthSquared.squareRoot()
        self.reach = reach
        reachSquared = reach * reach
        slope = dy != 0 ? dx / dy : 0
        halfWidth = dy != 0 ? reach * (length / abs(dy)) : 0
        shift = dx != 0 ? dy / dx : 0
        spread = dx != 0 ? lengthSquared / dx : 0
        // Far from overflow: every row's bounds stay finite.
        let tame = max(abs(slope), halfWidth, abs(shift), abs(spread)) <= 0x1p900
        precise =
            bound <= Double(Pixel.limit) && tame
            && (lengthSquared == 0 || lengthSquared >= .leastNormalMagnitude)
        // Under a radius of ¼ few pixel centres are full.
        inner = precise && reach - 1 >= 0.25 ? reach - 1 : -1
        innerSquared = inner >= 0 ? inner * inner : -1
        innerHalfWidth = dy != 0 && inner >= 0 ? inner * (length / abs(dy)) : -Double.infinity
    }

    /// The x extents of row `y` within the reach and within reach − 1 (empty when there are no
    /// full columns); low > high when empty. Only when `precise`.
    @inline(__always) func extents(row y: Double) -> (low: Double, high: Double, fullLow: Double, fullHigh: Double) {
        var (low, high) = (Double.infinity, -Double.infinity)
        var (fullLow, fullHigh) = (Double.infinity, -Double.infinity)
        let (fromA, fromB) = (y - a.y, y - b.y)
        let (squareA, squareB) = (fromA * fromA, fromB * fromB)
        if squareA <= reachSquared {
            let half = (reachSquared - squareA).squareRoot()
            (low, high) = (a.x - half, a.x + half)
            if squareA <= innerSquared {
                let half = (innerSquared - squareA).squareRoot()
                (fullLow, fullHigh) = (a.x - half, a.x + half)
            }
        }
        if squareB <= reachSquared {
            let half = (reachSquared - squareB).squareRoot()
            (low, high) = (min(low, b.x - half), max(high, b.x + half))
            if squareB <= innerSquared {
                let half = (innerSquared - squareB).squareRoot()
                (fullLow, fullHigh) = (min(fullLow, b.x - half), max(fullHigh, b.x + half))
            }
        }
        guard lengthSquared > 0 else { return (low, high, fullLow, fullHigh) }
        // The band: |(p − a) × d| ≤ radius·|d| and 0 ≤ (p − a)·d ≤ |d|², each a condition linear
        // in x along the row.
        let py = fromA
        var (bandLow, bandHigh, fullBandLow, fullBandHigh): (Double, Double, Double, Double)
        if dy != 0 {
            let centre = a.x + py * slope
            (bandLow, bandHigh) = (centre - halfWidth, centre + halfWidth)
            (fullBandLow, fullBandHigh) = (centre - innerHalfWidth, centre + innerHalfWidth)
        } else {
            let across = abs(py * dx)
            guard across <= reach * length else { return (low, high, fullLow, fullHigh) }
            (bandLow, bandHigh) = (-Double.infinity, Double.infinity)
            (fullBandLow, fullBandHigh) = across <= inner * length ? (bandLow, bandHigh) : (bandHigh, bandLow)
        }
        if dx != 0 {
            let start = a.x - py * shift
            let (from, to) = spread > 0 ? (start, start + spread) : (start + spread, start)
            (bandLow, bandHigh) = (max(bandLow, from), min(bandHigh, to))
            (fullBandLow, fullBandHigh) = (max(fullBandLow, from), min(fullBandHigh, to))
        } else if py * dy < 0 || py * dy > lengthSquared {
            return (low, high, fullLow, fullHigh)
        }
        if bandLow <= bandHigh { (low, high) = (min(low, bandLow), max(high, bandHigh)) }
        if fullBandLow <= fullBandHigh {
            (fullLow, fullHigh) = (min(fullLow, fullBandLow), max(fullHigh, fullBandHigh))
        }
        return (low, high, fullLow, fullHigh)
    }

    /// The first code's x extent of row `y` within the reach, for strokes that are not `precise`.
    func fallback(row y: Double) -> (low: Double, high: Double) {
        var low = Double.infinity, high = -Double.infinity
        for end in [a, b] where abs(y - end.y) <= reach {
            let half = (reach * reach - (y - end.y) * (y - end.y)).squareRoot()
            low = min(low, end.x - half)
            high = max(high, end.x + half)
        }
        if let band = band(row: y) {
            low = min(low, band.low)
            high = max(high, band.high)
        }
        return (low, high)
    }

    /// The x extent of row `y` inside the band of the segment, by the same conditions divided out.
    private func band(row y: Double) -> (low: Double, high: Double)? {
        guard length > 0 else { return nil }
        let py = y - a.y
        var (low, high) = (-Double.infinity, Double.infinity)
        func keep(_ p: Double, _ q: Double) {
            low = max(low, min(p, q))
            high = min(high, max(p, q))
        }
        if dy != 0 {
            keep((py * dx - reach * length) / dy, (py * dx + reach * length) / dy)
        } else if abs(py * dx) > reach * length {
            return nil
        }
        if dx != 0 {
            keep(-py * dy / dx, (lengthSquared - py * dy) / dx)
        } else if py * dy < 0 || py * dy > lengthSquared {
            return nil
        }
        guard low <= high else { return nil }
        return (a.x + low, a.x + high)
    }

    /// `Pixel.index(value, .down)` without libm's floor or a trapping conversion, for a value that
    /// is not NaN.
    @inline(__always) static func floor(_ value: Double) -> Int {
        let (clamped, nearest, whole) = rounded(value)
        return nearest > clamped ? whole &- 1 : whole
    }

    /// `Pixel.index(value, .up)` without libm's ceil or a trapping conversion, for a value that is
    /// not NaN.
    @inline(__always) static func ceil(_ value: Double) -> Int {
        let (clamped, nearest, whole) = rounded(value)
        return nearest < clamped ? whole &+ 1 : whole
    }

    /// `value` clamped to ±`Pixel.limit`, and that rounded to the nearest integer (ties to even) as
    /// a Double and an Int: adding 1.5 × 2⁵² leaves it in the low bits, exactly, for |value| ≤ 2⁵¹.
    @inline(__always) private static func rounded(_ value: Double) -> (Double, Double, Int) {
        let clamped = min(max(value, -Double(Pixel.limit)), Double(Pixel.limit))
        let shifted = clamped + 0x1.8p52
        let whole = Int(truncatingIfNeeded: shifted.bitPattern & 0xF_FFFF_FFFF_FFFF) &- 0x8_0000_0000_0000
        return (clamped, shifted - 0x1.8p52, whole)
    }
}
