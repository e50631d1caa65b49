// The one HTML-escaping implementation of nnreport: every user string that reaches a page goes
// through here, whether a template prints it with {{name}} or other code escapes it directly.

/// `text` with `&`, `<`, `>`, `"` and `'` replaced by `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&#39;`,
/// and bidirectional controls that are not paired removed (see `BidiControls`).
///
/// Safe in element content and in quoted attribute values. Returns `text` itself, without
/// copying, when it holds none of the five characters and no bidirectional control.
/// - Complexity: O(*n*) in the UTF-8 length of `text`.
public func escapeHTML(_ text: String) -> String {
    var text = text
    let clean = text.withUTF8 { firstEscapeIndex(in: $0) == nil && !BidiControls.mayContain($0) }
    if clean {
        return text
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count + 32)
    appendEscapedHTML(text, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
}

/// Appends `text` to `output` escaped as `escapeHTML(_:)` does, without an intermediate string.
///
/// Unchanged runs between the five characters are copied in one piece each.
func appendEscapedHTML(_ text: String, to output: inout [UInt8]) {
    var text = text
    if text.withUTF8({ BidiControls.mayContain($0) }) { text = BidiControls.removingUnpaired(text) }
    text.withUTF8 { bytes in
        var runStart = 0
        while let index = firstEscapeIndex(in: bytes, from: runStart) {
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            switch bytes[index] {
            case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
            default: output.append(contentsOf: "&#39;".utf8)
            }
            runStart = index + 1
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }
}

/// The index of the first byte at or after `start` that must be escaped, if any.
///
/// All five characters are ASCII below `?` (0x3F), so one comparison rejects most bytes, and
/// UTF-8 continuation bytes (0x80 and up) can never match.
private func firstEscapeIndex(in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
    var index = start
    while index < bytes.count {
        let byte = bytes[index]
        if byte < 0x3F {
            switch byte {
            case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"):
                return index
            default: break
            }
        }
        index += 1
    }
    return nil
}
