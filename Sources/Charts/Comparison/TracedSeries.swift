/// One quantity of a run over the iterations, kept small: the iterations are grouped in buckets
/// of `bucket` consecutive iterations, and of each bucket the first, smallest, largest and last
/// finite value and the first and last non-finite one are kept (M4, as `ColumnReducer` does per
/// pixel column). With buckets no wider than a pixel column the chart drawn from these points
/// is the chart of every value; with `bucket` 1 the points are every value.
public struct TracedSeries: Sendable, Equatable {
    /// The iterations of the kept points, ascending.
    public private(set) var iterations: [Int32] = []
    /// The values at those iterations (NaN or ±∞ where the run overflowed).
    public private(set) var values: [Double] = []

    /// A series of exactly these points (iterations ascending).
    init(points: [(Int32, Double)]) {
        iterations = points.map(\.0)
        values = points.map(\.1)
    }

    /// The number of points kept.
    public var count: Int { iterations.count }

    /// The points of `values`, value i at iteration `firstIteration + i`, in buckets of `bucket` iterations.
    ///
    /// - Complexity: O(n) time; O(6 n / bucket) memory.
    public init<Values: Collection>(_ values: Values, firstIteration: Int, bucket: Int)
    where Values.Element == Double {
        let width = max(bucket, 1)
        var current = Int.min
        var kept = BucketExtremes()
        var x = firstIteration
        for value in values {
            let index = x >= 0 ? x / width : (x - width + 1) / width
            if index != current {
                kept.append(to: &self)
                kept = BucketExtremes()
                current = index
            }
            kept.add(value, at: x)
            x += 1
        }
        kept.append(to: &self)
    }

    /// The last finite value and its iteration, if any.
    public var lastFinite: (iteration: Int, value: Double)? {
        guard let index = values.lastIndex(where: \.isFinite) else { return nil }
        return (Int(iterations[index]), values[index])
    }

    /// The first finite value and its iteration, if any.
    public var firstFinite: (iteration: Int, value: Double)? {
        guard let index = values.firstIndex(where: \.isFinite) else { return nil }
        return (Int(iterations[index]), values[index])
    }

    /// The first iteration whose value is not finite, if any.
    public var firstNonFinite: Int? {
        values.firstIndex { !$0.isFinite }.map { Int(iterations[$0]) }
    }

    fileprivate mutating func append(_ iteration: Int, _ value: Double) {
        iterations.append(Int32(clamping: iteration))
        values.append(value)
    }
}

/// The extreme points of one bucket while it is being scanned.
private struct BucketExtremes {
    private var first: (Int, Double)?
    private var smallest: (Int, Double)?
    private var largest: (Int, Double)?
    private var last: (Int, Double)?
    private var firstOther: (Int, Double)?
    private var lastOther: (Int, Double)?

    mutating func add(_ value: Double, at x: Int) {
        if value.isFinite {
            if first == nil { first = (x, value) }
            last = (x, value)
            if value < smallest?.1 ?? .infinity { smallest = (x, value) }
            if value > largest?.1 ?? -.infinity { largest = (x, value) }
        } else {
            if firstOther == nil { firstOther = (x, value) }
            lastOther = (x, value)
        }
    }

    func append(to series: inout TracedSeries) {
        var kept = [first, smallest, largest, last, firstOther, lastOther].compactMap { $0 }
        kept.sort { $0.0 < $1.0 }
        var previous = Int.min
        for (x, value) in kept where x != previous {
            series.append(x, value)
            previous = x
        }
    }
}
