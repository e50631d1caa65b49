import Formats
import Training

// The readers of the network's settings: the hidden layers' sizes, the seed, and the initial
// parameters of every layer in a config file.
extension SettingReaders {
    /// Hidden layer sizes, "4,3" or [4, 3]: 1 to `maximumHiddenLayers` layers of 1 to
    /// `maximumHiddenUnits` units. With hidden layers the defaults of the rule, the learning rate
    /// and the iterations become `TrainingSettings.hiddenNetwork`'s (read after this setting, a
    /// value given for them wins).
    static func hidden(_ given: GivenValue, into run: inout ReportSettings) throws(SettingError) {
        let example = "give the units of each hidden layer, such as 2 or 4,3."
        let items: [(shown: String, value: Double?)]
        let shown: String
        switch given.form {
        case .text(let text):
            shown = text
            items = text.split(separator: ",", omittingEmptySubsequences: false).map { part in
                let item = part.trimmingSpaces
                return (item, DecimalNumber.parse(item))
            }
        case .json(let node):
            items = try given.json { () throws(JSONError) in try node.elements() }.map {
                element throws(SettingError) in
                let value = try given.json { () throws(JSONError) in try element.double() }
                return (ShortestNumber.text(value), value)
            }
            shown = "[" + items.map(\.shown).joined(separator: ", ") + "]"
        }
        guard !(items.count == 1 && items[0].shown.isEmpty), !items.isEmpty else {
            throw given.invalid(shown, "is empty; \(example)")
        }
        let most = TrainingSettings.maximumHiddenLayers, largest = TrainingSettings.maximumHiddenUnits
        guard items.count <= most else {
            throw given.invalid(shown, "gives \(items.count) hidden layers; at most \(most) are supported.")
        }
        var sizes: [Int] = []
        for (index, item) in items.enumerated() {
            guard let value = item.value, value == value.rounded(.towardZero), value >= 1 else {
                throw given.invalid(
                    shown,
                    "has '\(item.shown)' for layer \(index + 1), which is not a positive whole number; \(example)")
            }
            guard value <= Double(largest) else {
                throw given.invalid(
                    shown, "has \(item.shown) units in layer \(index + 1); a hidden layer has at most \(largest).")
            }
            sizes.append(Int(value))
        }
        run.network.hidden = sizes
        run.network.hiddenSource = given.source
        let defaults = TrainingSettings.hiddenNetwork
        run.training.rule = defaults.rule
        run.training.learningRate = defaults.learningRate
        run.training.iterations = defaults.iterations
    }

    /// The seed: a whole number from 0 to `NetworkDeclaration.maximumSeed`.
    static func seed(_ given: GivenValue, into run: inout ReportSettings) throws(SettingError) {
        let value = try given.wholeNumber()
        guard value >= 0, UInt64(value) <= NetworkDeclaration.maximumSeed else {
            throw given.invalid(
                String(value), "is outside 0 to \(NetworkDeclaration.maximumSeed); give a whole number such as 1.")
        }
        run.network.seed = UInt64(value)
        run.network.seedSource = given.source
    }

    /// Every layer's initial parameters, from a config file: a list of {"w": W, "b": b} (as
    /// history.json's "network" writes them),
    /// the hidden layers then the output, W of layer l n₍ₗ₋₁₎×nₗ (one row per input). The shapes are
    /// checked against the hidden layers' sizes and the data's features, the error naming the
    /// layer, the shape expected and the shape given.
    static func layers(_ given: GivenValue, into run: inout ReportSettings) throws(SettingError) {
        guard case .json(let node) = given.form else { throw given.invalid(given.shown, "is read from a config file.") }
        let hidden = run.network.hidden
        guard !hidden.isEmpty else {
            throw refusal(
                given.source,
                "gives the initial parameters of hidden layers, but no hidden layer is given; give their sizes with "
                    + "\"\(SettingsTable.hidden.key ?? "")\" too.")
        }
        let entries = try given.json { () throws(JSONError) in try node.elements() }
        let sizes = hidden + [1]
        guard entries.count == sizes.count else {
            throw refusal(
                given.source,
                "\(entries.count) layer\(entries.count == 1 ? " is" : "s are") given but the network has "
                    + "\(sizes.count) (\(hidden.count) hidden and the output); give one {\"w\": …, \"b\": …} per layer."
            )
        }
        var layers: [LayerParameters] = []
        var inputs = run.dataset.featureCount
        for (index, (entry, units)) in zip(entries, sizes).enumerated() {
            let (weightsNode, biasesNode) = try given.json { () throws(JSONError) in
                try entry.checkKeys(allowed: ["w", "b"])
                return (try entry.requiredMember("w"), try entry.requiredMember("b"))
            }
            let layer = try given.json { () throws(JSONError) in
                LayerParameters(
                    weights: try weightsNode.elements().map { row throws(JSONError) in try row.doubles() },
                    biases: try biasesNode.doubles())
            }
            let expected = MatrixShape(rows: inputs, columns: units)
            let shape = MatrixShape(
                rows: layer.weights.count, columns: layer.weights.first { $0.count != units }?.count ?? units)
            let name = "layer \(index + 1)" + (index == hidden.count ? " (the output)" : "")
            let unitCount = "\(units) unit\(units == 1 ? "" : "s")"
            guard shape == expected else {
                throw refusal(
                    at(weightsNode, given),
                    "W of \(name) is \(shape) but must be \(expected): its \(inputs) inputs × its \(unitCount).")
            }
            guard layer.biases.count == units else {
                throw refusal(
                    at(biasesNode, given),
                    "\(name) has \(unitCount), one bias each, but \(layer.biases.count) "
                        + "bias\(layer.biases.count == 1 ? " is" : "es are") given.")
            }
            layers.append(layer)
            inputs = units
        }
        run.network.layers = layers
        run.network.layersSource = given.source
    }

    /// A value refused in a sentence of its own, after where it was written.
    private static func refusal(_ source: SettingSource, _ sentence: String) -> SettingError {
        .usage(.invalid(setting: source.description, sentence: sentence))
    }

    /// Where `node` is written in the config file of `given`.
    private static func at(_ node: JSONNode, _ given: GivenValue) -> SettingSource {
        .config(file: given.configFile ?? node.file, keyPath: node.path, line: node.line)
    }
}
