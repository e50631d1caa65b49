import Formats

/// The numbers of the history rows: shown at six significant digits in a cell, or exact (the
/// shortest round-trip text) in a `<code>`, both from one cached shortest text per value.
struct NumberWriter: ~Copyable {
    private var cache = ShortestTextCache()
    private let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: 2 * ShortestNumber.room)

    deinit { scratch.deallocate() }

    /// Appends a cell holding `value` at six significant digits.
    mutating func shown(_ value: Double, _ out: inout [UInt8]) {
        out.append(static: "<td>")
        let shortest = UnsafeBufferPointer(start: scratch, count: write(value))
        let length = SignificantNumber.write(value, shortest: shortest, to: scratch + ShortestNumber.room)
        out.append(contentsOf: UnsafeBufferPointer(start: scratch + ShortestNumber.room, count: length))
    }

    /// Appends " <code>value</code>" with the exact value.
    mutating func exact(_ value: Double, _ out: inout [UInt8]) {
        out.append(static: " <code>")
        out.append(contentsOf: UnsafeBufferPointer(start: scratch, count: write(value)))
        out.append(static: "</code>")
    }

    /// Writes the shortest text of `value` at the scratch space and returns its length.
    private mutating func write(_ value: Double) -> Int {
        value.isFinite ? cache.write(value, to: scratch) : ShortestNumber.write(value, to: scratch)
    }
}
