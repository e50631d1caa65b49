/// Numbers written as UTF-8 text into byte buffers without allocating, for the data exports.
enum NumberText {
    /// The room `writeShortest` and `writeInteger` need at their destination. The longest
    /// double text is 24 bytes ("-2.2250738585072014e-308"), the longest integer 20.
    static let room = 32

    /// Writes `ShortestNumber.text(value)` at `destination` and returns its length: the
    /// shortest text that reads back to the same double; "nan", "inf" and "-inf" otherwise.
    ///
    /// Swift's `Double.write(to:)` (the same code as `description`) gives the shortest
    /// round-trip digits but spells integral values "1.0" and exponents "e+16" or "e-05";
    /// they are trimmed in place exactly as `ShortestNumber` trims them.
    /// - Precondition: `destination` has room for `NumberText.room` bytes.
    /// - Complexity: O(1), no heap allocation.
    static func writeShortest(_ value: Double, to destination: UnsafeMutablePointer<UInt8>) -> Int {
        guard value.isFinite else { return writeNonFinite(value, to: destination) }
        var stream = DigitStream(base: destination, capacity: room)
        value.write(to: &stream)
        return trim(destination, count: stream.count)
    }

    /// Appends `ShortestNumber.text(value)` to `bytes` (see `writeShortest`).
    static func appendShortest(_ value: Double, to bytes: inout [UInt8]) {
        append(to: &bytes) { writeShortest(value, to: $0) }
    }

    /// Writes the decimal digits of `value`, with a "-" when negative, and returns their count.
    /// - Precondition: `destination` has room for `NumberText.room` bytes.
    static func writeInteger(_ value: Int, to destination: UnsafeMutablePointer<UInt8>) -> Int {
        var magnitude = value.magnitude
        var length = value < 0 ? 1 : 0
        var rest = magnitude
        repeat {
            length += 1
            rest /= 10
        } while rest > 0
        if value < 0 { destination[0] = UInt8(ascii: "-") }
        var index = length
        repeat {
            index -= 1
            destination[index] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
        return length
    }

    /// Appends the decimal digits of `value` to `bytes`.
    static func appendInteger(_ value: Int, to bytes: inout [UInt8]) {
        append(to: &bytes) { writeInteger(value, to: $0) }
    }

    // MARK: - Helpers

    private static func append(to bytes: inout [UInt8], _ write: (UnsafeMutablePointer<UInt8>) -> Int) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: room) { scratch in
            guard let base = scratch.baseAddress else { return }
            let length = write(base)
            bytes.append(contentsOf: UnsafeBufferPointer(start: base, count: length))
        }
    }

    private static func writeNonFinite(_ value: Double, to destination: UnsafeMutablePointer<UInt8>) -> Int {
        let text: StaticString = value.isNaN ? "nan" : value < 0 ? "-inf" : "inf"
        destination.update(from: text.utf8Start, count: text.utf8CodeUnitCount)
        return text.utf8CodeUnitCount
    }

    /// Trims a finite double's `description` text of `count` bytes at `text` in place: drops a
    /// ".0" before the end or before the exponent, and the exponent's "+" and leading zeros.
    /// Returns the new length.
    private static func trim(_ text: UnsafeMutablePointer<UInt8>, count: Int) -> Int {
        let dot = UInt8(ascii: "."), zero = UInt8(ascii: "0"), e = UInt8(ascii: "e")
        // The exponent, when there is one, is at most "e+308": look only at the last 5 bytes.
        var exponent = count
        for index in stride(from: count - 1, through: max(count - 5, 0), by: -1) where text[index] == e {
            exponent = index
        }
        var length = exponent
        if length >= 2, text[length - 2] == dot, text[length - 1] == zero { length -= 2 }
        guard exponent < count else { return length }
        text[length] = e
        length += 1
        var index = exponent + 1
        if text[index] == UInt8(ascii: "-") {
            text[length] = text[index]
            length += 1
            index += 1
        } else if text[index] == UInt8(ascii: "+") {
            index += 1
        }
        while index < count - 1, text[index] == zero { index += 1 }
        while index < count {
            text[length] = text[index]
            length += 1
            index += 1
        }
        return length
    }
}
