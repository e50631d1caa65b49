import Formats
import Foundation
import Training

/// The readers of the settings whose values are more than a number or a word: the title, the
/// site's URL and the dataset.
enum SettingReaders {
    /// The longest title accepted, in characters.
    static let maximumTitleLength = 200
    /// The most Unicode scalars a title may have: a character may carry combining marks, but not
    /// 100,000 of them (every page would carry them, 425 KB each).
    static let maximumTitleScalars = 1_000

    /// A page title: non-empty, at most `maximumTitleLength` characters and `maximumTitleScalars`
    /// scalars, no control characters.
    static func title(_ given: GivenValue) throws(SettingError) -> String {
        let text = try given.text()
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty else { throw given.invalid(text, "is empty; give a title or leave it out.") }
        guard trimmed.count <= maximumTitleLength else {
            throw given.invalid(
                String(trimmed.prefix(40)) + "…",
                "is \(trimmed.count) characters long; titles may have at most \(maximumTitleLength).")
        }
        let scalars = trimmed.unicodeScalars.count
        guard scalars <= maximumTitleScalars else {
            throw given.invalid(
                String(trimmed.unicodeScalars.prefix(40)) + "…",
                "has \(scalars) Unicode scalars (letters with their accents and marks); titles may have at most "
                    + "\(maximumTitleScalars).")
        }
        if let control = trimmed.unicodeScalars.first(where: { $0.properties.generalCategory == .control }) {
            throw given.invalid(
                trimmed.debugDescription,
                "contains the control character U+\(String(control.value, radix: 16, uppercase: true)); "
                    + "titles are one line of text.")
        }
        return trimmed
    }

    /// An absolute http(s) URL for the published site, normalised to end in "/".
    static func baseURL(_ given: GivenValue) throws(SettingError) -> String {
        let text = try given.text()
        let lower = text.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else {
            throw given.invalid(text, "is not an absolute http(s) URL; write it like https://example.org/reports/and/.")
        }
        let host = text.drop { $0 != "/" }.dropFirst(2).prefix { $0 != "/" }
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#[]@!$&'()*+,;=%")
        guard !host.isEmpty, text.allSatisfy({ allowed.contains($0) }), !text.contains("\"") else {
            throw given.invalid(
                text, "is not a valid URL (it needs a host and only URL characters; percent-encode the rest).")
        }
        return text.hasSuffix("/") ? text : text + "/"
    }

    /// Loads the data the user named into `run`, with the training defaults for it: a built-in
    /// gate, a CSV file, or a config file's `{"csv": path}` or inline rows.
    static func dataset(_ given: GivenValue, into run: inout ReportSettings) throws(SettingError) {
        let dataset: Dataset
        let label: String
        switch try source(given) {
        case .gate(let gate):
            (dataset, label) = (gate.dataset, gate.rawValue)
        case .csv(let path):
            do {
                dataset = try Dataset.csv(contentsOf: path)
            } catch {
                throw .data(error)
            }
            label = path
            run.inputFiles.append(path)
        case .inline(let inline):
            (dataset, label) = (inline, "inline data")
        }
        run.dataset = dataset
        run.datasetLabel = label
        run.training = .defaults(for: dataset)
    }

    /// Where the data comes from.
    private static func source(_ given: GivenValue) throws(SettingError) -> DatasetSource {
        if case .json(let node) = given.form {
            switch node.value {
            case .object, .string: break
            default:
                throw SettingError.config(
                    .json(
                        node.error("must be a built-in name, {\"csv\": \"path\"}, or {\"features\": …, \"labels\": …}.")
                    ))
            }
        }
        guard case .json(let node) = given.form, case .object = node.value else {
            let choice = try named(try given.text(), given)
            if case .csv(let file) = choice, let config = given.configFile {
                return .csv(path: relative(file, to: config))
            }
            return choice
        }
        if let csv = try given.json({ () throws(JSONError) in try node.member("csv") }) {
            try given.json { () throws(JSONError) in try node.checkKeys(allowed: ["csv"]) }
            return .csv(
                path: relative(try given.json { () throws(JSONError) in try csv.string() }, to: given.configFile ?? ""))
        }
        let (features, labels, names) = try given.json { () throws(JSONError) in
            try node.checkKeys(allowed: ["features", "labels", "featureNames"])
            let features = try node.requiredMember("features").elements().map { row throws(JSONError) in
                try row.doubles()
            }
            let labels = try node.requiredMember("labels").doubles()
            let names = try node.member("featureNames")?.elements().map { name throws(JSONError) in try name.string() }
            return (features, labels, names)
        }
        do {
            return .inline(try Dataset(name: "inline data", featureNames: names, features: features, labels: labels))
        } catch {
            throw .dataset(source: given.source, error)
        }
    }

    /// A built-in gate name, or else the path of a CSV file.
    private static func named(_ text: String, _ given: GivenValue) throws(SettingError) -> DatasetSource {
        if let gate = LogicGate(rawValue: text.lowercased()) { return .gate(gate) }
        guard !text.isEmpty else { throw given.invalid(text, "is empty; name a gate or a CSV file.") }
        guard text.contains("/") || text.contains(".") else {
            let gates = LogicGate.allCases.map(\.rawValue)
            let suggestion = Suggestion.nearest(to: text, in: gates).map { " Did you mean '\($0)'?" } ?? ""
            throw given.invalid(
                text, "is neither a built-in dataset (\(gates.joined(separator: ", "))) nor a .csv file.\(suggestion)")
        }
        return .csv(path: text)
    }

    /// `file` as seen from the current folder, when it was written relative to the config file.
    private static func relative(_ file: String, to configPath: String) -> String {
        guard !file.hasPrefix("/") else { return file }
        let folder = (configPath as NSString).deletingLastPathComponent
        return folder.isEmpty ? file : (folder as NSString).appendingPathComponent(file)
    }
}
