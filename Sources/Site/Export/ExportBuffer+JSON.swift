// JSON pieces for `HistoryJSON`: strings escaped per RFC 8259 and safe inside an HTML <script>.
extension ExportBuffer {
    /// Appends `string` as a quoted JSON string.
    ///
    /// `"` and `\` are escaped, control characters become `\u00XX`; for embedding in HTML,
    /// `</` becomes `<\/` (so no `</script>` can close the element), `<!--` becomes
    /// `\u003c!--` (which would switch a script element's parsing state), and U+2028 and
    /// U+2029 become `\u2028` and `\u2029` (line terminators in older JavaScript).
    mutating func appendJSONString(_ string: String) throws(OutputError) {
        let bytes = Array(string.utf8)
        try append(UInt8(ascii: "\""))
        var index = 0
        while index < bytes.count {
            let byte = bytes[index], rest = bytes[(index + 1)...]
            var consumed = 1
            switch byte {
            case UInt8(ascii: "\""): try append("\\\"")
            case UInt8(ascii: "\\"): try append("\\\\")
            case 0..<0x20: try appendUnicodeEscape(UInt16(byte))
            case UInt8(ascii: "<") where rest.first == UInt8(ascii: "/"):
                try append("<\\/")
                consumed = 2
            case UInt8(ascii: "<") where rest.starts(with: "!--".utf8): try appendUnicodeEscape(0x3C)
            case 0xE2 where rest.starts(with: [0x80, 0xA8]) || rest.starts(with: [0x80, 0xA9]):
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8.
                try appendUnicodeEscape(rest.dropFirst().first == 0xA8 ? 0x2028 : 0x2029)
                consumed = 3
            default: try append(byte)
            }
            index += consumed
        }
        try append(UInt8(ascii: "\""))
    }

    /// Appends `\uXXXX` with four lowercase hex digits.
    private mutating func appendUnicodeEscape(_ code: UInt16) throws(OutputError) {
        let hex: StaticString = "0123456789abcdef"
        try append("\\u")
        for shift in [12, 8, 4, 0] as [UInt16] {
            try append(hex.utf8Start[Int((code >> shift) & 0xF)])
        }
    }

    /// Appends `[a,b,…]` of JSON numbers (`null` for the non-finite) from `values[range]`.
    mutating func appendJSONArray(_ values: [Double], _ range: Range<Int>? = nil) throws(OutputError) {
        try append(UInt8(ascii: "["))
        for index in range ?? values.indices {
            if index != (range ?? values.indices).lowerBound { try append(UInt8(ascii: ",")) }
            try appendJSONNumber(values[index])
        }
        try append(UInt8(ascii: "]"))
    }

    /// Appends `[a,b,…]` of integers from `values[range]`.
    mutating func appendJSONArray<Integer: BinaryInteger>(_ values: [Integer], _ range: Range<Int>? = nil)
        throws(OutputError)
    {
        try append(UInt8(ascii: "["))
        for index in range ?? values.indices {
            if index != (range ?? values.indices).lowerBound { try append(UInt8(ascii: ",")) }
            try appendInteger(Int(values[index]))
        }
        try append(UInt8(ascii: "]"))
    }

    /// Appends `[` strings `]`.
    mutating func appendJSONArray(_ values: [String]) throws(OutputError) {
        try append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { try append(UInt8(ascii: ",")) }
            try appendJSONString(value)
        }
        try append(UInt8(ascii: "]"))
    }

    /// Appends an integer, or `null` for nil.
    mutating func appendJSONInteger(_ value: Int?) throws(OutputError) {
        if let value { try appendInteger(value) } else { try append("null") }
    }
}
