import Training

/// The settings a config file gives (SPEC §3 config keys), each with where it was written.
struct ConfigSettings: Sendable {
    var title: Located<String>?
    var dataset: Located<DatasetSource>?
    var weights: Located<[Double]>?
    var bias: Located<Double>?
    var learningRate: Located<Double>?
    var iterations: Located<Int>?
    var rule: Located<UpdateRule>?
    var threshold: Located<Double>?
    var baseURL: Located<String>?

    /// The keys a config file may hold.
    static let keys = [
        "title", "dataset", "weights", "bias", "learningRate", "iterations", "rule", "threshold", "baseURL",
    ]
}
