/// Whole pixel coordinates from computed positions, total for every Double: positions come from
/// data, and a huge, infinite or NaN one must never trap the conversion to an integer.
enum Pixel {
    /// The farthest a coordinate is kept from the origin: beyond any image, far inside Int32.
    static let limit = 1_000_000

    /// `value` rounded by `rule` and clamped to ±`limit`; NaN gives 0.
    static func index(_ value: Double, _ rule: FloatingPointRoundingRule = .toNearestOrAwayFromZero) -> Int {
        guard !value.isNaN else { return 0 }
        return Int(min(max(value.rounded(rule), -Double(limit)), Double(limit)))
    }

    /// `value` clamped to ±`limit`.
    static func index(_ value: Int) -> Int {
        min(max(value, -limit), limit)
    }
}
