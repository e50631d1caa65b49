// Bytes appended from static text, for the history rows.
extension Array where Element == UInt8 {
    /// Appends the bytes of `text` without going through a String (no reference counting, no
    /// UTF-8 view): a million rows append some thirty pieces each.
    mutating func append(static text: StaticString) {
        append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }
}
