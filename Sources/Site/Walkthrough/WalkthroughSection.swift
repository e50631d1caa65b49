/// The sections of the single neuron's walkthrough page, in reading order.
enum WalkthroughSection: String, NumberedSection {
    case data, network, forward, backward, code, chain, training, result, rule, exercises, downloads
    /// Only in the single-file report, after the others.
    case history

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
}
