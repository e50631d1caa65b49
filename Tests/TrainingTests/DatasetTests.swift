import Testing

@testable import Training

@Suite struct DatasetTests {
    @Test(arguments: LogicGate.allCases)
    func gatesFollowTheirTruthTables(_ gate: LogicGate) {
        let data = gate.dataset
        #expect(data.features == [[0, 1, 0, 1], [0, 0, 1, 1]])
        #expect(data.featureNames == ["x1", "x2"])
        for i in 0..<4 {
            let expected = gate.output(data.features[0][i] == 1, data.features[1][i] == 1)
            #expect(data.labels[i] == (expected ? 1 : 0))
        }
    }

    @Test func gateLabelsAreTheKnownTables() {
        #expect(LogicGate.and.dataset.labels == [0, 0, 0, 1])
        #expect(LogicGate.or.dataset.labels == [0, 1, 1, 1])
        #expect(LogicGate.nand.dataset.labels == [1, 1, 1, 0])
        #expect(LogicGate.nor.dataset.labels == [1, 0, 0, 0])
        #expect(LogicGate.xor.dataset.labels == [0, 1, 1, 0])
    }

    struct Invalid: CustomStringConvertible, Sendable {
        let description: String
        let names: [String]?
        let features: [[Double]]
        let labels: [Double]
        let error: DatasetError
        let message: String
    }

    static let invalid: [Invalid] = [
        Invalid(
            description: "no features", names: nil, features: [], labels: [1], error: .noFeatures,
            message: "no features"),
        Invalid(
            description: "no samples", names: nil, features: [[]], labels: [], error: .noSamples,
            message: "no samples"),
        Invalid(
            description: "ragged", names: nil, features: [[1, 2], [1]], labels: [0, 1],
            error: .raggedFeatures(feature: 2, count: 1, samples: 2), message: "feature 2 has 1 values"),
        Invalid(
            description: "infinite", names: nil, features: [[1, .infinity]], labels: [0, 1],
            error: .nonFiniteFeature(feature: 1, sample: 2), message: "sample 2 is not a finite number"),
        Invalid(
            description: "label 2", names: nil, features: [[1, 2]], labels: [0, 2],
            error: .invalidLabel(sample: 2, value: 2), message: "labels must be 0 or 1"),
        Invalid(
            description: "label 0.5", names: nil, features: [[1, 2]], labels: [0.5, 1],
            error: .invalidLabel(sample: 1, value: 0.5), message: "is 0.5"),
        Invalid(
            description: "name count", names: ["a"], features: [[1], [2]], labels: [1],
            error: .featureNameCount(names: 1, features: 2), message: "1 feature names for 2 features"),
        Invalid(
            description: "empty name", names: ["a", ""], features: [[1], [2]], labels: [1],
            error: .emptyFeatureName(feature: 2), message: "feature 2 has an empty name"),
        Invalid(
            description: "newline in name", names: ["a", "b\nc"], features: [[1], [2]], labels: [1],
            error: .invalidFeatureName(feature: 2, reason: "contains the control character U+A"),
            message: "the name of feature 2 contains the control character U+A"),
        Invalid(
            description: "long name", names: ["a", String(repeating: "n", count: 101)], features: [[1], [2]],
            labels: [1], error: .invalidFeatureName(feature: 2, reason: "is 101 characters long"),
            message: "at most 100 characters"),
        Invalid(
            description: "duplicate name", names: ["a", "a"], features: [[1], [2]], labels: [1],
            error: .duplicateFeatureName("a"), message: "\"a\" is used twice"),
    ]

    @Test(arguments: invalid)
    func invalidDataIsRefusedWithAReason(_ item: Invalid) {
        #expect(throws: item.error) {
            try Dataset(name: "t", featureNames: item.names, features: item.features, labels: item.labels)
        }
        #expect(item.error.description.contains(item.message))
    }

    @Test func samplesAreColumnsOfX() throws {
        let data = try Dataset(name: "t", features: [[1, 2, 3], [4, 5, 6]], labels: [0, 1, 0])
        #expect(data.sample(1) == [2, 5])
        #expect(data.featureNames == ["x1", "x2"])
        #expect(data.featureCount == 2 && data.sampleCount == 3)
    }
}
