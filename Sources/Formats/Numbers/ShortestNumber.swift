/// Numbers as text in the shortest form that reads back to the same double: the one printer of
/// every number the exports, the logs and the messages write exactly.
///
/// `1.0` → "1", `1e-05` → "1e-5", `1.8735013540549517e-16` stays, `-0.0` → "-0";
/// non-finite values are "nan", "inf" and "-inf", as Python's `float()` reads them.
public enum ShortestNumber {
    /// The room `write` needs at its destination. The longest double text is 24 bytes
    /// ("-2.2250738585072014e-308"), the longest integer 20.
    public static let room = 32

    /// The shortest round-trip text of `value`.
    public static func text(_ value: Double) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: room) { scratch in
            guard let base = scratch.baseAddress else { return value.description }
            return String(decoding: UnsafeBufferPointer(start: base, count: write(value, to: base)), as: UTF8.self)
        }
    }

    /// Writes `text(value)` as UTF-8 at `destination` and returns its length.
    ///
    /// Swift's `description` already has the shortest round-trip digits; only its spelling of
    /// integral values ("1.0") and exponents ("e+16", "e-05") is longer than needed, and is
    /// trimmed in place. The digits come from the standard library's formatter writing into
    /// `destination` itself: `description` would allocate a string for every number of more than
    /// 15 bytes, most of a log's (a third of the time of writing a network's history).
    /// - Precondition: `destination` has room for `room` bytes.
    /// - Complexity: O(1).
    public static func write(_ value: Double, to destination: UnsafeMutablePointer<UInt8>) -> Int {
        guard value.isFinite else {
            let text: StaticString = value.isNaN ? "nan" : value < 0 ? "-inf" : "inf"
            destination.update(from: text.utf8Start, count: text.utf8CodeUnitCount)
            return text.utf8CodeUnitCount
        }
        // The formatter expects its buffer filled with "0" (it writes some digits over them).
        destination.initialize(repeating: UInt8(ascii: "0"), count: room)
        let written = standardLibraryFormat(destination, UInt(room), value, false)
        return trim(destination, count: Int(min(written, UInt64(room))))
    }

    /// Writes the decimal digits of `value`, with a "-" when negative, and returns their count.
    /// - Precondition: `destination` has room for `room` bytes.
    public static func write(_ value: Int, to destination: UnsafeMutablePointer<UInt8>) -> Int {
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

    /// Appends the shortest text of `value` to `bytes`.
    public static func append(_ value: Double, to bytes: inout [UInt8]) {
        append(to: &bytes) { write(value, to: $0) }
    }

    /// Appends the decimal digits of `value` to `bytes`.
    public static func append(_ value: Int, to bytes: inout [UInt8]) {
        append(to: &bytes) { write(value, to: $0) }
    }

    // MARK: - Helpers

    private static func append(to bytes: inout [UInt8], _ write: (UnsafeMutablePointer<UInt8>) -> Int) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: room) { scratch in
            guard let base = scratch.baseAddress else { return }
            bytes.append(contentsOf: UnsafeBufferPointer(start: base, count: write(base)))
        }
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

/// The standard library's own entry to `Double.description`'s digits (the runtime's
/// `swift_float64ToString`, kept for the ABI since Swift 4; the standard library declares it the
/// same way): writes into `buffer` and returns the length, without allocating.
@_silgen_name("swift_float64ToString")
private func standardLibraryFormat(
    _ buffer: UnsafeMutablePointer<UInt8>, _ bufferLength: UInt, _ value: Double, _ debug: Bool
) -> UInt64
