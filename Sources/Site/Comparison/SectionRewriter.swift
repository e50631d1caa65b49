/// Makes a page's body one section of a longer page: every id gets a prefix (and every
/// reference to one: `href="#…"`, `for`, `headers`, `aria-labelledby`, `aria-describedby`,
/// `aria-controls`), and headings move one level down (h1 becomes h2), so several runs'
/// walkthroughs fit in one file without two elements sharing an id.
///
/// Not an HTML parser, and it needs none: every tag of a page comes from a template (user text
/// is escaped), so a `<` in the markup always starts a tag, a comment or a doctype.
struct SectionRewriter {
    /// Put before every id, such as "run-fast-".
    let prefix: String

    /// Attributes whose value is a list of ids.
    private static let idLists: Set<String> = [
        "id", "for", "headers", "aria-labelledby", "aria-describedby", "aria-controls",
    ]

    /// `html` with its ids prefixed and its headings one level down.
    ///
    /// - Complexity: O(n) in the UTF-8 length.
    func rewrite(_ html: String) -> String {
        let bytes = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                output.append(bytes[index])
                index += 1
                continue
            }
            if Self.starts(bytes, "<!--", at: index) {
                let end = Self.find(bytes, "-->", from: index + 4).map { $0 + 3 } ?? bytes.count
                output.append(contentsOf: bytes[index..<end])
                index = end
                continue
            }
            index = tag(bytes, at: index, into: &output)
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Copies the tag at `start` into `output`, rewritten; returns the index after it.
    private func tag(_ bytes: [UInt8], at start: Int, into output: inout [UInt8]) -> Int {
        var index = start + 1
        let closing = index < bytes.count && bytes[index] == UInt8(ascii: "/")
        if closing { index += 1 }
        let nameStart = index
        while index < bytes.count, !Self.isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">"),
            bytes[index] != UInt8(ascii: "/")
        {
            index += 1
        }
        var name = Array(bytes[nameStart..<index])
        // h1…h5 become h2…h6.
        if name.count == 2, name[0] | 0x20 == UInt8(ascii: "h"),
            (UInt8(ascii: "1")...UInt8(ascii: "5")).contains(name[1])
        {
            name[1] += 1
        }
        output.append(UInt8(ascii: "<"))
        if closing { output.append(UInt8(ascii: "/")) }
        output.append(contentsOf: name)
        // Attributes up to the tag's end.
        while index < bytes.count, bytes[index] != UInt8(ascii: ">") {
            let byte = bytes[index]
            if Self.isSpace(byte) || byte == UInt8(ascii: "/") {
                output.append(byte)
                index += 1
                continue
            }
            let attributeStart = index
            while index < bytes.count, !Self.isSpace(bytes[index]), bytes[index] != UInt8(ascii: "="),
                bytes[index] != UInt8(ascii: ">")
            {
                index += 1
            }
            let attribute = String(decoding: bytes[attributeStart..<index], as: UTF8.self).lowercased()
            output.append(contentsOf: bytes[attributeStart..<index])
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { continue }
            output.append(UInt8(ascii: "="))
            index += 1
            var quote: UInt8?
            if index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                quote = bytes[index]
                index += 1
            }
            let valueStart = index
            while index < bytes.count,
                quote.map({ bytes[index] != $0 }) ?? (!Self.isSpace(bytes[index]) && bytes[index] != UInt8(ascii: ">"))
            {
                index += 1
            }
            let value = Array(bytes[valueStart..<index])
            if let quote { output.append(quote) }
            output.append(contentsOf: rewritten(value, of: attribute))
            if let quote, index < bytes.count, bytes[index] == quote {
                output.append(quote)
                index += 1
            }
        }
        if index < bytes.count {
            output.append(UInt8(ascii: ">"))
            index += 1
        }
        return index
    }

    /// An attribute's value with its ids prefixed.
    private func rewritten(_ value: [UInt8], of attribute: String) -> [UInt8] {
        let prefix = Array(escapeHTML(self.prefix).utf8)
        if attribute == "href" {
            guard value.count > 1, value[0] == UInt8(ascii: "#") else { return value }
            return [UInt8(ascii: "#")] + prefix + value.dropFirst()
        }
        guard Self.idLists.contains(attribute) else { return value }
        var output: [UInt8] = []
        var atWordStart = true
        for byte in value {
            if Self.isSpace(byte) {
                atWordStart = true
            } else if atWordStart {
                output.append(contentsOf: prefix)
                atWordStart = false
            }
            output.append(byte)
        }
        return output
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    private static func starts(_ bytes: [UInt8], _ text: String, at index: Int) -> Bool {
        let pattern = Array(text.utf8)
        return index + pattern.count <= bytes.count && bytes[index..<(index + pattern.count)].elementsEqual(pattern)
    }

    private static func find(_ bytes: [UInt8], _ text: String, from index: Int) -> Int? {
        let pattern = Array(text.utf8)
        guard pattern.count <= bytes.count else { return nil }
        var position = index
        while position + pattern.count <= bytes.count {
            if bytes[position..<(position + pattern.count)].elementsEqual(pattern) { return position }
            position += 1
        }
        return nil
    }
}
