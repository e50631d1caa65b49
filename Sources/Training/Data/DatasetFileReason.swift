import Formats

/// Why a CSV file could not be read as a dataset, and where.
public typealias DatasetFileError = LocatedError<DatasetFileReason>

/// What is wrong with a CSV file as a dataset: its text (`csv`), or what its cells mean.
public enum DatasetFileReason: ErrorReason {
    /// The file or its RFC 4180 text.
    case csv(CSVReason)
    case noDataRows
    case noFeatureColumns
    case tooManyFeatures(Int)
    case tooManySamples
    case emptyHeader(column: Int)
    case invalidHeader(column: Int, problem: String)
    case duplicateHeader(String, firstColumn: Int)
    case headerLooksLikeData
    case notANumber(cell: String, column: String, problem: String)
    case invalidLabel(cell: String, column: String)
    case invalidDataset(DatasetError)

    public var sentence: String {
        switch self {
        case .csv(let reason):
            return reason.sentence
        case .noDataRows:
            return "the file has a header row but no data rows; add at least one row of numbers."
        case .noFeatureColumns:
            return "the header has only one column; a CSV dataset needs at least one feature column "
                + "before the label column (the last one)."
        case .tooManyFeatures(let count):
            return "the file has \(count) feature columns; at most \(Dataset.maximumFeatures) are supported."
        case .tooManySamples:
            return "the file has more than \(Dataset.maximumSamples) data rows, the most supported."
        case .emptyHeader(let column):
            return "column \(column) has no name in the header row; give every column a name."
        case .invalidHeader(let column, let problem):
            return "the name of column \(column) \(problem); column names are one line of at most "
                + "\(Dataset.maximumNameLength) characters."
        case .duplicateHeader(let name, let firstColumn):
            return "the column name \(SourceLocation.quoted(name)) is used twice (first for column \(firstColumn)); "
                + "column names must be distinct."
        case .headerLooksLikeData:
            return "the first row holds only numbers, but it must name the columns; add a header row such "
                + "as x1,x2,label above the data."
        case .notANumber(let cell, let column, let problem):
            let what =
                cell.isEmpty
                ? "the cell in column \(SourceLocation.quoted(column))"
                : "the value \(SourceLocation.quoted(cell)) in column \(SourceLocation.quoted(column))"
            return "\(what) \(problem); write plain decimal numbers such as 0.5, -2 or 1.5e-3."
        case .invalidLabel(let cell, let column):
            return "the label \(SourceLocation.quoted(cell)) in column \(SourceLocation.quoted(column)) is neither 0 "
                + "nor 1; the last column holds the labels, which must be 0 or 1."
        case .invalidDataset(let error):
            return error.description
        }
    }
}
