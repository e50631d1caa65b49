/// Why a CSV file could not be read as a table, and where.
public typealias CSVError = LocatedError<CSVReason>
