/// The sections of the walkthrough page of a network with hidden layers, in reading order, as
/// `WalkthroughSection` numbers the single neuron's.
enum HiddenWalkthroughSection: String, CaseIterable {
    case data, network, forward, backward, matrix, rule, training, result, downloads
    /// Only in the single-file report, after the others.
    case history

    /// The heading number, from 1.
    var number: Int { (Self.allCases.firstIndex(of: self) ?? 0) + 1 }

    /// The heading, as the table of contents lists it.
    var title: String {
        switch self {
        case .data: "The data"
        case .network: "The network and its initial values"
        case .forward: "Forward propagation, layer by layer, iteration 1"
        case .backward: "Backpropagation: the chain rule for one weight of each layer"
        case .matrix: "Backpropagation in matrix form"
        case .rule: "About the update rule"
        case .training: "Training"
        case .result: "The result"
        case .downloads: "History and downloads"
        case .history: "The whole history"
        }
    }

    /// "section 6", for the prose.
    var reference: String { "section \(number)" }

    /// The sections' numbers by id and the contents list (without the single file's history).
    static var templateValues: (numbers: TemplateValue, contents: TemplateValue) {
        var numbers: [String: TemplateValue] = [:]
        for section in allCases { numbers[section.rawValue] = .int(section.number) }
        let contents: [TemplateValue] = allCases.filter { $0 != .history }.map {
            ["id": .string($0.rawValue), "title": .string($0.title)]
        }
        return (.object(numbers), .list(contents))
    }
}
