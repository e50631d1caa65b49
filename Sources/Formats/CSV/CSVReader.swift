/// Reads the records of a CSV file (RFC 4180) one at a time, from UTF-8 bytes.
///
/// The rules, where RFC 4180 leaves a choice or is stricter than real files:
/// - Encoding: UTF-8 only. A UTF-8 byte order mark at the start is skipped; a UTF-16 or UTF-32
///   byte order mark, invalid UTF-8 or a NUL byte anywhere is an error.
/// - Line ends: CRLF, LF and a lone CR each end a record and each count as one physical line for
///   line numbers, also inside quoted fields, where they are kept as they are.
/// - Quotes: a field that starts with `"` is quoted, may hold commas and line ends, writes a quote
///   as `""`, and must be followed by a comma, a line end or the end of the file. A quoted field
///   that is never closed is reported at its opening quote; a quote inside an unquoted field
///   (including one after leading spaces) is an error.
/// - Spaces belong to the field (RFC 4180); trimming them is the caller's choice.
/// - Blank lines, empty or holding only spaces and tabs, are skipped anywhere, so trailing line
///   ends are harmless. (A one-column file therefore cannot have a blank-looking record; write
///   `""` for an empty field.)
/// - Shape: every record must have as many fields as the first (the header).
/// - Limits: at most `maximumFileBytes` in all, `maximumFieldBytes` in a field (counted between
///   the enclosing quotes) and `maximumFieldsPerRecord` fields in a record.
///
/// - Complexity: O(n) time over the bytes; memory O(largest record) beyond the bytes themselves.
public struct CSVReader: Sendable {
    /// The largest file accepted: 512 MB.
    public static let maximumFileBytes = 512 << 20
    /// The largest field accepted: 1 MB.
    public static let maximumFieldBytes = 1 << 20
    /// The most fields a record may have.
    public static let maximumFieldsPerRecord = 100_000

    /// The whole file.
    let bytes: [UInt8]
    /// The file name for errors.
    let file: String
    /// Where reading continues.
    var offset: Int
    /// The physical line at `offset`.
    var line = 1
    /// The field count of the first record, which every later record must match.
    private var expectedFieldCount: Int?

    /// Prepares to read `bytes`, checking the size and the byte order mark.
    ///
    /// - Parameter file: the name that errors report.
    public init(bytes: [UInt8], file: String) throws(CSVError) {
        guard bytes.count <= Self.maximumFileBytes else {
            throw CSVError(file: file, reason: .fileTooLarge(bytes: bytes.count))
        }
        if let encoding = Self.foreignEncoding(of: bytes) {
            throw CSVError(file: file, reason: .foreignEncoding(encoding))
        }
        self.bytes = bytes
        self.file = file
        self.offset = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    /// Reads the next record, or returns `nil` at the end of the file.
    public mutating func nextRecord() throws(CSVError) -> CSVRecord? {
        guard skipBlankLines() else { return nil }
        let startLine = line
        let keep = expectedFieldCount ?? Self.maximumFieldsPerRecord
        var fields: [String] = []
        var offsets: [Int] = []
        fields.reserveCapacity(expectedFieldCount ?? 16)
        offsets.reserveCapacity(expectedFieldCount ?? 16)
        var count = 0
        var firstExtra: Int?
        while true {
            let start = offset
            count += 1
            guard count <= Self.maximumFieldsPerRecord else { throw error(.tooManyFields, at: start) }
            let field = try readField()
            if count <= keep {
                fields.append(field)
                offsets.append(start)
            } else if firstExtra == nil {
                firstExtra = start
            }
            guard offset < bytes.count, bytes[offset] == Self.comma else { break }
            offset += 1
        }
        let end = offset
        skipLineEnd()
        if let expected = expectedFieldCount, count != expected {
            throw error(.raggedRow(fields: count, expected: expected), at: firstExtra ?? end)
        }
        expectedFieldCount = count
        return CSVRecord(fields: fields, line: startLine, fieldOffsets: offsets)
    }

    /// An error at byte `offset` of this file, for this reader or for a reader of its table.
    public func error<Reason: ErrorReason>(_ reason: Reason, at offset: Int) -> LocatedError<Reason> {
        LocatedError(file: file, reason: reason, at: offset, in: bytes)
    }

    // MARK: - Lines

    static let comma = UInt8(ascii: ",")
    static let quote = UInt8(ascii: "\"")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")

    /// Skips lines that are empty or hold only spaces and tabs; false at the end of the file.
    private mutating func skipBlankLines() -> Bool {
        while true {
            var probe = offset
            while probe < bytes.count, bytes[probe] == 0x20 || bytes[probe] == 0x09 { probe += 1 }
            guard probe < bytes.count else {
                offset = probe
                return false
            }
            guard bytes[probe] == Self.lineFeed || bytes[probe] == Self.carriageReturn else { return true }
            offset = probe
            skipLineEnd()
        }
    }

    /// Steps over the CRLF, LF or CR at `offset`, if any, counting the line.
    mutating func skipLineEnd() {
        guard offset < bytes.count else { return }
        if bytes[offset] == Self.carriageReturn {
            offset += 1
            if offset < bytes.count, bytes[offset] == Self.lineFeed { offset += 1 }
            line += 1
        } else if bytes[offset] == Self.lineFeed {
            offset += 1
            line += 1
        }
    }

    /// The encoding named by a UTF-16 or UTF-32 byte order mark at the start of `bytes`.
    private static func foreignEncoding(of bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) {
            return "UTF-32"
        }
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16" }
        return nil
    }
}
