import Testing

@testable import Charts

/// The fused scan (range, facts, threshold side, repeated values stepped over) and the reading
/// of series in place must find exactly what a plain loop over a copy finds.
@Suite("SeriesScan and SeriesValues: one pass in place, the same facts")
struct SeriesScanTests {
    /// Series with what the scans must not get wrong: runs of repeats (stepped over), NaN after
    /// NaN, ±∞, 0 and −0, sign changes, turns in the second half, and the lengths 0 to 3.
    static let cases: [[Double]] = {
        var cases: [[Double]] = [[], [1], [.nan], [0, -0.0], [-0.0, 0, 0], [1, 1, 1], [2, -2, 2]]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
        let specials: [Double] = [.nan, .infinity, -.infinity, 0, -0.0, 1, -1, 0.5, 1e300]
        for length in [4, 5, 17, 100, 1000, 20_000] {
            for _ in 0..<6 {
                var values: [Double] = []
                while values.count < length {
                    let value = specials[Int(next() % UInt64(specials.count))]
                    // Runs of up to 40 repeats, so that runs cross the middle and the pieces.
                    let repeats = Int(next() % 40) + 1
                    values += [Double](repeating: value, count: min(repeats, length - values.count))
                }
                cases.append(values)
            }
        }
        // A run that settles, as a converged training run does.
        cases.append((0..<50_000).map { $0 < 37 ? Double($0 % 5) - 2 : 0.25 })
        return cases
    }()

    @Test("the facts are those of the plain loop", arguments: cases.indices)
    func facts(_ index: Int) {
        let values = Self.cases[index]
        for first in [0, 1] {
            #expect(Self.same(SeriesFacts(values, firstIteration: first), Self.oracle(values, firstIteration: first)))
        }
    }

    @Test("scanning in pieces, several series together, finds the same facts and range", arguments: cases.indices)
    func pieces(_ index: Int) {
        let values = Self.cases[index]
        let reversed = Array(values.reversed())
        let scans = SeriesScan.scan([SeriesValues(values), SeriesValues(reversed)], firstIteration: 1)
        #expect(Self.same(scans[0].facts, Self.oracle(values, firstIteration: 1)))
        #expect(Self.same(scans[1].facts, Self.oracle(reversed, firstIteration: 1)))
        let range = DataRange(scans)
        let finite = (values + reversed).filter(\.isFinite)
        #expect(range.minimum?.bitPattern == finite.reduce(Double?.none) { min($0 ?? $1, $1) }?.bitPattern)
        #expect(range.maximum?.bitPattern == finite.reduce(Double?.none) { max($0 ?? $1, $1) }?.bitPattern)
        #expect(range.hasNonFinite == values.contains { !$0.isFinite })
    }

    @Test("reducing from the runs of equal values gives the points of reading every value", arguments: cases.indices)
    func fromRuns(_ index: Int) {
        let values = Self.cases[index]
        let scan = SeriesScan.scan(SeriesValues(values), firstIteration: 0)
        #expect(scan.runs != nil || values.count > 64)
        for columns in [3, 97, 1400] {
            let grid = ColumnReducerTests.grid(points: values.count, columns: columns)
            for range in [values.indices, min(5, values.count)..<values.count] {
                let read = ColumnReducer.reduce([SeriesValues(values)], ranges: [range], on: grid)[0]
                let fromRuns = ColumnReducer.reduce(
                    [SeriesValues(values)], ranges: [range], runs: [scan.runs], on: grid)[0]
                #expect(read.map(\.index) == fromRuns.map(\.index))
                #expect(read.map(\.value.bitPattern) == fromRuns.map(\.value.bitPattern))
                // The plain per-value reducer, without stepping over repeats.
                #expect(read.map(\.index) == Self.plainReduce(values, range, grid))
            }
        }
    }

    /// Column by column, the first, smallest, largest and last finite values and the first and
    /// last other ones, every value read: the reduction before the scans stepped over repeats.
    static func plainReduce(_ values: [Double], _ range: Range<Int>, _ grid: ColumnGrid) -> [Int] {
        var columns: [Int: [Int]] = [:]
        for i in range { columns[grid.column(i), default: []].append(i) }
        var kept: [Int] = []
        for column in columns.keys.sorted() {
            let members = columns[column] ?? []
            let finite = members.filter { values[$0].isFinite }
            let other = members.filter { !values[$0].isFinite }
            var chosen: Set<Int> = []
            if let first = finite.first, let last = finite.last {
                chosen.formUnion([first, last])
                var low = first, high = first
                for i in finite {
                    if values[i] < values[low] { low = i }
                    if values[i] > values[high] { high = i }
                }
                chosen.formUnion([low, high])
            }
            if let first = other.first, let last = other.last { chosen.formUnion([first, last]) }
            kept += chosen.sorted()
        }
        return kept
    }

