extension HTMLMarkup {
    /// Reads bytes in the tokenizer's data state.
    struct Scanner {
        let bytes: [UInt8]
        var index = 0

        static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        static func isSpace(_ byte: UInt8) -> Bool { [0x09, 0x0A, 0x0C, 0x0D, 0x20].contains(byte) }

        func peek(_ offset: Int = 0) -> UInt8? {
            index + offset < bytes.count ? bytes[index + offset] : nil
        }

        func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

        /// The next piece of markup, skipping text; nil at the end.
        mutating func next() -> Token? {
            while index < bytes.count {
                guard bytes[index] == 0x3C, let following = peek(1) else {
                    index += 1
                    continue
                }
                if Self.isLetter(following) {
                    index += 1
                    return startTag()
                }
                if following == 0x2F, let letter = peek(2), Self.isLetter(letter) {
                    index += 2
                    let name = self.name()
                    skip(past: 0x3E)
                    return .end(name)
                }
                if following == 0x21 || following == 0x3F || following == 0x2F {
                    return commentOrDeclaration()
                }
                index += 1
            }
            return nil
        }

        /// A tag name or attribute name, lowercased, ending at space, "/", ">" (or "=").
        mutating func name(stopAtEquals: Bool = false) -> String {
            let start = index
            while let byte = peek(), !Self.isSpace(byte), byte != 0x2F, byte != 0x3E,
                !(stopAtEquals && byte == 0x3D && index > start)
            {
                index += 1
            }
            return text(start..<index).lowercased()
        }

        mutating func startTag() -> Token {
            let name = self.name()
            var attributes: [Attribute] = []
            while let byte = peek() {
                if Self.isSpace(byte) || byte == 0x2F {
                    index += 1
                    continue
                }
                if byte == 0x3E {
                    index += 1
                    break
                }
                let attribute = self.name(stopAtEquals: true)
                while let space = peek(), Self.isSpace(space) { index += 1 }
                var value = ""
                if peek() == 0x3D {
                    index += 1
                    while let space = peek(), Self.isSpace(space) { index += 1 }
                    value = self.value()
                }
                attributes.append(Attribute(name: attribute, value: value))
            }
            return .start(name, attributes)
        }

        mutating func value() -> String {
            guard let first = peek() else { return "" }
            if first == 0x22 || first == 0x27 {
                index += 1
                let start = index
                while let byte = peek(), byte != first { index += 1 }
                defer { index += 1 }
                return text(start..<index)
            }
            let start = index
            while let byte = peek(), !Self.isSpace(byte), byte != 0x3E { index += 1 }
            return text(start..<index)
        }

        mutating func commentOrDeclaration() -> Token {
            if peek(1) == 0x21, peek(2) == 0x2D, peek(3) == 0x2D {
                index += 4
                let start = index
                while index < bytes.count, !(bytes[index] == 0x2D && peek(1) == 0x2D && peek(2) == 0x3E) {
                    index += 1
                }
                defer { index = min(index + 3, bytes.count) }
                return .comment(text(start..<index))
            }
            index += 2
            let start = index
            skip(past: 0x3E)
            return .declaration(text(start..<max(start, index - 1)).lowercased())
        }

        mutating func skip(past byte: UInt8) {
            while let current = peek(), current != byte { index += 1 }
            index = min(index + 1, bytes.count)
        }

        /// Skips raw text or character data up to "</name" followed by space, "/" or ">".
        mutating func skip(untilEndTag name: String) -> String {
            let start = index
            let closing = Array(("</" + name).utf8)
            while index < bytes.count {
                if index + closing.count <= bytes.count,
                    zip(bytes[index..<index + closing.count], closing).allSatisfy({ $0 | 0x20 == $1 | 0x20 }),
                    let after = peek(closing.count), Self.isSpace(after) || after == 0x2F || after == 0x3E
                {
                    return text(start..<index)
                }
                index += 1
            }
            return text(start..<index)
        }
    }
}
