import Formats
import Foundation

/// The bands of a filled contour picture: boundaries between levels of a field's values, a
/// sequential palette, and a key label per band.
struct FieldLevels: Equatable {
    /// The boundaries, ascending; band k holds values in [boundaries[k − 1], boundaries[k]).
    let boundaries: [Double]
    /// The significant digits the boundaries are rounded to (and written with).
    let digits: Int

    /// Light yellow to dark blue (ColorBrewer YlGnBu, 8 classes): the lowest band is the darkest.
    static let palette: [RGB] = [
        RGB(0x0C2C84), RGB(0x225EA8), RGB(0x1D91C0), RGB(0x41B6C4), RGB(0x7FCDBB), RGB(0xC7E9B4), RGB(0xEDF8B1),
        RGB(0xFFFFD9),
    ]
    /// Where a value is not finite.
    static let nonFiniteColour = RGB(0xBDBDBD)

    /// At most `bands` bands (up to 8) holding about equal shares of the finite `values`, their
    /// boundaries rounded to two significant digits, or more when the values lie so close together
    /// (XOR near W = 0: all about ln 2) that fewer would merge bands; one band when all are alike.
    ///
    /// - Complexity: O(n log n).
    init(values: [Double], bands: Int = 7) {
        let finite = values.filter(\.isFinite).sorted()
        let count = min(max(bands, 1), Self.palette.count)
        guard let low = finite.first, let high = finite.last, low < high, count > 1 else {
            (boundaries, digits) = ([], 2)
            return
        }
        let quantiles = (1..<count).map { finite[$0 * (finite.count - 1) / count] }
        var best: (cuts: [Double], digits: Int) = ([], 2)
        for digits in 2...6 {
            var cuts: [Double] = []
            for quantile in quantiles {
                let value = Self.rounded(quantile, digits: digits)
                if low < value && value < high && (cuts.last ?? -.infinity) < value { cuts.append(value) }
            }
            if cuts.count > best.cuts.count { best = (cuts, digits) }
            if cuts.count == Set(quantiles).count { break }
        }
        (boundaries, digits) = best
    }

    /// `value` to `digits` significant digits.
    static func rounded(_ value: Double, digits: Int) -> Double {
        guard value.isFinite, value != 0 else { return value }
        return Double(Printf.text("%.\(max(digits - 1, 0))e", value)) ?? value
    }

    /// How many bands there are.
    var bandCount: Int { boundaries.count + 1 }

    /// The band of `value` (0 for the lowest); nil when it is not finite.
    func band(of value: Double) -> Int? {
        guard value.isFinite else { return nil }
        var (low, high) = (0, boundaries.count)
        while low < high {
            let middle = (low + high) / 2
            if boundaries[middle] <= value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The values of band k as bounds: `band(of: v) == k` exactly when `low <= v && v < high`
    /// (the outer bounds keep ±∞ and NaN out), so a run of pixels in one band tests two bounds
    /// instead of searching.
    func bounds(ofBand k: Int) -> (low: Double, high: Double) {
        (k > 0 ? boundaries[k - 1] : -.greatestFiniteMagnitude, k < boundaries.count ? boundaries[k] : .infinity)
    }

    /// The colour of band k: spread over the palette, darkest first.
    func colour(ofBand k: Int) -> RGB {
        let last = Self.palette.count - 1
        let index = bandCount == 1 ? last / 2 : k * last / (bandCount - 1)
        return Self.palette[min(max(index, 0), last)]
    }

    /// "below 0.11", "0.11–0.2", "1.2 and above", or "all values" for a single band.
    func label(ofBand k: Int) -> String {
        guard bandCount > 1 else { return "all values" }
        if k == 0 { return "below \(Display.compact(boundaries[0], digits: digits))" }
        if k == bandCount - 1 { return "\(Display.compact(boundaries[k - 1], digits: digits)) and above" }
        return "\(Display.compact(boundaries[k - 1], digits: digits))–\(Display.compact(boundaries[k], digits: digits))"
    }
}