    @Test("the last value on the wrong side of T", arguments: cases.indices)
    func side(_ index: Int) {
        let values = Self.cases[index]
        for labelOne in [false, true] {
            let side = SeriesScan.Side(threshold: 0.5, labelOne: labelOne)
            let scan = SeriesScan.scan([SeriesValues(values)], firstIteration: 1, sides: [side])[0]
            #expect(scan.lastWrong == values.lastIndex { side.wrong($0) })
        }
    }

    @Test("a strided view with a leading value reads what a copy holds, and reduces to the same points")
    func stridedView() {
        let column = Self.cases.last ?? []
        let stride = 3
        for offset in 0..<stride {
            let view = SeriesValues(.doubles(column), offset: offset, stride: stride, leading: -7)
            let copy = [-7] + Swift.stride(from: offset, to: column.count, by: stride).map { column[$0] }
            #expect(view.count == copy.count)
            #expect(view.indices.allSatisfy { view[$0].bitPattern == copy[$0].bitPattern })
            let grid = ColumnReducerTests.grid(points: copy.count, columns: 333)
            let inPlace = ColumnReducer.reduce([view], ranges: [2..<view.count], on: grid)[0]
            let fromCopy = ColumnReducer.reduce([SeriesValues(copy)], ranges: [2..<copy.count], on: grid)[0]
            #expect(inPlace == fromCopy)
            #expect(
                ColumnReducer.reduce([view], ranges: [view.indices], on: grid)[0]
                    == ColumnReducer.reduce(copy, on: grid))
        }
        let counts: [Int32] = [3, 3, 2, 2, 2, 0, 0, 1]
        let view = SeriesValues(.counts(counts))
        #expect(Array(view) == counts.map(Double.init))
        #expect(
            Self.same(
                SeriesScan.scan(view, firstIteration: 1).facts, Self.oracle(counts.map(Double.init), firstIteration: 1))
        )
    }

    @Test("several series reduced together give each one's own points")
    func severalReduced() {
        let a = ColumnReducerTests.walk(30_001), b = Self.cases.last ?? []
        let grid = ColumnReducerTests.grid(points: 50_000, columns: 700)
        let together = ColumnReducer.reduce(
            [SeriesValues(a), SeriesValues(b)], ranges: [0..<a.count, 10..<b.count], on: grid)
        #expect(together[0] == ColumnReducer.reduce(a, on: grid))
        let alone = ColumnReducer.reduce([SeriesValues(b)], ranges: [10..<b.count], on: grid)[0]
        #expect(together[1] == alone)
    }

    /// Equal, NaN and the sign of zero included (`==` of a Double says NaN ≠ NaN and 0 = −0).
    static func same(_ a: SeriesFacts, _ b: SeriesFacts) -> Bool { String(reflecting: a) == String(reflecting: b) }

    /// The facts as the loop before the fused scan computed them, value by value over a copy.
    static func oracle(_ values: [Double], firstIteration: Int) -> SeriesFacts {
        var end = Double.nan
        var lastChange: Int?
        var firstNonFinite: Int?
        var low = SeriesFacts.Extreme(value: .infinity, iteration: firstIteration)
        var high = SeriesFacts.Extreme(value: -.infinity, iteration: firstIteration)
        var signChanges: [Int] = []
        var lastSign: FloatingPointSign?
        var tail = (low: Double.infinity, high: -Double.infinity, turns: 0, rising: Bool?.none)
        let half = values.count / 2
        for (i, value) in values.enumerated() {
            let iteration = firstIteration + i
            if i >= half && value.isFinite {
                tail.low = min(tail.low, value)
                tail.high = max(tail.high, value)
                let previous = values[max(i - 1, 0)]
                if previous.isFinite && previous != value {
                    let rising = value > previous
                    if let before = tail.rising, before != rising { tail.turns += 1 }
                    tail.rising = rising
                }
            }
            if value.isFinite {
                end = value
                if value < low.value { low = SeriesFacts.Extreme(value: value, iteration: iteration) }
                if value > high.value { high = SeriesFacts.Extreme(value: value, iteration: iteration) }
                if value != 0 {
                    if let lastSign, lastSign != value.sign { signChanges.append(iteration) }
                    lastSign = value.sign
                }
            } else if firstNonFinite == nil {
                firstNonFinite = iteration
            }
            if i > 0 && value.bitPattern != values[i - 1].bitPattern { lastChange = iteration }
        }
        return SeriesFacts(
            firstIteration: firstIteration, start: values.first ?? .nan, end: end,
            lastIteration: firstIteration + max(values.count - 1, 0), lastChange: lastChange,
            firstNonFinite: firstNonFinite, minimum: low, maximum: high, signChanges: signChanges,
            oscillation: tail.turns > 2 ? SeriesFacts.Swing(low: tail.low, high: tail.high) : nil)
    }
}
