/// One row of a CSV file: its fields, unquoted, and the physical line it starts on.
public struct CSVRecord: Equatable, Sendable {
    /// The fields, with quotes removed and `""` turned into `"`; spaces are kept.
    public let fields: [String]
    /// The 1-based physical line the row starts on.
    public let line: Int
    /// The byte offset of each field's first byte (its opening quote when quoted), for errors.
    package let fieldOffsets: [Int]
}
