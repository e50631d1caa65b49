import Formats

/// Why a set of features and labels is not a usable dataset.
public enum DatasetError: Error, Equatable, Sendable, CustomStringConvertible {
    case noFeatures
    case noSamples
    case tooManyFeatures(Int)
    case tooManySamples(Int)
    case raggedFeatures(feature: Int, count: Int, samples: Int)
    case nonFiniteFeature(feature: Int, sample: Int)
    case invalidLabel(sample: Int, value: Double)
    case featureNameCount(names: Int, features: Int)
    case emptyFeatureName(feature: Int)
    case invalidFeatureName(feature: Int, reason: String)
    case duplicateFeatureName(String)

    public var description: String {
        switch self {
        case .noFeatures:
            return "the dataset has no features; give at least one input column."
        case .noSamples:
            return "the dataset has no samples; give at least one row of data."
        case .tooManyFeatures(let count):
            return "the dataset has \(count) features; at most \(Dataset.maximumFeatures) are supported."
        case .tooManySamples(let count):
            return "the dataset has \(count) samples; at most \(Dataset.maximumSamples) are supported."
        case .raggedFeatures(let feature, let count, let samples):
            return "feature \(feature) has \(count) values but there are \(samples) labels; "
                + "give one value per sample in every feature row."
        case .nonFiniteFeature(let feature, let sample):
            return "feature \(feature) of sample \(sample) is not a finite number; use an ordinary decimal number."
        case .invalidLabel(let sample, let value):
            return "the label of sample \(sample) is \(ShortestNumber.text(value)); labels must be 0 or 1."
        case .featureNameCount(let names, let features):
            return "there are \(names) feature names for \(features) features; give one name per feature."
        case .emptyFeatureName(let feature):
            return "feature \(feature) has an empty name; give every feature a name."
        case .invalidFeatureName(let feature, let reason):
            return "the name of feature \(feature) \(reason); feature names are one line of at most "
                + "\(Dataset.maximumNameLength) characters."
        case .duplicateFeatureName(let featureName):
            return "the feature name \"\(featureName)\" is used twice; feature names must be distinct."
        }
    }
}
