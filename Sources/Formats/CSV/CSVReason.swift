/// Why a CSV file could not be read as a table, and where.
public typealias CSVError = LocatedError<CSVReason>

/// What is wrong with a CSV file as a file or as RFC 4180 text; `sentence` says it to the user.
/// What the cells mean (numbers, labels, names) is for the reader of the table to judge.
public enum CSVReason: ErrorReason {
    // MARK: - The file
    case fileNotFound
    case notAFile
    case unreadable(String)
    case fileTooLarge(bytes: Int)
    case emptyFile

    // MARK: - The bytes
    case foreignEncoding(String)
    case invalidUTF8
    case nulByte

    // MARK: - The CSV syntax (RFC 4180)
    case unterminatedQuote
    case quoteInUnquotedField(afterSpaces: Bool)
    case textAfterClosingQuote
    case fieldTooLarge
    case tooManyFields
    case raggedRow(fields: Int, expected: Int)

    /// What is wrong and how to fix it, in whole sentences.
    public var sentence: String {
        switch self {
        case .fileNotFound:
            return "there is no such file; check the path."
        case .notAFile:
            return "this is a folder, not a CSV file; name the CSV file itself."
        case .unreadable(let cause):
            return "the file cannot be read (\(cause)); check that it exists and that you may read it."
        case .fileTooLarge(let bytes):
            return "the file has \(bytes) bytes; CSV files of at most \(CSVReader.maximumFileBytes) bytes "
                + "(512 MB) are supported."
        case .emptyFile:
            return "the file holds no rows; a CSV dataset needs a header row (the feature names, then the "
                + "label name) and at least one row of numbers."
        case .foreignEncoding(let encoding):
            return SourceLocation.foreignEncodingSentence(encoding)
        case .invalidUTF8:
            return SourceLocation.invalidUTF8Sentence
        case .nulByte:
            return SourceLocation.nulByteSentence
        case .unterminatedQuote:
            return "the quoted field that starts here is never closed; add the closing quote (\"), "
                + "and double every quote inside the field (\"\")."
        case .quoteInUnquotedField(afterSpaces: true):
            return "spaces come before this quote, so the field is not quoted; remove the spaces between "
                + "the comma and the opening quote."
        case .quoteInUnquotedField(afterSpaces: false):
            return "a quote appears inside a field that does not start with a quote; enclose the whole "
                + "field in quotes and double the quote inside it (\"\")."
        case .textAfterClosingQuote:
            return "text follows the closing quote of a quoted field; put the comma right after the "
                + "closing quote, or double the quote (\"\") if it belongs to the field."
        case .fieldTooLarge:
            return "the field that starts here is larger than 1 MB (\(CSVReader.maximumFieldBytes) bytes), "
                + "the most a field may hold; check for a missing closing quote."
        case .tooManyFields:
            return "this row has more than \(CSVReader.maximumFieldsPerRecord) fields, the most supported."
        case .raggedRow(let fields, let expected):
            return "this row has \(fields) field\(fields == 1 ? "" : "s") but the header row has \(expected); "
                + "give every row one field per column."
        }
    }

    /// `text` in double quotes, cut to 40 characters, with line breaks and controls escaped.
    static func quoted(_ text: String) -> String { SourceLocation.quoted(text) }
}
