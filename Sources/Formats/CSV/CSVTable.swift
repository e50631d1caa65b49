/// A whole CSV file in memory: the header row and the rows under it.
///
/// Reads by the rules of `CSVReader`. For large inputs that go somewhere else (a dataset), read
/// record by record with `CSVReader` instead, which keeps only one record at a time.
struct CSVTable: Equatable, Sendable {
    /// The first record's fields; empty when the file holds no records.
    public let header: [String]
    /// The records after the header, each with the line it starts on.
    public let rows: [CSVRecord]

    /// Reads every record of `bytes`.
    ///
    /// - Parameter file: the name that errors report.
    /// - Complexity: O(n) time; memory proportional to the fields read.
    public init(bytes: [UInt8], file: String) throws(CSVError) {
        var reader = try CSVReader(bytes: bytes, file: file)
        header = try reader.nextRecord()?.fields ?? []
        var rows: [CSVRecord] = []
        while let record = try reader.nextRecord() { rows.append(record) }
        self.rows = rows
    }
}
