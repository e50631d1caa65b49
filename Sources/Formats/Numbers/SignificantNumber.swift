/// Numbers as a table shows them for comparing: six significant digits, correctly rounded,
/// trailing zeros kept ("0.0500000" for 0.049999999999999954, "0.250000" for 0.25), decimals
/// from 0.0001 to 999,999 and scientific notation beyond ("1.87350e-16"), zero as "0", with the
/// ASCII minus sign, so that a number copied from the page pastes into Python or a spreadsheet.
/// Numbers of one magnitude line up digit for digit in a column of tabular figures.
public enum SignificantNumber {
    /// The significant digits shown.
    public static let digits = 6
    /// The room `write` needs at its destination.
    public static let room = 32

    /// The text of `value`.
    public static func text(_ value: Double) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * room) { scratch in
            guard let base = scratch.baseAddress else { return "" }
            let shortest = ShortestNumber.write(value, to: base)
            let length = write(value, shortest: UnsafeBufferPointer(start: base, count: shortest), to: base + room)
            return String(decoding: UnsafeBufferPointer(start: base + room, count: length), as: UTF8.self)
        }
    }

    /// Writes the text of `value`, whose shortest round-trip text (`ShortestNumber`) is
    /// `shortest`, at `destination`; returns its length.
    /// - Precondition: `destination` has room for `room` bytes.
    /// - Complexity: O(1): the digits come from the shortest text, which the caller usually has
    ///   already (it is within a hair of the value, so rounding it rounds the value); only a
    ///   shortest text that ends exactly halfway between two six-digit numbers, or a subnormal
    ///   value, needs the C library's correctly rounded printf.
    public static func write(
        _ value: Double, shortest: UnsafeBufferPointer<UInt8>, to destination: UnsafeMutablePointer<UInt8>
    ) -> Int {
        guard value.isFinite else {
            let text: StaticString = value.isNaN ? "nan" : value < 0 ? "-inf" : "inf"
            destination.update(from: text.utf8Start, count: text.utf8CodeUnitCount)
            return text.utf8CodeUnitCount
        }
        guard value != 0 else {
            destination[0] = UInt8(ascii: "0")
            return 1
        }
        // A subnormal's shortest text can be far from its value (5e-324 is 4.94066…e-324).
        guard abs(value) >= Double.leastNormalMagnitude else {
            return SignificantDigits(printed: value, digits: digits).write(negative: value < 0, to: destination)
        }
        var decimal = SignificantDigits(shortest)
        if decimal.count > digits {
            decimal = decimal.rounded(to: digits) ?? SignificantDigits(printed: value, digits: digits)
        }
        decimal.pad(to: digits)
        return decimal.write(negative: value < 0, to: destination)
    }
}
