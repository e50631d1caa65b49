import Testing

@testable import Charts

/// The series of one column skip the rows that repeat, found once for all of them
/// (`SeriesValues.repeatingRows`): the facts must be those of each series read alone.
@Suite("Series of one column: the repeating rows found once, the same facts")
struct SharedRowsTests {
    /// Columns of `lanes` interleaved series: settled runs that change at, just before and just
    /// after the scans' piece boundaries and the memcmp blocks, with NaN, ±∞ and ±0, and one lane
    /// changing while the others repeat.
    static func columns(lanes: Int) -> [[Double]] {
        let rows = 3 * SeriesScan.pieceRows + 5
        let changes = [
            1, 2, 37, 127, 128, 129, 511, 512, 513, SeriesScan.pieceRows - 1, SeriesScan.pieceRows,
            SeriesScan.pieceRows + 1, 2 * SeriesScan.pieceRows, rows - 1,
        ]
        let specials: [Double] = [.nan, .infinity, -.infinity, 0, -0.0, 1, -1, 0.5]
        var settled: [Double] = []
        var oneLane: [Double] = []
        var everyRow: [Double] = []
        var value = 0
        for row in 0..<rows {
            if changes.contains(row) { value += 1 }
            for lane in 0..<lanes {
                settled.append(specials[(value + lane) % specials.count])
                oneLane.append(lane == lanes - 1 ? Double(row % 3) : specials[(value + lane) % specials.count])
                everyRow.append(Double(row &* 31 % 7) - 3)
            }
        }
        let constant = [Double](repeating: .nan, count: rows * lanes)
        return [
            settled, oneLane, everyRow, constant, [], Array(settled.prefix(lanes)), Array(settled.prefix(3 * lanes)),
        ]
    }

    @Test("every series of a column scanned together has the facts, range and runs of its copy", arguments: [1, 2, 4])
    func together(_ lanes: Int) {
        for column in Self.columns(lanes: lanes) {
            for leading in [nil, -0.0] as [Double?] {
                let views = (0..<lanes).map {
                    SeriesValues(.doubles(column), offset: $0, stride: lanes, leading: leading)
                }
                let sides = (0..<lanes).map { SeriesScan.Side(threshold: 0.5, labelOne: $0 % 2 == 0) }
                let scans = SeriesScan.scan(views, firstIteration: 1, sides: sides)
                for lane in 0..<lanes {
                    let copy =
                        (leading.map { [$0] } ?? [])
                        + Swift.stride(from: lane, to: column.count, by: lanes).map { column[$0] }
                    let alone = SeriesScan.scan([SeriesValues(copy)], firstIteration: 1, sides: [sides[lane]])[0]
                    #expect(SeriesScanTests.same(scans[lane].facts, SeriesScanTests.oracle(copy, firstIteration: 1)))
                    #expect(scans[lane].lastWrong == copy.lastIndex { sides[lane].wrong($0) })
                    #expect(scans[lane].rangeLow.bitPattern == alone.rangeLow.bitPattern)
                    #expect(scans[lane].rangeHigh.bitPattern == alone.rangeHigh.bitPattern)
                    // Bitwise, NaN included.
                    #expect(
                        scans[lane].runs?.map { [$0.index, Int(bitPattern: UInt($0.value.bitPattern))] }
                            == alone.runs?.map { [$0.index, Int(bitPattern: UInt($0.value.bitPattern))] })
                }
            }
        }
    }

    @Test("counts read together have the facts of their copies")
    func counts() {
        let column = (0..<(2 * SeriesScan.pieceRows + 9)).map { Int32($0 < 40 ? $0 % 3 : $0 == 9000 ? 7 : 1) }
        let interleaved = column.flatMap { [$0, 2 - $0 % 2] }
        let scans = SeriesScan.scan(
            (0..<2).map { SeriesValues(.counts(interleaved), offset: $0, stride: 2) }, firstIteration: 1)
        for lane in 0..<2 {
            let copy = Swift.stride(from: lane, to: interleaved.count, by: 2).map { Double(interleaved[$0]) }
            #expect(SeriesScanTests.same(scans[lane].facts, SeriesScanTests.oracle(copy, firstIteration: 1)))
        }
    }

    @Test("the repeating rows end at most a block before the first row that changes", arguments: [1, 2, 4])
    func repeatingRows(_ lanes: Int) {
        for column in Self.columns(lanes: lanes) {
            let view = SeriesValues(.doubles(column), offset: lanes - 1, stride: lanes)
            let rows = column.count / lanes
            let blockRows = SeriesValues.repeatBlockBytes / (8 * lanes)
            for from in [0, 1, 2, 127, 128, 500, SeriesScan.pieceRows] where from <= rows {
                let until = view.repeatingRows(from: from, to: rows)
                let repeats = { (row: Int) in
                    (0..<lanes).allSatisfy {
                        column[row * lanes + $0].bitPattern == column[(row - 1) * lanes + $0].bitPattern
                    }
                }
                #expect(from...max(from, rows) ~= until)
                #expect((from..<until).allSatisfy(repeats))
                let firstChange = (max(from, 1)..<max(rows, 1)).first { !repeats($0) } ?? rows
                #expect(from == 0 || until + blockRows > firstChange)
            }
        }
    }

    @Test("rows the log saw settle are skipped unread, and only those", arguments: [1, 2, 4])
    func settledRows(_ lanes: Int) {
        for column in Self.columns(lanes: lanes) {
            let rows = column.count / lanes
            let repeats = { (row: Int) in
                (0..<lanes).allSatisfy {
                    column[row * lanes + $0].bitPattern == column[(row - 1) * lanes + $0].bitPattern
                }
            }
            // The first row of the final run of repeating rows, as the log records it.
            var settled = rows
            while settled >= 2, repeats(settled - 1) { settled -= 1 }
            let view = SeriesValues(.doubles(column), offset: lanes - 1, stride: lanes, settledRow: settled)
            let plain = SeriesValues(.doubles(column), offset: lanes - 1, stride: lanes)
            for from in [0, 1, 2, 127, 128, 500, settled - 1, settled, settled + 1, SeriesScan.pieceRows]
            where from >= 0 && from <= rows {
                let until = view.repeatingRows(from: from, to: rows)
                #expect((from..<until).allSatisfy(repeats))
                #expect(from < max(settled, 1) || until == rows)
                #expect(from >= settled || until == plain.repeatingRows(from: from, to: rows))
            }
        }
    }

    @Test("series share rows only when they read the same rows of the same array")
    func sharing() {
        let column: [Double] = [1, 2, 3, 4, 5, 6]
        let other = column.map { $0 }
        let a = SeriesValues(.doubles(column), offset: 0, stride: 2)
        #expect(a.sharesRows(with: SeriesValues(.doubles(column), offset: 1, stride: 2)))
        #expect(!a.sharesRows(with: SeriesValues(.doubles(column), offset: 1, stride: 3)))
        #expect(!a.sharesRows(with: SeriesValues(.doubles(column), offset: 1, stride: 2, leading: 0)))
        #expect(!a.sharesRows(with: SeriesValues(.doubles(column), offset: 2, stride: 2)))
        #expect(!a.sharesRows(with: SeriesValues(.counts([1, 2, 3, 4, 5, 6]), offset: 1, stride: 2)))
        var copy = other
        copy[0] = 0
        #expect(!a.sharesRows(with: SeriesValues(.doubles(copy), offset: 1, stride: 2)))
    }
}
