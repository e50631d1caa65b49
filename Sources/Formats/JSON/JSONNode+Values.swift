extension JSONNode {
    /// The number, or an error naming the path when the value is not a number.
    public func double() throws(JSONError) -> Double {
        guard case .number(let number) = value else { throw wrongType(expected: "a number") }
        return number.value
    }

    /// The whole number: an integer literal (`12`), or a number whose value is whole and exactly
    /// representable (`1e6`, `100.0`); an error otherwise, or when it does not fit an `Int`.
    public func int() throws(JSONError) -> Int {
        guard case .number(let number) = value else { throw wrongType(expected: "a whole number") }
        if number.isIntegerLiteral {
            guard let integer = Int(number.text) else {
                throw error(.integerOutOfRange(path: path, text: number.text))
            }
            return integer
        }
        guard number.value == number.value.rounded() else {
            throw error(.notAnInteger(path: path, text: number.text))
        }
        // Beyond 2^53 a double no longer stands for one whole number.
        guard abs(number.value) <= 9_007_199_254_740_992 else {
            throw error(.integerOutOfRange(path: path, text: number.text))
        }
        return Int(number.value)
    }

    /// The string, or an error naming the path when the value is not a string.
    public func string() throws(JSONError) -> String {
        guard case .string(let text) = value else { throw wrongType(expected: "a string") }
        return text
    }

    /// The boolean, or an error naming the path when the value is not `true` or `false`.
    public func bool() throws(JSONError) -> Bool {
        guard case .bool(let flag) = value else { throw wrongType(expected: "true or false") }
        return flag
    }

    /// Whether the value is `null`.
    public var isNull: Bool {
        if case .null = value { return true }
        return false
    }

    /// The elements of the array, each with its path (`path[0]`, `path[1]`, …) and place.
    public func elements() throws(JSONError) -> [JSONNode] {
        guard case .array(let elements) = value else { throw wrongType(expected: "an array") }
        return elements.enumerated().map { index, element in
            JSONNode(value: element.value, path: "\(path)[\(index)]", file: file, offset: element.offset, bytes: bytes)
        }
    }

    /// The numbers of an array of numbers; an error names the first element that is not one.
    public func doubles() throws(JSONError) -> [Double] {
        try elements().map { element throws(JSONError) in try element.double() }
    }
}
