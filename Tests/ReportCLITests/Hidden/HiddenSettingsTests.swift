import Foundation
import TestSupport
import Testing
import Training

@_spi(Benchmarks) @testable import ReportCLI

/// The settings of a network with hidden layers: --hidden, --seed and the config's "layers", their
/// defaults, and every refusal with its whole message (exit code 2).
@Suite struct HiddenSettingsTests {
    func resolve(_ arguments: [String]) throws -> ReportSettings {
        try SettingsResolver.resolve(try ArgumentParser.parse(arguments))
    }

    @Test func hiddenLayersBringTheirOwnDefaultsAndASeededStart() throws {
        let run = try resolve(["train", "--dataset", "xor", "--hidden", "2"])
        #expect(run.training.rule == .logistic && run.training.learningRate == 1 && run.training.iterations == 5000)
        #expect(run.training.threshold == 0.5)
        let drawn = InitialParameters.drawn(hidden: [2], features: 2, seed: 1)
        #expect(run.training.hiddenLayers == [drawn[0]])
        #expect(run.training.initialWeights == drawn[1].weights.map { $0[0] })
        #expect(run.training.initialBias == drawn[1].biases[0])
        #expect(run.title == "Training a 2-2-1 network on the XOR gate")
    }

    @Test func givenValuesWinOverTheHiddenDefaults() throws {
        let run = try resolve([
            "train", "--hidden", "4, 3", "--seed", "9", "--rule", "thresholded", "--learning-rate", "0.5",
            "--iterations", "10",
        ])
        #expect(run.training.hiddenSizes == [4, 3])
        #expect(run.training.rule == .thresholded && run.training.learningRate == 0.5 && run.training.iterations == 10)
        #expect(
            run.training.hiddenLayers
                == Array(InitialParameters.drawn(hidden: [4, 3], features: 2, seed: 9).dropLast()))
    }

    @Test func withoutHiddenLayersNothingChanges() throws {
        #expect(try resolve(["train"]).training == .walkthrough)
        #expect(try resolve([]).training.hiddenLayers.isEmpty)
    }

    @Test func aConfigGivesEveryLayersParameters() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write(
            "c.json",
            """
            {"dataset": "and", "hidden": [3], "learningRate": 0.5,
             "layers": [{"w": [[0.4, -0.3, 0.2], [0.1, 0.5, -0.6]], "b": [0.05, -0.1, 0.3]},
                        {"w": [[0.7], [-0.2], [0.45]], "b": [-0.25]}]}
            """)
        let run = try resolve(["train", "-c", file])
        #expect(
            run.training.hiddenLayers == [
                LayerParameters(weights: [[0.4, -0.3, 0.2], [0.1, 0.5, -0.6]], biases: [0.05, -0.1, 0.3])
            ])
        #expect(run.training.initialWeights == [0.7, -0.2, 0.45] && run.training.initialBias == -0.25)
        #expect(run.training.learningRate == 0.5 && run.training.rule == .logistic)
        #expect(!run.shown.contains { $0.key == "seed" })
    }

    static let unitsExample = "give the units of each hidden layer, such as 2 or 4,3."
    static let badFlags: [([String], String)] = [
        (["--hidden", "0"], "--hidden '0' has '0' for layer 1, which is not a positive whole number; \(unitsExample)"),
        (
            ["--hidden", "2.5"],
            "--hidden '2.5' has '2.5' for layer 1, which is not a positive whole number; \(unitsExample)"
        ),
        (
            ["--hidden", "-1"],
            "--hidden '-1' has '-1' for layer 1, which is not a positive whole number; \(unitsExample)"
        ),
        (
            ["--hidden", "abc"],
            "--hidden 'abc' has 'abc' for layer 1, which is not a positive whole number; \(unitsExample)"
        ),
        (
            ["--hidden", "2,,3"],
            "--hidden '2,,3' has '' for layer 2, which is not a positive whole number; \(unitsExample)"
        ),
        (
            ["--hidden", "1e400"],
            "--hidden '1e400' has '1e400' for layer 1, which is not a positive whole number; \(unitsExample)"
        ),
        (["--hidden", ""], "--hidden '' is empty; \(unitsExample)"),
        (["--hidden", "2,2,2,2,2"], "--hidden '2,2,2,2,2' gives 5 hidden layers; at most 4 are supported."),
        (["--hidden", "4,65"], "--hidden '4,65' has 65 units in layer 2; a hidden layer has at most 64."),
        (["--hidden", "2", "--seed", "1.5"], "--seed '1.5' is not a whole number."),
        (["--hidden", "2", "--seed", "-1"], "--seed '-1' is outside 0 to 4294967295; give a whole number such as 1."),
        (
            ["--hidden", "2", "--seed", "4294967296"],
            "--seed '4294967296' is outside 0 to 4294967295; give a whole number such as 1."
        ),
        (
            ["--hidden", "2", "--seed", "1e30"],
            "--seed '1e30' is beyond 2⁵³, the largest whole number a setting takes."
        ),
        (
            ["--seed", "3"],
            "--seed '3' draws the initial parameters of hidden layers, but none are given; add --hidden (such as "
                + "--hidden 2) or leave the seed out."
        ),
        (
            ["--hidden", "2", "--weights", "1,2"],
            "--weights sets the initial parameters of the network without hidden layers; with hidden layers they are "
                + "drawn from --seed or given in the config file's \"layers\". Leave it out."
        ),
        (
            ["--hidden", "2", "--bias", "1"],
            "--bias sets the initial parameters of the network without hidden layers; with hidden layers they are "
                + "drawn from --seed or given in the config file's \"layers\". Leave it out."
        ),
        (
            ["--hidden", "64,64,64,64", "--iterations", "20000"],
            "--iterations: 20000 iterations of 26518 logged values each exceed the log's limit of 300000000 values; "
                + "use at most 11313 iterations for this data and these hidden layers, or smaller layers."
        ),
        (
            ["--hidden", "2", "--learning-rate", "nan"],
            "--learning-rate 'nan' is NaN (not a number); give a decimal number such as 0.5 or -1.25."
        ),
    ]

    @Test(arguments: badFlags)
    func badFlagsAreUsageErrors(_ arguments: [String], _ message: String) {
        expectRefusal(["train"] + arguments, message)
    }

    /// Each config with the message after its path.
    static let badConfigs: [(String, String)] = [
        (
            #"{"hidden": [2], "layers": [{"w": [[1, 2], [3, 4]], "b": [0, 0]}, {"w": [[1], [2], [3]], "b": [0]}]}"#,
            #"line 1, key "layers[1].w": W of layer 2 (the output) is 3×1 but must be 2×1: its 2 inputs × its 1 unit."#
        ),
        (
            "{\"hidden\": [2],\n \"layers\": [{\"w\": [[1, 2], [3]], \"b\": [0, 0]}, {\"w\": [[1], [2]], \"b\": [0]}]}",
            #"line 2, key "layers[0].w": W of layer 1 is 2×1 but must be 2×2: its 2 inputs × its 2 units."#
        ),
        (
            #"{"hidden": [2, 3], "layers": [{"w": [[1, 2], [3, 4], [5, 6]], "b": [0, 0]}, {"w": [[1], [2]], "b": [0]}, {"w": [[1]], "b": [0]}]}"#,
            #"line 1, key "layers[0].w": W of layer 1 is 3×2 but must be 2×2: its 2 inputs × its 2 units."#
        ),
        (
            #"{"hidden": [2], "layers": [{"w": [[1, 2], [3, 4]], "b": [0, 0, 0]}, {"w": [[1], [2]], "b": [0]}]}"#,
            #"line 1, key "layers[0].b": layer 1 has 2 units, one bias each, but 3 biases are given."#
        ),
        (
            #"{"hidden": [2], "layers": [{"w": [[1, 2], [3, 4]], "b": [0, 0]}]}"#,
            #"line 1, key "layers": 1 layer is given but the network has 2 (1 hidden and the output); give one {"w": …, "b": …} per layer."#
        ),
        (
            #"{"layers": [{"w": [[1, 2], [3, 4]], "b": [0, 0]}, {"w": [[1], [2]], "b": [0]}]}"#,
            #"line 1, key "layers": gives the initial parameters of hidden layers, but no hidden layer is given; give their sizes with "hidden" too."#
        ),
        (
            #"{"hidden": [0]}"#,
            #"line 1, key "hidden" '[0]' has '0' for layer 1, which is not a positive whole number; give the units of each hidden layer, such as 2 or 4,3."#
        ),
        (#"{"hidden": [2], "seed": 1.5}"#, #"line 1, key "seed" '1.5' is not a whole number."#),
        (
            #"{"hidden": [2], "layers": [{"w": [[1, 2], [3, 4]], "b": [0, 0]}, {"w": [[1], [2]], "b": [0]}], "seed": 5}"#,
            #"line 1, key "seed" draws the initial parameters that FILE line 1, key "layers" gives; give one of them."#
        ),
    ]

    @Test(arguments: badConfigs)
    func badConfigsAreUsageErrors(_ json: String, _ message: String) throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("c.json", json)
        expectRefusal(["train", "-c", file], "\(file) " + message.replacingOccurrences(of: "FILE", with: file))
    }

    @Test func aConfigWithAWrongTypeNamesTheKey() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("c.json", #"{"hidden": "2"}"#)
        do {
            _ = try resolve(["train", "-c", file])
            Issue.record("accepted")
        } catch let error as ReportError {
            #expect(error.exitCode == 2)
            #expect(error.description.hasPrefix("\(file):1:12: hidden must be an array, but it is a string."))
        }
    }

    @Test func everyCommandAcceptsAHiddenNetworkAndCompareVariesItsLayersAndSeed() throws {
        _ = try resolve(["--hidden", "2"])
        _ = try resolve(["generate", "--dataset", "xor", "--hidden", "3", "--single-file"])
        let folder = try TemporaryFolder()
        let experiment = try ExperimentResolver.resolve(
            try ArgumentParser.parse([
                "compare", "--dataset", "xor", "--vary", "hidden=2;3,2", "--vary", "seed=1,7", "-o",
                folder.path + "/site",
            ]))
        #expect(
            experiment.runs.map(\.name) == [
                "hidden-2_seed-1", "hidden-2_seed-7", "hidden-3,2_seed-1", "hidden-3,2_seed-7",
            ])
        #expect(experiment.runs.map(\.settings.network.hidden) == [[2], [2], [3, 2], [3, 2]])
        #expect(experiment.runs.map(\.settings.network.seed) == [1, 7, 1, 7])
        // Each run gets the hidden network's defaults and its own drawn start.
        #expect(experiment.runs.allSatisfy { $0.settings.training.rule == .logistic })
        #expect(
            experiment.runs[1].settings.training.hiddenLayers == [
                InitialParameters.drawn(hidden: [2], features: 2, seed: 7)[0]
            ])
        #expect(experiment.runs[0].settings.title == "Run hidden-2_seed-1: Training a 2-2-1 network on the XOR gate")
        #expect(experiment.base.title == "Comparing 4 runs of networks of different shapes on the XOR gate")
        // A seed for a run without hidden layers is refused, naming the run.
        #expect(throws: ReportError.self) {
            try ExperimentResolver.resolve(
                try ArgumentParser.parse(["compare", "--vary", "seed=1,2", "-o", folder.path + "/other"]))
        }
    }

    private func expectRefusal(
        _ arguments: [String], _ message: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        do {
            _ = try resolve(arguments)
            Issue.record("\(arguments) was accepted", sourceLocation: sourceLocation)
        } catch let error as ReportError {
            #expect(error.exitCode == 2, sourceLocation: sourceLocation)
            #expect(error.description == message, sourceLocation: sourceLocation)
        } catch {
            Issue.record("unexpected \(error)", sourceLocation: sourceLocation)
        }
    }
}
