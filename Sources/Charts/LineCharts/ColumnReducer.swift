/// Reduces a series to at most six points per pixel column, so that drawing costs O(width)
/// whatever the length of the series, and no spike is lost.
///
/// For each column it keeps, in index order, the first, smallest, largest and last finite
/// values (M4 aggregation: Jugel et al., PVLDB 7(10), 2014) and the first and last non-finite
/// ones. Within a column every point is drawn at the same x, so the segments between its points
/// are vertical and cover exactly [smallest, largest]; the first and last points keep the joins
/// to the neighbouring columns. The drawing of the reduced series is therefore the drawing of
/// the full series, pixel for pixel, for finite data.
///
/// - Complexity: O(n) time, one pass; O(columns) memory.
enum ColumnReducer {
    /// The points of `values` to draw on `grid`; value i lies at x = grid.firstX + i.
    static func reduce(_ values: [Double], on grid: ColumnGrid) -> [ReducedPoint] {
        reduce([SeriesValues(values)], ranges: [values.indices], on: grid)[0]
    }

    /// The points of each series to draw on `grid`, of `ranges[l]` of `lanes[l]` (value i at
    /// x = grid.firstX + i). Column by column, every series in turn: the series of one column of
    /// the log (W, s) share its memory, which is then read once from RAM, not once per series.
    ///
    /// `runs[l]`, when given, lists where each run of equal values of series l starts
    /// (`SeriesScan.runs`); the series is then reduced from its runs, without reading it again.
    static func reduce(
        _ lanes: [SeriesValues], ranges: [Range<Int>], runs: [[ReducedPoint]?] = [], on grid: ColumnGrid
    ) -> [[ReducedPoint]] {
        var points = [[ReducedPoint]](repeating: [], count: lanes.count)
        guard let lower = ranges.map(\.lowerBound).min(), let upper = ranges.map(\.upperBound).max() else {
            return points
        }
        for l in lanes.indices { points[l].reserveCapacity(min(ranges[l].count, 4 * 4096)) }
        var cursors = lanes.indices.map { l in
            l < runs.count ? runs[l].map { RunCursor(runs: $0, count: lanes[l].count) } : nil
        }
        var i = lower
        while i < upper {
            // A column's members depend on their index alone, so one partition serves every series.
            let next = grid.endOfColumn(from: i, end: upper)
            for l in lanes.indices {
                let range = ranges[l].clamped(to: i..<next)
                guard !range.isEmpty else { continue }
                if cursors[l] != nil {
                    cursors[l]?.summarize(range).append(to: &points[l])
                    continue
                }
                var column = ColumnScan(range: range)
                lanes[l].visit(&column)
                column.kept.append(to: &points[l])
            }
            i = next
        }
        return points
    }
}

/// Scans one column of one series, stepping over repeated values: a value equal to the one
/// before moves only the column's last point (the extremes keep their first occurrence).
private struct ColumnScan: LaneVisitor {
    let range: Range<Int>
    var kept = ColumnSummary()

    mutating func visit<Reader: LaneReader>(_ reader: Reader) {
        var j = range.lowerBound
        let end = range.upperBound
        while j < end {
            let value = reader.value(j)
            kept.add(value, at: j)
            j += 1
            guard j < end, reader.value(j).bitPattern == value.bitPattern else { continue }
            let runEnd = reader.runEnd(from: j, to: end)
            if runEnd > j { kept.repeatLast(value, upTo: runEnd - 1) }
            j = runEnd
        }
    }
}

/// Reduces a series from the starts of its runs of equal values, column after column: each run
/// within a column adds its first point and repeats it to its last, as `ColumnScan` does when it
/// steps over the run.
private struct RunCursor {
    let runs: [ReducedPoint]
    /// The length of the series.
    let count: Int
    /// The run that contains the start of the next column.
    var run = 0

    /// The summary of the column `range`, which starts at or after the previous one's end.
    mutating func summarize(_ range: Range<Int>) -> ColumnSummary {
        var kept = ColumnSummary()
        while run + 1 < runs.count && runs[run + 1].index <= range.lowerBound { run += 1 }
        var j = range.lowerBound
        while j < range.upperBound && run < runs.count {
            let value = runs[run].value
            let runEnd = run + 1 < runs.count ? runs[run + 1].index : count
            let stop = min(runEnd, range.upperBound)
            kept.add(value, at: j)
            if stop - 1 > j { kept.repeatLast(value, upTo: stop - 1) }
            j = stop
            if j == runEnd { run += 1 }
        }
        return kept
    }
}

/// The extreme points of one column while it is being scanned; indices are -1 until seen.
private struct ColumnSummary {
    var first = ReducedPoint(index: -1, value: 0)
    var last = ReducedPoint(index: -1, value: 0)
    var smallest = ReducedPoint(index: -1, value: .infinity)
    var largest = ReducedPoint(index: -1, value: -.infinity)
    var firstOther = ReducedPoint(index: -1, value: .nan)
    var lastOther = ReducedPoint(index: -1, value: .nan)

    mutating func add(_ value: Double, at index: Int) {
        let point = ReducedPoint(index: index, value: value)
        if value.isFinite {
            if first.index < 0 { first = point }
            last = point
            if value < smallest.value { smallest = point }
            if value > largest.value { largest = point }
        } else {
            if firstOther.index < 0 { firstOther = point }
            lastOther = point
        }
    }

    /// `value`, just added, repeats up to index `last`.
    mutating func repeatLast(_ value: Double, upTo last: Int) {
        if value.isFinite {
            self.last = ReducedPoint(index: last, value: value)
        } else {
            lastOther = ReducedPoint(index: last, value: value)
        }
    }

    func append(to points: inout [ReducedPoint]) {
        var kept = [first, smallest, largest, last, firstOther, lastOther].filter { $0.index >= 0 }
        kept.sort { $0.index < $1.index }
        var previous = -1
        for point in kept where point.index != previous {
            points.append(point)
            previous = point.index
        }
    }
}
