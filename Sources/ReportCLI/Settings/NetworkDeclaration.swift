import Training

/// The network as the settings declare it, before its initial parameters are known: the hidden
/// layers' sizes, the seed that draws their parameters, or the parameters given in a config file,
/// each with where it was given. `SettingsResolver` turns it into `TrainingSettings.hiddenLayers`.
struct NetworkDeclaration: Sendable {
    /// The most a seed may be: seeds are 0 to 2³² − 1.
    static let maximumSeed: UInt64 = 4_294_967_295
    /// The seed when none is given.
    static let defaultSeed: UInt64 = 1

    /// The units of each hidden layer, from the inputs up; empty for the walkthrough's network.
    var hidden: [Int] = []
    var hiddenSource: SettingSource?
    /// The seed the parameters are drawn from when `layers` is not given.
    var seed = defaultSeed
    var seedSource: SettingSource?
    /// Every layer's initial parameters as given (the hidden layers, then the output), shapes checked.
    var layers: [LayerParameters]?
    var layersSource: SettingSource?

    /// Sets the network's initial parameters in `training` for `features` inputs; `sources` says
    /// which training settings were given. Refuses what has no effect or contradicts itself: a seed
    /// without hidden layers, a seed beside explicit parameters, the single neuron's W or b beside
    /// hidden layers.
    func apply(
        to training: inout TrainingSettings, features: Int, sources: [TrainingSettings.Field: SettingSource]
    ) throws(UsageError) {
        let hiddenFlag = SettingsTable.hidden.spelling
        guard !hidden.isEmpty else {
            if let seedSource {
                throw .invalidValue(
                    setting: seedSource.description, value: String(seed),
                    reason: "draws the initial parameters of hidden layers, but none are given; add \(hiddenFlag) "
                        + "(such as \(hiddenFlag) 2) or leave the seed out.")
            }
            return
        }
        for field in [TrainingSettings.Field.weights, .bias] {
            guard let source = sources[field] else { continue }
            throw .conflict(
                setting: source.description,
                reason: "sets the initial parameters of the network without hidden layers; with hidden layers "
                    + "they are drawn from \(SettingsTable.seed.spelling) or given in the config file's "
                    + "\"\(SettingsTable.layers.key ?? "")\". Leave it out.")
        }
        let layers: [LayerParameters]
        if let given = self.layers {
            if let seedSource, let layersSource {
                throw .conflict(
                    setting: seedSource.description,
                    reason: "draws the initial parameters that \(layersSource) gives; give one of them.")
            }
            layers = given
        } else {
            layers = InitialParameters.drawn(hidden: hidden, features: features, seed: seed)
        }
        guard let output = layers.last else { return }
        training.hiddenLayers = Array(layers.dropLast())
        training.initialWeights = output.weights.map { $0.first ?? .nan }
        training.initialBias = output.biases.first ?? .nan
    }
}
