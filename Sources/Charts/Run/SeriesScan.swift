/// One pass over a series that finds everything the charts say and scale by: its finite range,
/// whether a value is not finite, the facts of `SeriesFacts`, and (for confidence.png) the last
/// value on the wrong side of the threshold.
///
/// The pass can be fed in consecutive pieces (`scan(_:upTo:)`), so that several series of one
/// interleaved column are read piece by piece while the piece is in the cache. Runs of repeated
/// values, which change none of the facts, are stepped over (`LaneReader.runEnd`).
///
/// - Complexity: O(n) time, O(1) memory beyond the sign changes.
struct SeriesScan: LaneVisitor {
    /// Which side of a threshold a value belongs on (s ≥ T for label 1, s < T for label 0).
    struct Side {
        let threshold: Double
        let labelOne: Bool

        func wrong(_ value: Double) -> Bool { labelOne ? !(value >= threshold) : !(value < threshold) }
    }

    /// The iteration of value 0.
    let firstIteration: Int
    /// How many values the whole series has.
    let total: Int
    /// Whether the sign changes are kept (the facts of a line the page describes).
    let keepsSignChanges: Bool
    /// The side whose last violation is tracked, if any.
    let side: Side?

    /// The index of the next value to read.
    private(set) var next = 0
    /// Where the next piece ends (set by `scan(_:upTo:)`).
    private var pieceEnd = 0

    private(set) var start = Double.nan
    private(set) var end = Double.nan
    private(set) var lastChange: Int?
    private(set) var firstNonFinite: Int?
    private(set) var low: SeriesFacts.Extreme
    private(set) var high: SeriesFacts.Extreme
    private(set) var signChanges: [Int] = []
    /// The finite range as `DataRange` takes it (Swift's min and max, which differ from the
    /// extremes' first occurrence only between 0 and −0).
    private(set) var rangeLow = Double.infinity, rangeHigh = -Double.infinity
    private var lastSign: FloatingPointSign?
    private var tail = (low: Double.infinity, high: -Double.infinity, turns: 0, rising: Bool?.none)
    private var previous = Double.nan
    /// The index of the last value on the wrong side of `side`, if any.
    private(set) var lastWrong: Int?
    /// Where each run of equal values starts, with its value, while there are few (a converged
    /// run has a few dozen in 10⁷ values): the drawing then reduces the runs instead of reading
    /// the values a second time. Nil once there are more than `total / 256` (at least 64).
    private(set) var runs: [ReducedPoint]? = []

    init(total: Int, firstIteration: Int, keepsSignChanges: Bool = true, side: Side? = nil) {
        self.total = total
        self.firstIteration = firstIteration
        self.keepsSignChanges = keepsSignChanges
        self.side = side
        low = SeriesFacts.Extreme(value: .infinity, iteration: firstIteration)
        high = SeriesFacts.Extreme(value: -.infinity, iteration: firstIteration)
    }

    /// The whole of `values` in one scan.
    static func scan(_ values: SeriesValues, firstIteration: Int, keepsSignChanges: Bool = true) -> SeriesScan {
        var scan = SeriesScan(total: values.count, firstIteration: firstIteration, keepsSignChanges: keepsSignChanges)
        scan.scan(values, upTo: values.count)
        return scan
    }

    /// Rows read per piece by `scan(_:firstIteration:keepsSignChanges:sides:)`: the rows of a
    /// column of four interleaved series (s of the AND gate) fill 256 KB, which stays in the cache
    /// while every series reads them.
    static let pieceRows = 8192

