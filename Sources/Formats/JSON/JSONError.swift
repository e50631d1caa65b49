/// Why a JSON file could not be read, or why a value in it does not fit, and where.
public typealias JSONError = LocatedError<JSONReason>
