/// How much a pixel is covered by one stroke of `StrokeLayer`: reach minus the distance from the
/// pixel's centre to the segment, clamped to [0, 1], as a byte (×255, halves rounded up).
///
/// `bytes(x:y:)` does two pixels with each SSE2 division and square root, the costliest steps,
/// and gives exactly what `byte(x:y:)`, the formula written out per pixel, gives.
struct StrokeCoverage {
    let a: Point, dx: Double, dy: Double, lengthSquared: Double, reach: Double

    /// The stroke from `a` to `b` with `reach` = half its width plus half a pixel.
    init(_ a: Point, _ b: Point, reach: Double) {
        self.a = a
        dx = b.x - a.x
        dy = b.y - a.y
        lengthSquared = dx * dx + dy * dy
        self.reach = reach
    }

    /// The byte of pixel (x, y), one pixel at a time.
    func byte(x: Int, y: Int) -> UInt8 {
        let px = Double(x) - a.x
        let py = Double(y) - a.y
        var t = lengthSquared > 0 ? (px * dx + py * dy) / lengthSquared : 0
        t = min(max(t, 0), 1)
        let ex = px - t * dx
        let ey = py - t * dy
        let distance = (ex * ex + ey * ey).squareRoot()
        let cover = min(max(reach - distance, 0), 1)
        guard cover > 0 else { return 0 }
        return UInt8((cover * 255).rounded())
    }

    /// The bytes of pixels (x, y) and (x + 1, y).
    ///
    /// Every step is the scalar one lane by lane: IEEE division and square root are exact
    /// whatever the width, and `min` and `max` become selects with the stdlib's choice on ties
    /// and NaN.
    @inline(__always) func bytes(x: Int, y: Int) -> SIMD2<UInt8> {
        let px = SIMD2(Double(x), Double(x &+ 1)) - a.x
        let py = Double(y) - a.y
        var t = SIMD2<Double>.zero
        if lengthSquared > 0 { t = (px * dx + py * dy) / lengthSquared }
        // max(t, 0) keeps t unless 0 ≥ t; min(·, 1) keeps it unless 1 < it (NaN stays).
        t.replace(with: 0, where: t .<= 0)
        t.replace(with: 1, where: t .> 1)
        let ex = px - t * dx
        let ey = SIMD2(repeating: py) - t * dy
        let distance = (ex * ex + ey * ey).squareRoot()
        var cover = reach - distance
        cover.replace(with: 0, where: cover .<= 0)
        cover.replace(with: 1, where: cover .> 1)
        var whole = Self.rounded(cover * 255)
        whole.replace(with: 0, where: .!(cover .> 0))
        return SIMD2<UInt8>(truncatingIfNeeded: whole)
    }

    /// `value.rounded()` (halves away from zero) lane by lane, for 0 ≤ value ≤ 2⁵¹ (else the
    /// lane is meaningless); `rounded()` is a libm call per pixel on x86-64's baseline.
    ///
    /// Adding 2⁵² rounds to the nearest integer, ties to even, exactly, and leaves it in the low
    /// bits; a half that went down (the fraction left is ½) goes back up.
    @inline(__always) static func rounded(_ value: SIMD2<Double>) -> SIMD2<UInt64> {
        let shifted = value + 0x1p52
        let even = shifted - 0x1p52
        let whole = unsafeBitCast(shifted, to: SIMD2<UInt64>.self) & 0xF_FFFF_FFFF_FFFF
        return whole &+ SIMD2<UInt64>(repeating: 1).replacing(with: 0, where: value - even .< 0.5)
    }
}
