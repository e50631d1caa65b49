import Foundation

/// The rows of a column that repeat the row before, found once for all the series of the column.
///
/// The scans read the series of one column (the AND gate's four s, stride 4) piece by piece, and
/// each stepped over a settled run value by value: at 10⁷ iterations four strided passes over each
/// piece took confidence.png's scan 21 ms. Comparing the piece's rows with the rows before them,
/// all at once, runs at the speed of the memory (about half that time), and every series of the
/// column then skips the repeating rows without reading them.
extension SeriesValues {
    /// Bytes compared per memcmp: long enough that the call costs little, short enough that the
    /// first block with a change ends the comparison soon after the change.
    static let repeatBlockBytes = 4096

    /// Whether `other` reads the same rows of the same column: the same array, stride and leading
    /// value presence, both offsets within the first row. Such series share `repeatingRows`.
    func sharesRows(with other: SeriesValues) -> Bool {
        guard stride == other.stride, (leading == nil) == (other.leading == nil), offset < stride,
            other.offset < stride
        else { return false }
        switch (storage, other.storage) {
        case (.doubles(let a), .doubles(let b)):
            return a.withUnsafeBytes { x in b.withUnsafeBytes { x.baseAddress == $0.baseAddress } }
        case (.counts(let a), .counts(let b)):
            return a.withUnsafeBytes { x in b.withUnsafeBytes { x.baseAddress == $0.baseAddress } }
        default: return false
        }
    }

    /// An index r in `from...end` such that every whole row of the column holding the values
    /// `from..<r` equals bitwise the row before it, so that each of those values of every series
    /// that `sharesRows` with this one repeats the value before it. `from` itself when rows wider
    /// than a cache line would make the comparison read bytes the series never need, and at the
    /// leading value and the column's first row, which have no row before them in the column.
    ///
    /// The result is at most a block of rows short of the first row that changes, or `end` from
    /// the column's `settledRow` on.
    func repeatingRows(from: Int, to end: Int) -> Int {
        let shift = leading == nil ? 0 : 1
        guard offset < stride, from - shift >= 1, from < end else { return from }
        // The log saw those rows repeat as it wrote them: nothing to read.
        if let settledRow, from - shift >= settledRow { return end }
        switch storage {
        case .doubles(let column):
            return Self.repeatingRows(column, stride: stride, rows: (from - shift)..<(end - shift)) + shift
        case .counts(let column):
            return Self.repeatingRows(column, stride: stride, rows: (from - shift)..<(end - shift)) + shift
        }
    }

    /// The first row r in `rows` (lowerBound ≥ 1) whose block of rows does not repeat the rows
    /// before it in `column`, block by block.
    private static func repeatingRows<Element>(_ column: [Element], stride: Int, rows: Range<Int>) -> Int {
        let rowBytes = stride * MemoryLayout<Element>.stride
        guard rowBytes <= 64 else { return rows.lowerBound }
        let block = Swift.max(repeatBlockBytes / rowBytes, 1)
        let available = Swift.min(rows.upperBound, column.count / stride)
        return column.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress else { return rows.lowerBound }
            var row = rows.lowerBound
            while row < available {
                let count = Swift.min(block, available - row)
                let start = base + row * rowBytes
                guard memcmp(start, start - rowBytes, count * rowBytes) == 0 else { return row }
                row += count
            }
            return Swift.max(row, rows.lowerBound)
        }
    }
}
