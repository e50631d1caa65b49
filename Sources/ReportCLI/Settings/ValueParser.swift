import Formats
import Training

/// Reads the typed values of settings, with one rule per kind shared by flags and config keys.
enum ValueParser {
    /// The longest title accepted, in characters.
    static let maximumTitleLength = 200
    /// The most Unicode scalars a title may have: a character may carry combining marks, but not
    /// 100,000 of them (every page would carry them, 425 KB each).
    static let maximumTitleScalars = 1_000

    /// A finite decimal number (see `DecimalNumber` for the accepted forms).
    static func number(_ text: String, _ source: SettingSource) throws(UsageError) -> Double {
        if let value = DecimalNumber.parse(text) { return value }
        let problem = DecimalNumber.problem(with: text) ?? "is not a number"
        throw .invalidValue(
            setting: source.description, value: text, reason: "\(problem); give a decimal number such as 0.5 or -1.25.")
    }

    /// A whole number of iterations, 1 to the cap; "1e6" is accepted as 1000000.
    static func iterations(_ text: String, _ source: SettingSource) throws(UsageError) -> Int {
        let cap = TrainingSettings.maximumIterations
        let value = try number(text, source)
        guard value == value.rounded(.towardZero) else {
            throw .invalidValue(
                setting: source.description, value: text, reason: "is not a whole number of iterations.")
        }
        guard value >= 1 else {
            throw .invalidValue(
                setting: source.description, value: text, reason: "is too few; at least 1 iteration is needed.")
        }
        guard value <= Double(cap) else {
            throw .invalidValue(
                setting: source.description, value: text, reason: "is more than the \(cap) iterations supported.")
        }
        return Int(value)
    }

    /// Comma-separated numbers, "0.4,0.2" (spaces after commas allowed).
    static func numberList(_ text: String, _ source: SettingSource) throws(UsageError) -> [Double] {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        var values: [Double] = []
        for (index, part) in parts.enumerated() {
            let item = part.trimmingSpaces
            guard !item.isEmpty else {
                throw .invalidValue(
                    setting: source.description, value: text,
                    reason: "has an empty item at position \(index + 1); write the weights as 0.4,0.2.")
            }
            guard let value = DecimalNumber.parse(item) else {
                let problem = DecimalNumber.problem(with: item) ?? "is not a number"
                throw .invalidValue(
                    setting: source.description, value: text,
                    reason: "has item \(index + 1) '\(item)', which \(problem); write the weights as 0.4,0.2.")
            }
            values.append(value)
        }
        return values
    }

    /// One of a fixed set of words, with a suggestion for a near miss.
    static func choice<Choice: RawRepresentable & CaseIterable>(
        _ text: String, _ source: SettingSource, as type: Choice.Type
    ) throws(UsageError) -> Choice where Choice.RawValue == String {
        if let choice = Choice(rawValue: text.lowercased()) { return choice }
        let names = Choice.allCases.map(\.rawValue)
        let suggestion = Suggestion.nearest(to: text, in: names).map { " Did you mean '\($0)'?" } ?? ""
        throw .invalidValue(
            setting: source.description, value: text,
            reason: "is not one of \(names.joined(separator: ", ")).\(suggestion)")
    }

    /// A built-in gate name, or else the path of a CSV file.
    static func dataset(_ text: String, _ source: SettingSource) throws(UsageError) -> DatasetSource {
        if let gate = LogicGate(rawValue: text.lowercased()) { return .gate(gate) }
        guard !text.isEmpty else {
            throw .invalidValue(
                setting: source.description, value: text, reason: "is empty; name a gate or a CSV file.")
        }
        let looksLikeFile = text.contains("/") || text.contains(".")
        guard looksLikeFile else {
            let gates = LogicGate.allCases.map(\.rawValue)
            let suggestion = Suggestion.nearest(to: text, in: gates).map { " Did you mean '\($0)'?" } ?? ""
            throw .invalidValue(
                setting: source.description, value: text,
                reason: "is neither a built-in dataset (\(gates.joined(separator: ", "))) nor a .csv file.\(suggestion)"
            )
        }
        return .csv(path: text)
    }

    /// A page title: non-empty, at most `maximumTitleLength` characters and `maximumTitleScalars`
    /// scalars, no control characters.
    static func title(_ text: String, _ source: SettingSource) throws(UsageError) -> String {
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty else {
            throw .invalidValue(
                setting: source.description, value: text, reason: "is empty; give a title or leave it out.")
        }
        guard trimmed.count <= maximumTitleLength else {
            throw .invalidValue(
                setting: source.description, value: String(trimmed.prefix(40)) + "…",
                reason: "is \(trimmed.count) characters long; titles may have at most \(maximumTitleLength).")
        }
        let scalars = trimmed.unicodeScalars.count
        guard scalars <= maximumTitleScalars else {
            throw .invalidValue(
                setting: source.description, value: String(trimmed.unicodeScalars.prefix(40)) + "…",
                reason:
                    "has \(scalars) Unicode scalars (letters with their accents and marks); titles may have at most "
                    + "\(maximumTitleScalars).")
        }
        if let control = trimmed.unicodeScalars.first(where: { $0.properties.generalCategory == .control }) {
            throw .invalidValue(
                setting: source.description, value: trimmed.debugDescription,
                reason: "contains the control character U+\(String(control.value, radix: 16, uppercase: true)); "
                    + "titles are one line of text.")
        }
        return trimmed
    }

    /// An absolute http(s) URL for the published site, normalised to end in "/".
    static func baseURL(_ text: String, _ source: SettingSource) throws(UsageError) -> String {
        let lower = text.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else {
            throw .invalidValue(
                setting: source.description, value: text,
                reason: "is not an absolute http(s) URL; write it like https://example.org/reports/and/.")
        }
        let host = text.drop { $0 != "/" }.dropFirst(2).prefix { $0 != "/" }
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#[]@!$&'()*+,;=%")
        guard !host.isEmpty, text.allSatisfy({ allowed.contains($0) }), !text.contains("\"") else {
            throw .invalidValue(
                setting: source.description, value: text,
                reason: "is not a valid URL (it needs a host and only URL characters; percent-encode the rest).")
        }
        return text.hasSuffix("/") ? text : text + "/"
    }
}

extension StringProtocol {
    /// The text without leading and trailing whitespace.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
