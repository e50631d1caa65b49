/// The coverage bytes of one `StrokeLayer` and, for each row, the columns it may have written:
/// the buffer comes zeroed from `CoveragePool` and goes back to it when the layer is gone,
/// cleared again in the spans written, so that no layer clears (or faults in) its whole clip.
final class CoverageCells {
    /// Bytes per row.
    let width: Int
    /// Rows.
    let height: Int
    /// At least width × height bytes, row after row; zero outside the rows' spans.
    private var bytes: [UInt8]
    /// For each row, the first and last column written; first > last when none was.
    private var spans: [(first: Int, last: Int)]
    /// The first and last row with a span; first > last when none has one.
    private(set) var rows: (first: Int, last: Int) = (Int.max, Int.min)

    /// Zero coverage over `width` × `height` pixels.
    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        bytes = CoveragePool.take(count: width * height)
        spans = Array(repeating: (Int.max, Int.min), count: height)
    }

    /// A copy with its own buffer, for a layer whose copy is about to change.
    func copy() -> CoverageCells {
        let copy = CoverageCells(width: width, height: height)
        copy.rows = rows
        copy.spans = spans
        bytes.withUnsafeBufferPointer { from in
            copy.bytes.withUnsafeMutableBufferPointer { to in
                guard let from = from.baseAddress, let to = to.baseAddress, rows.first <= rows.last else { return }
                for y in rows.first...rows.last where spans[y].first <= spans[y].last {
                    let start = y * width + spans[y].first
                    (to + start).update(from: from + start, count: spans[y].last - spans[y].first + 1)
                }
            }
        }
        return copy
    }

    deinit {
        clear()
        CoveragePool.give(bytes)
    }

    /// Zeroes the rows' spans.
    private func clear() {
        guard rows.first <= rows.last else { return }
        let (width, rows, spans) = (width, rows, spans)
        bytes.withUnsafeMutableBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return }
            for y in rows.first...rows.last where spans[y].first <= spans[y].last {
                (base + y * width + spans[y].first).update(repeating: 0, count: spans[y].last - spans[y].first + 1)
            }
        }
    }

    /// Runs `body` with the bytes (row y, column x at y × width + x) and the rows' spans, which
    /// it must widen to every byte it makes non-zero, and marks rows `touched` as having spans.
    @discardableResult func write<Result>(
        rows touched: ClosedRange<Int>,
        _ body: (_ bytes: UnsafeMutablePointer<UInt8>, _ spans: UnsafeMutablePointer<(first: Int, last: Int)>) -> Result
    ) -> Result? {
        rows = (min(rows.first, touched.lowerBound), max(rows.last, touched.upperBound))
        return bytes.withUnsafeMutableBufferPointer { bytes in
            spans.withUnsafeMutableBufferPointer { spans in
                guard let bytes = bytes.baseAddress, let spans = spans.baseAddress else { return nil }
                return body(bytes, spans)
            }
        }
    }

    /// Runs `body` with the bytes and the rows' spans.
    @discardableResult func read<Result>(
        _ body: (_ bytes: UnsafePointer<UInt8>, _ spans: UnsafePointer<(first: Int, last: Int)>) -> Result
    ) -> Result? {
        bytes.withUnsafeBufferPointer { bytes in
            spans.withUnsafeBufferPointer { spans in
                guard let bytes = bytes.baseAddress, let spans = spans.baseAddress else { return nil }
                return body(bytes, spans)
            }
        }
    }
}
