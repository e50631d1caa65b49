import Training

/// Reads the values of a `SeriesValues` from its column's memory, without a copy.
///
/// Indices are those of the series (0 may be the leading value); every index a scan passes lies
/// in 0..<count.
protocol LaneReader {
    /// How many values.
    var count: Int { get }
    /// Value `i`.
    func value(_ i: Int) -> Double
    /// The first index in `from..<end` (from ≥ 1) whose value differs bitwise from the one before,
    /// or `end`: a converged run repeats its values for millions of iterations, and a repeated value
    /// changes no fact and no column's extremes, so the scans step over the run in one tight loop.
    func runEnd(from: Int, to end: Int) -> Int
}

/// What a column of the log holds for a lane: doubles, or counts (Int32) read as doubles;
/// compared bit for bit (NaN after NaN is no change, −0 after 0 is one).
protocol LaneElement: BitwiseComparable {
    /// The value as the charts draw it; every Int32 is exact as a Double.
    var asDouble: Double { get }
}

extension Double: LaneElement {
    var asDouble: Double { self }
}

extension Int32: LaneElement {
    var asDouble: Double { Double(self) }
}

/// The values of a column, every `stride`-th from `offset`, after an optional leading value.
struct ColumnLane<Element: LaneElement>: LaneReader {
    let buffer: UnsafeBufferPointer<Element>
    let offset: Int
    let stride: Int
    let leading: Double?
    let count: Int
    /// Every value from the scanned piece's start up to this index repeats the one before it
    /// (`SeriesValues.repeatingRows`); 0 when not known.
    var repeatsUntil = 0

    /// 1 when index 0 is the leading value.
    private var shift: Int { leading == nil ? 0 : 1 }

    @inline(__always) func value(_ i: Int) -> Double {
        if let leading, i == 0 { return leading }
        return buffer[offset + (i - shift) * stride].asDouble
    }

    func runEnd(from: Int, to end: Int) -> Int {
        var k = from
        // The first value of the column follows the leading one.
        while k < end && k <= shift {
            if value(k).bitPattern != value(k - 1).bitPattern { return k }
            k += 1
        }
        // The values up to repeatsUntil are known to repeat: no need to read them.
        if k < repeatsUntil { k = min(repeatsUntil, end) }
        var index = offset + (k - shift) * stride
        while k < end && buffer[index].isSame(as: buffer[index - stride]) {
            index += stride
            k += 1
        }
        return k
    }
}
