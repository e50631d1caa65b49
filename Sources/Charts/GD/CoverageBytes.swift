/// The coverage bytes of a `StrokeLayer`, allocated without zeroing: a layer spans its clip (a
/// chart's whole plot, 1.4 MB at most) while its strokes touch a few percent of it, and zeroing
/// every layer cost more than drawing into it. The layer zeroes the columns a stroke adds to a
/// row's written span before writing them, and reads nothing outside those spans.
final class CoverageBytes {
    /// The first byte; `count` bytes, only those inside the layer's spans initialised.
    let base: UnsafeMutablePointer<UInt8>
    /// How many bytes there are.
    let count: Int

    /// `count` bytes, none initialised.
    init(count: Int) {
        self.count = count
        base = .allocate(capacity: max(count, 1))
    }

    deinit { base.deallocate() }

    /// A copy of the bytes inside `spans` (`width` a row, columns from 0), for a layer that is
    /// about to change while another value still holds these.
    func copy(spans: [(first: Int, last: Int)], width: Int) -> CoverageBytes {
        let copy = CoverageBytes(count: count)
        for (row, span) in spans.enumerated() where span.first <= span.last {
            let start = row * width + span.first
            (copy.base + start).initialize(from: base + start, count: span.last - span.first + 1)
        }
        return copy
    }
}
