/// Reads just enough of a rendered page to find where its head's content starts and where
/// `<meta>` tags are; not an HTML parser, and it needs none: nnreport escapes every `<` of user
/// text, so every tag in a page comes from a template.
struct HTMLPrefixScanner {
    let bytes: [UInt8]

    /// The index right after the `<head …>` tag, when the page begins with nothing but
    /// whitespace, a doctype, comments and `<html …>` before it; else nil.
    mutating func skipToHeadContent() -> Int? {
        var index = 0
        if startsWith([0xEF, 0xBB, 0xBF], at: 0) { index = 3 }
        while true {
            index = skipSpace(from: index)
            if startsWith(Array("<!--".utf8), at: index) {
                guard let close = find(Array("-->".utf8), from: index + 4) else { return nil }
                index = close + 3
            } else if startsWithName("!doctype", at: index) || startsWithName("html", at: index) {
                index = tagEnd(from: index)
            } else if startsWithName("head", at: index) {
                let end = tagEnd(from: index)
                return end <= bytes.count && bytes[end - 1] == UInt8(ascii: ">") ? end : nil
            } else {
                return nil
            }
        }
    }

    /// The end of a `<meta>` tag at `index` that sets no http-equiv (charset, name=…), or nil.
    func harmlessMeta(at index: Int) -> Int? {
        guard startsWithName("meta", at: index) else { return nil }
        return attributeNames(ofTagAt: index).contains("http-equiv") ? nil : tagEnd(from: index)
    }

    /// The attribute names of the tag starting at `index`, lowercased; quoted values skipped, so
    /// text that merely mentions a name inside a value (a description) does not count.
    func attributeNames(ofTagAt index: Int) -> [String] {
        let end = tagEnd(from: index)
        var names: [String] = []
        var current: [UInt8] = []
        var position = index + 1
        // Skip the tag's own name.
        while position < end, ![0x20, 0x09, 0x0A, 0x0D, 0x0C, UInt8(ascii: ">")].contains(bytes[position]) {
            position += 1
        }
        while position < end {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                position += 1
                while position < end, bytes[position] != byte { position += 1 }
            } else if [0x20, 0x09, 0x0A, 0x0D, 0x0C, UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: "/")].contains(
                byte)
            {
                if !current.isEmpty { names.append(String(decoding: current, as: UTF8.self).lowercased()) }
                current = []
            } else {
                current.append(byte)
            }
            position += 1
        }
        if !current.isEmpty { names.append(String(decoding: current, as: UTF8.self).lowercased()) }
        return names
    }

    /// The first index at or after `index` that is not ASCII whitespace.
    func skipSpace(from index: Int) -> Int {
        var index = index
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D, 0x0C].contains(bytes[index]) { index += 1 }
        return index
    }

    /// True when `pattern` starts at `index`.
    func startsWith(_ pattern: [UInt8], at index: Int) -> Bool {
        index + pattern.count <= bytes.count && bytes[index..<index + pattern.count].elementsEqual(pattern)
    }

    /// True when "<" and the tag `name` (any case) start at `index`, followed by a space, "/" or ">".
    func startsWithName(_ name: String, at index: Int) -> Bool {
        let name = Array(name.utf8)
        guard index + name.count + 1 < bytes.count, bytes[index] == UInt8(ascii: "<") else { return false }
        for (offset, letter) in name.enumerated() where bytes[index + 1 + offset] | 0x20 != letter | 0x20 {
            return false
        }
        return [0x20, 0x09, 0x0A, 0x0D, 0x0C, UInt8(ascii: "/"), UInt8(ascii: ">")].contains(
            bytes[index + 1 + name.count])
    }

    /// The index after the `>` that ends the tag starting at `index` (quoted values skipped),
    /// or the end of the page.
    func tagEnd(from index: Int) -> Int {
        var index = index + 1
        var quote: UInt8?
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return index + 1
            }
            index += 1
        }
        return bytes.count
    }

    /// Every index where a tag `name` starts.
    func tagStarts(named name: String) -> [Int] {
        bytes.indices.filter { bytes[$0] == UInt8(ascii: "<") && startsWithName(name, at: $0) }
    }

    private func find(_ pattern: [UInt8], from index: Int) -> Int? {
        var index = index
        while index + pattern.count <= bytes.count {
            if startsWith(pattern, at: index) { return index }
            index += 1
        }
        return nil
    }
}
