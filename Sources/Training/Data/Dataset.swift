/// The samples a network is trained on, laid out as in the walkthrough: X is n×m (one row per
/// feature, one column per sample) and y is 1×m.
///
/// A `Dataset` is always valid: at least one feature and one sample, every value finite, every
/// label 0 or 1, one distinct, non-empty name per feature.
public struct Dataset: Sendable, Equatable {
    /// What the data is called in reports ("AND gate", or the CSV file's name).
    public let name: String
    /// One name per feature, in row order of `features`.
    public let featureNames: [String]
    /// X, one row per feature, each of `sampleCount` values.
    public let features: [[Double]]
    /// y, one 0 or 1 per sample.
    public let labels: [Double]

    /// The most features a dataset may have; the log keeps two values per feature per iteration.
    public static let maximumFeatures = 1_000
    /// The most samples a dataset may have.
    public static let maximumSamples = 1_000_000
    /// The longest feature name, in characters.
    public static let maximumNameLength = 100

    /// Checks the shape and values and builds the dataset.
    ///
    /// - Parameter featureNames: `nil` names the features x1, x2, …
    public init(name: String, featureNames: [String]? = nil, features: [[Double]], labels: [Double])
        throws(DatasetError)
    {
        guard !features.isEmpty else { throw .noFeatures }
        guard !labels.isEmpty else { throw .noSamples }
        guard features.count <= Self.maximumFeatures else { throw .tooManyFeatures(features.count) }
        guard labels.count <= Self.maximumSamples else { throw .tooManySamples(labels.count) }
        for (row, values) in features.enumerated() {
            guard values.count == labels.count else {
                throw .raggedFeatures(feature: row + 1, count: values.count, samples: labels.count)
            }
            if let column = values.firstIndex(where: { !$0.isFinite }) {
                throw .nonFiniteFeature(feature: row + 1, sample: column + 1)
            }
        }
        if let bad = labels.firstIndex(where: { $0 != 0 && $0 != 1 }) {
            throw .invalidLabel(sample: bad + 1, value: labels[bad])
        }
        let names = featureNames ?? (1...features.count).map { "x\($0)" }
        guard names.count == features.count else {
            throw .featureNameCount(names: names.count, features: features.count)
        }
        var seen: Set<String> = []
        for (index, featureName) in names.enumerated() {
            guard !featureName.isEmpty else { throw .emptyFeatureName(feature: index + 1) }
            if let problem = Self.nameProblem(featureName) {
                throw .invalidFeatureName(feature: index + 1, reason: problem)
            }
            guard seen.insert(featureName).inserted else { throw .duplicateFeatureName(featureName) }
        }
        self.init(trustedName: name, featureNames: names, features: features, labels: labels)
    }

    /// Builds a dataset whose validity the caller guarantees (the built-in truth tables).
    init(trustedName name: String, featureNames: [String], features: [[Double]], labels: [Double]) {
        self.name = name
        self.featureNames = featureNames
        self.features = features
        self.labels = labels
    }

    /// Why `name` cannot name a feature, as a phrase ("is 101 characters long"), or nil.
    ///
    /// Names reach table headers, chart legends and the exports: one line of at most
    /// `maximumNameLength` characters, no control characters.
    public static func nameProblem(_ name: String) -> String? {
        if name.count > maximumNameLength { return "is \(name.count) characters long" }
        if let control = name.unicodeScalars.first(where: { $0.properties.generalCategory == .control }) {
            return "contains the control character U+\(String(control.value, radix: 16, uppercase: true))"
        }
        return nil
    }

    /// n, the number of features (inputs of the network).
    public var featureCount: Int { features.count }
    /// m, the number of samples.
    public var sampleCount: Int { labels.count }

    /// The input vector of sample `index` (0-based): column `index` of X.
    public func sample(_ index: Int) -> [Double] {
        features.map { $0[index] }
    }
}
