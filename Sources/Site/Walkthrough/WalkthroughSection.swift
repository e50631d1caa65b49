/// The sections of the walkthrough page in reading order: the templates number their headings
/// and the prose refers to a section by these numbers, so adding one renumbers both.
enum WalkthroughSection: String, CaseIterable {
    case data, network, forward, backward, code, chain, training, result, rule, exercises, downloads
    /// Only in the single-file report, after the others.
    case history

    /// The heading number, from 1.
    var number: Int { (Self.allCases.firstIndex(of: self) ?? 0) + 1 }

    /// The heading, as the table of contents lists it.
    var title: String {
        switch self {
        case .data: "The data"
        case .network: "The network"
        case .forward: "Forward propagation, iteration 1"
        case .backward: "Backpropagation, iteration 1"
        case .code: "The code beside the maths"
        case .chain: "The chain rule, term by term"
        case .training: "Training"
        case .result: "The result"
        case .rule: "About the update rule"
        case .exercises: "Check your understanding"
        case .downloads: "History and downloads"
        case .history: "The whole history"
        }
    }

    /// "section 6", for the prose.
    var reference: String { "section \(number)" }

    /// The sections' numbers by id ("number.chain" in a template) and the contents list of the
    /// page (without the single file's history, which its own template lists).
    static var templateValues: (numbers: TemplateValue, contents: TemplateValue) {
        var numbers: [String: TemplateValue] = [:]
        for section in allCases { numbers[section.rawValue] = .int(section.number) }
        let contents: [TemplateValue] = allCases.filter { $0 != .history }.map {
            ["id": .string($0.rawValue), "title": .string($0.title)]
        }
        return (.object(numbers), .list(contents))
    }
}
