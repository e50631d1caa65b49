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
    /// The points of `values` to draw on `grid`; value i (an index of `values`, which may be a
    /// slice) lies at x = grid.firstX + i.
    static func reduce<Values: RandomAccessCollection>(_ values: Values, on grid: ColumnGrid) -> [ReducedPoint]
    where Values.Element == Double, Values.Index == Int {
        var points: [ReducedPoint] = []
        var i = values.startIndex
        let end = values.endIndex
        points.reserveCapacity(min(values.count, 4 * 4096))
        while i < end {
            let next = grid.endOfColumn(from: i, end: end)
            var kept = ColumnSummary()
            for j in i..<next { kept.add(values[j], at: j) }
            kept.append(to: &points)
            i = next
        }
        return points
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
