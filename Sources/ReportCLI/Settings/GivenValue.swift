import Formats
import Training

/// A setting's value as the user gave it, before it is read: the text of a flag, or the JSON of
/// a config key. Each kind of value has one reader here, the same for both spellings, so a number
/// typed as a flag and the same number written in a config file go through one parser.
struct GivenValue {
    enum Form {
        case text(String)
        case json(JSONNode)
    }

    let form: Form
    /// Where it was given, for messages.
    let source: SettingSource
    /// The config file it was read from, to resolve paths written relative to it.
    var configFile: String? = nil

    /// A value the setting cannot take: said with where it came from.
    func invalid(_ shown: String, _ reason: String) -> SettingError {
        .usage(.invalidValue(setting: source.description, value: shown, reason: reason))
    }

    /// A flag's text or a JSON string.
    func text() throws(SettingError) -> String {
        switch form {
        case .text(let text): return text
        case .json(let node): return try json { () throws(JSONError) in try node.string() }
        }
    }

    /// A finite decimal number: `DecimalNumber` reads a flag's text and a JSON number's literal alike.
    func number() throws(SettingError) -> Double {
        switch form {
        case .text(let text): return try Self.parse(text, shown: text, self)
        case .json(let node): return try Self.number(node, self)
        }
    }

    /// Numbers: "0.4,0.2" on the command line, [0.4, 0.2] in a config file.
    func numbers() throws(SettingError) -> [Double] {
        switch form {
        case .json(let node):
            return try json { () throws(JSONError) in try node.elements() }.map { element throws(SettingError) in
                try Self.number(element, self)
            }
        case .text(let text):
            var values: [Double] = []
            for (index, part) in text.split(separator: ",", omittingEmptySubsequences: false).enumerated() {
                let item = part.trimmingSpaces
                guard !item.isEmpty else {
                    throw invalid(text, "has an empty item at position \(index + 1); write the numbers as 0.4,0.2.")
                }
                guard let value = DecimalNumber.parse(item) else {
                    let problem = DecimalNumber.problem(with: item) ?? "is not a number"
                    throw invalid(
                        text, "has item \(index + 1) '\(item)', which \(problem); write the numbers as 0.4,0.2.")
                }
                values.append(value)
            }
            return values
        }
    }

    /// A whole number ("1e6" is 1000000), exactly representable; its range is the setting's to check.
    func wholeNumber() throws(SettingError) -> Int {
        let value = try number()
        // Beyond 2⁵³ a double no longer stands for one whole number, and Int(value) must not trap.
        guard value == value.rounded(.towardZero) else { throw invalid(shown, "is not a whole number.") }
        guard abs(value) <= 9_007_199_254_740_992 else {
            throw invalid(shown, "is beyond 2⁵³, the largest whole number a setting takes.")
        }
        return Int(value)
    }

    /// One of a fixed set of words, with a suggestion for a near miss.
    func choice<Choice: RawRepresentable & CaseIterable>(_ type: Choice.Type) throws(SettingError) -> Choice
    where Choice.RawValue == String {
        let text = try text()
        if let choice = Choice(rawValue: text.lowercased()) { return choice }
        let names = Choice.allCases.map(\.rawValue)
        let suggestion = Suggestion.nearest(to: text, in: names).map { " Did you mean '\($0)'?" } ?? ""
        throw invalid(text, "is not one of \(names.joined(separator: ", ")).\(suggestion)")
    }

    /// The value as the user wrote it, for messages.
    var shown: String {
        switch form {
        case .text(let text): return text
        case .json(let node):
            if case .number(let number) = node.value { return number.text }
            return node.path
        }
    }

    // MARK: - Helpers

    private static func number(_ node: JSONNode, _ given: GivenValue) throws(SettingError) -> Double {
        guard case .number(let number) = node.value else {
            _ = try given.json { () throws(JSONError) in try node.double() }
            throw given.invalid(node.path, "is not a number.")
        }
        return try parse(number.text, shown: number.text, given)
    }

    private static func parse(_ text: String, shown: String, _ given: GivenValue) throws(SettingError) -> Double {
        if let value = DecimalNumber.parse(text) { return value }
        let problem = DecimalNumber.problem(with: text) ?? "is not a number"
        throw given.invalid(shown, "\(problem); give a decimal number such as 0.5 or -1.25.")
    }

    /// Runs a JSON accessor, its error told as the config's.
    func json<Value>(_ read: () throws(JSONError) -> Value) throws(SettingError) -> Value {
        do {
            return try read()
        } catch {
            throw .config(.json(error))
        }
    }
}