    /// Every series of `lanes` in one pass, piece by piece; `sides[l]`, when given, is tracked
    /// for series l.
    static func scan(
        _ lanes: [SeriesValues], firstIteration: Int, keepsSignChanges: Bool = true, sides: [Side?] = []
    ) -> [SeriesScan] {
        var scans = lanes.indices.map { l in
            SeriesScan(
                total: lanes[l].count, firstIteration: firstIteration, keepsSignChanges: keepsSignChanges,
                side: l < sides.count ? sides[l] : nil)
        }
        let longest = lanes.map(\.count).max() ?? 0
        // The series that read the same rows find the piece's repeating rows once, for all.
        let leaders = lanes.indices.map { l in lanes.indices.first { lanes[$0].sharesRows(with: lanes[l]) } ?? l }
        var end = 0
        while end < longest {
            let start = end
            end = min(end + pieceRows, longest)
            var repeating = [Int?](repeating: nil, count: lanes.count)
            for l in lanes.indices {
                let leader = leaders[l]
                let until =
                    repeating[leader] ?? lanes[leader].repeatingRows(from: start, to: min(end, lanes[leader].count))
                repeating[leader] = until
                scans[l].scan(lanes[l], upTo: end, repeatsUntil: scans[l].next == start ? until : 0)
            }
        }
        return scans
    }

    /// Reads the values from `next` up to index `end` (exclusive) of `values`; every value from
    /// `next` up to `repeatsUntil` repeats the one before it (`SeriesValues.repeatingRows`).
    mutating func scan(_ values: SeriesValues, upTo end: Int, repeatsUntil: Int = 0) {
        pieceEnd = min(end, total)
        values.visit(&self, repeatsUntil: repeatsUntil)
    }

    /// The facts of the values read (all of them, once the scan is complete).
    var facts: SeriesFacts {
        SeriesFacts(
            firstIteration: firstIteration, start: start, end: end, lastIteration: firstIteration + max(total - 1, 0),
            lastChange: lastChange, firstNonFinite: firstNonFinite, minimum: low, maximum: high,
            signChanges: signChanges,
            oscillation: tail.turns > 2 ? SeriesFacts.Swing(low: tail.low, high: tail.high) : nil)
    }

    mutating func visit<Reader: LaneReader>(_ reader: Reader) {
        let half = total / 2
        var i = next
        while i < pieceEnd {
            read(reader.value(i), at: i, half: half)
            i += 1
            // Values equal to the one before change nothing, except that the second half's swing
            // must see its first value.
            // Only a repeat is worth the call: most values of a run that never settles differ.
            guard i < pieceEnd, i != half, reader.value(i).bitPattern == previous.bitPattern else { continue }
            let runEnd = reader.runEnd(from: i, to: i < half ? min(half, pieceEnd) : pieceEnd)
            if runEnd > i, let side, side.wrong(previous) { lastWrong = runEnd - 1 }
            i = runEnd
        }
        next = i
    }

    /// Adds a run starting at `i`, or gives up the runs when they would save little.
    private mutating func record(_ value: Double, at i: Int) {
        guard runs != nil else { return }
        if let count = runs?.count, count >= max(total / 256, 64) {
            runs = nil
        } else {
            runs?.append(ReducedPoint(index: i, value: value))
        }
    }

    /// The step of `SeriesFacts` for value i.
    @inline(__always) private mutating func read(_ value: Double, at i: Int, half: Int) {
        let iteration = firstIteration + i
        let before = i > 0 ? previous : value
        if i == 0 { start = value }
        if i >= half && value.isFinite {
            tail.low = min(tail.low, value)
            tail.high = max(tail.high, value)
            if before.isFinite && before != value {
                let rising = value > before
                if let earlier = tail.rising, earlier != rising { tail.turns += 1 }
                tail.rising = rising
            }
        }
        if value.isFinite {
            end = value
            rangeLow = min(rangeLow, value)
            rangeHigh = max(rangeHigh, value)
            if value < low.value { low = SeriesFacts.Extreme(value: value, iteration: iteration) }
            if value > high.value { high = SeriesFacts.Extreme(value: value, iteration: iteration) }
            if value != 0 {
                if keepsSignChanges, let lastSign, lastSign != value.sign { signChanges.append(iteration) }
                lastSign = value.sign
            }
        } else if firstNonFinite == nil {
            firstNonFinite = iteration
        }
        // Bitwise, so that NaN after NaN is no change and -0 after 0 is one.
        if i > 0 && value.bitPattern != before.bitPattern { lastChange = iteration }
        if i == 0 || value.bitPattern != before.bitPattern { record(value, at: i) }
        if let side, side.wrong(value) { lastWrong = i }
        previous = value
    }
}
