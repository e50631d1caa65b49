/// Unicode's explicit bidirectional formatting characters, and the removal of those that are not
/// paired, so that a right-to-left override in a title cannot turn around the page after it.
enum BidiControls {
    /// LRE, RLE, LRO, RLO: open an embedding or override, closed by PDF.
    static let embeddingOpeners: Set<UInt32> = [0x202A, 0x202B, 0x202D, 0x202E]
    /// PDF, which closes the innermost embedding or override.
    static let embeddingCloser: UInt32 = 0x202C
    /// LRI, RLI, FSI: open an isolate, closed by PDI.
    static let isolateOpeners: Set<UInt32> = [0x2066, 0x2067, 0x2068]
    /// PDI, which closes the innermost isolate (and embeddings opened inside it).
    static let isolateCloser: UInt32 = 0x2069

    /// True when the UTF-8 `bytes` hold one of the controls: U+202A…U+202E are encoded E2 80 AA…AE,
    /// U+2066…U+2069 E2 81 A6…A9. (E2 alone starts much of the pages' text: −, …, ≥, subscripts.)
    static func mayContain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index + 2 < bytes.count {
            if bytes[index] == 0xE2 {
                let (second, third) = (bytes[index + 1], bytes[index + 2])
                if (second == 0x80 && (0xAA...0xAE).contains(third))
                    || (second == 0x81 && (0xA6...0xA9).contains(third))
                {
                    return true
                }
            }
            index += 1
        }
        return false
    }

    /// `text` without the controls that are not paired (an opener never closed, a closer with
    /// nothing to close), following the pairing rules of UAX #9; paired ones are kept.
    static func removingUnpaired(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var unpaired = Set<Int>()
        var open: [(index: Int, isolate: Bool)] = []
        for (index, scalar) in scalars.enumerated() {
            let value = scalar.value
            if embeddingOpeners.contains(value) {
                open.append((index, false))
            } else if isolateOpeners.contains(value) {
                open.append((index, true))
            } else if value == embeddingCloser {
                if let last = open.last, !last.isolate { open.removeLast() } else { unpaired.insert(index) }
            } else if value == isolateCloser {
                if let isolate = open.lastIndex(where: { $0.isolate }) {
                    open.removeSubrange(isolate...)
                } else {
                    unpaired.insert(index)
                }
            }
        }
        unpaired.formUnion(open.map(\.index))
        guard !unpaired.isEmpty else { return text }
        var result = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() where !unpaired.contains(index) { result.append(scalar) }
        return String(result)
    }
}
