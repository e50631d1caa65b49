import Formats

extension Dataset {
    /// Reads a dataset from CSV text: a header row naming the features and then the label, and
    /// one row per sample.
    ///
    /// Beyond the syntax rules of `CSVReader`:
    /// - The last column holds the labels, each exactly 0 or 1 (`1.0` is 1); every column before
    ///   it is a feature. At least one feature column and one data row are needed, at most
    ///   `Dataset.maximumFeatures` feature columns and `Dataset.maximumSamples` rows.
    /// - Header names and cells are trimmed of surrounding spaces and tabs. Names must be
    ///   non-empty, distinct, one line (no control characters) of at most 100 characters; a first
    ///   row of only numbers is taken for a missing header.
    /// - Cells are read by `DecimalNumber.parse` (plain decimal numbers; no NaN, infinity, hex,
    ///   decimal commas or thousands separators); errors say why a cell is not a number.
    /// - The dataset is named after the file's last path component.
    ///
    /// - Parameter file: the path or name that errors report.
    /// - Complexity: O(n) time; memory of the numbers plus one record at a time.
    public static func csv(_ bytes: [UInt8], file: String) throws(DatasetFileError) -> Dataset {
        var reader = try syntax { () throws(CSVError) in try CSVReader(bytes: bytes, file: file) }
        guard let header = try syntax({ () throws(CSVError) in try reader.nextRecord() }) else {
            throw DatasetFileError(file: file, reason: .csv(.emptyFile))
        }
        let names = try featureAndLabelNames(of: header, reader: reader)
        let featureCount = names.count - 1
        var features = [[Double]](repeating: [], count: featureCount)
        var labels: [Double] = []
        while let record = try syntax({ () throws(CSVError) in try reader.nextRecord() }) {
            guard labels.count < maximumSamples else {
                throw reader.error(.tooManySamples, at: record.fieldOffsets[0])
            }
            for column in 0..<featureCount {
                features[column].append(try number(in: record, column: column, names: names, reader: reader))
            }
            let label = try number(in: record, column: featureCount, names: names, reader: reader)
            guard label == 0 || label == 1 else {
                let cell = String(trimmingSpaces(record.fields[featureCount]))
                throw reader.error(
                    .invalidLabel(cell: cell, column: names[featureCount]), at: record.fieldOffsets[featureCount])
            }
            labels.append(label)
        }
        guard !labels.isEmpty else { throw DatasetFileError(file: file, reason: .noDataRows) }
        let name = file.split(separator: "/").last.map(String.init) ?? file
        do {
            return try Dataset(
                name: name, featureNames: Array(names.dropLast()), features: features, labels: labels)
        } catch {
            // The checks above leave nothing for the initializer to refuse; kept for safety.
            throw DatasetFileError(file: file, reason: .invalidDataset(error))
        }
    }

    /// Reads a dataset from the CSV file at `path` (see `csv(_:file:)`); a missing, unreadable
    /// or too large file (over `CSVReader.maximumFileBytes`, checked before reading) is an error.
    public static func csv(contentsOf path: String) throws(DatasetFileError) -> Dataset {
        try csv(syntax { () throws(CSVError) in try CSVFile.read(path) }, file: path)
    }

    /// `read`'s result, its CSV errors told as the dataset's.
    private static func syntax<Value>(_ read: () throws(CSVError) -> Value) throws(DatasetFileError) -> Value {
        do {
            return try read()
        } catch {
            throw error.mapped(DatasetFileReason.csv)
        }
    }

    /// The trimmed header names, checked: two columns or more, a bounded number, none empty, all
    /// distinct, and not all numbers.
    private static func featureAndLabelNames(of header: CSVRecord, reader: CSVReader) throws(DatasetFileError)
        -> [String]
    {
        let names = header.fields.map { String(trimmingSpaces($0)) }
        guard names.count >= 2 else { throw reader.error(.noFeatureColumns, at: header.fieldOffsets[0]) }
        guard names.count - 1 <= maximumFeatures else {
            throw reader.error(.tooManyFeatures(names.count - 1), at: header.fieldOffsets[maximumFeatures])
        }
        var firstColumn: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            guard !name.isEmpty else {
                throw reader.error(.emptyHeader(column: index + 1), at: header.fieldOffsets[index])
            }
            if let problem = nameProblem(name) {
                throw reader.error(.invalidHeader(column: index + 1, problem: problem), at: header.fieldOffsets[index])
            }
            if let first = firstColumn[name] {
                throw reader.error(.duplicateHeader(name, firstColumn: first), at: header.fieldOffsets[index])
            }
            firstColumn[name] = index + 1
        }
        if names.allSatisfy({ DecimalNumber.parse($0) != nil }) {
            throw reader.error(.headerLooksLikeData, at: header.fieldOffsets[0])
        }
        return names
    }

    /// The number in `column` of `record`, trimmed of spaces and tabs.
    private static func number(
        in record: CSVRecord, column: Int, names: [String], reader: CSVReader
    ) throws(DatasetFileError) -> Double {
        let cell = trimmingSpaces(record.fields[column])
        if let value = DecimalNumber.parse(cell) { return value }
        let problem = DecimalNumber.problem(with: cell) ?? "is not a number"
        throw reader.error(
            .notANumber(cell: String(cell), column: names[column], problem: problem), at: record.fieldOffsets[column])
    }

    /// `text` without the spaces and tabs around it.
    private static func trimmingSpaces(_ text: String) -> Substring {
        // Spaces and tabs are ASCII, so UTF-8 indices here are also character boundaries.
        let utf8 = text.utf8
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
        var start = utf8.startIndex
        var end = utf8.endIndex
        while start < end, isSpace(utf8[start]) { start = utf8.index(after: start) }
        while start < end, isSpace(utf8[utf8.index(before: end)]) { end = utf8.index(before: end) }
        return text[start..<end]
    }
}
