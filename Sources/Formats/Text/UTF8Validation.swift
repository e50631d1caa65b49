/// Strict UTF-8 checks for the hand-written parsers (CSV here, JSON in ReportCLI), which need the
/// offset of the first bad byte to point at it; the standard library only says yes or no.
///
/// Follows the Unicode well-formed byte sequences table (Unicode 15, table 3-7): no overlong
/// forms, no surrogates (U+D800–U+DFFF), nothing above U+10FFFF.
package enum UTF8Validation {
    /// The length (1–4) of the well-formed sequence starting at `index`, or `nil` when the bytes
    /// there are not well-formed UTF-8 (or the sequence is cut off by `end`).
    package static func sequenceLength(_ bytes: [UInt8], at index: Int, end: Int) -> Int? {
        let lead = bytes[index]
        if lead < 0x80 { return 1 }
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; secondRange = 0x80...0x9F
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; secondRange = 0x80...0x8F
        default: return nil
        }
        guard index + length <= end, secondRange.contains(bytes[index + 1]) else { return nil }
        for next in (index + 2)..<(index + length) where bytes[next] & 0xC0 != 0x80 {
            return nil
        }
        return length
    }

    /// The offset of the first byte of `range` that does not start a well-formed sequence
    /// inside `range`, or `nil` when the whole range is valid UTF-8.
    ///
    /// - Complexity: O(n), with a fast path for ASCII.
    package static func firstInvalidOffset(in bytes: [UInt8], range: Range<Int>) -> Int? {
        var index = range.lowerBound
        while index < range.upperBound {
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            guard let length = sequenceLength(bytes, at: index, end: range.upperBound) else { return index }
            index += length
        }
        return nil
    }
}
