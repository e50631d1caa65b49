/// Sums and products of doubles with their exact rounding errors (round to nearest, no overflow).

/// s + e = a + b exactly, s = fl(a + b) (Knuth's TwoSum, any order of magnitudes).
@inline(__always)
func twoSum(_ a: Double, _ b: Double) -> (sum: Double, error: Double) {
    let sum = a + b
    let bPart = sum - a
    let aPart = sum - bPart
    return (sum, (a - aPart) + (b - bPart))
}

/// s + e = a + b exactly, s = fl(a + b), when a = 0 or the exponent of a is at least that of b
/// (Dekker's FastTwoSum).
@inline(__always)
func fastTwoSum(_ a: Double, _ b: Double) -> (sum: Double, error: Double) {
    let sum = a + b
    return (sum, b - (sum - a))
}

/// p + e = a·b exactly, p = fl(a·b), without a fused multiply-add (Dekker's TwoProduct with
/// Veltkamp's splitting), for |a|, |b| < 2⁹⁹⁵ and products far from the subnormal range.
///
/// Swift for generic x86-64 compiles `fma` to a call into the C library. On a CPU with FMA that
/// call made `correctlyRoundedExp` about 1 ns faster (7.1 against 8.1 ns); on one without, the C
/// library emulates FMA in software, many times slower. These 17 operations cost the same everywhere.
@inline(__always)
func twoProduct(_ a: Double, _ b: Double) -> (product: Double, error: Double) {
    let product = a * b
    let (aHigh, aLow) = split(a), (bHigh, bLow) = split(b)
    let error = ((aHigh * bHigh - product) + aHigh * bLow + aLow * bHigh) + aLow * bLow
    return (product, error)
}

/// a = high + low with high and low of at most 26 significant bits each (Veltkamp).
@inline(__always)
private func split(_ a: Double) -> (high: Double, low: Double) {
    let scaled = 134_217_729 * a  // 2²⁷ + 1
    let high = scaled - (scaled - a)
    return (high, a - high)
}
