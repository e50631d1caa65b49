/// The sections of the walkthrough page of a network with hidden layers, in reading order, as
/// `WalkthroughSection` numbers the single neuron's.
enum HiddenWalkthroughSection: String, NumberedSection {
    case data, network, forward, backward, matrix, rule, training, result, downloads
    /// Only in the single-file report, after the others.
    case history

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
}
