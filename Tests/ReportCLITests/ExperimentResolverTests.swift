import Foundation
import TestSupport
import Testing
import Training

@_spi(Benchmarks) @testable import ReportCLI

/// How `nnreport compare` turns its declarations into runs: names, order, and which value wins.
@Suite struct ExperimentResolverTests {
    func resolve(_ arguments: [String], config: String? = nil) throws -> (Experiment, TemporaryFolder) {
        let folder = try TemporaryFolder()
        var arguments = ["compare"] + arguments
        if let config { arguments += ["-c", try folder.write("c.json", config)] }
        return (try ExperimentResolver.resolve(try ArgumentParser.parse(arguments)), folder)
    }

    @Test func varyMakesEveryCombinationTheLastSettingFastest() throws {
        let (experiment, _) = try resolve(["--vary", "learning-rate=0.01,0.1,1", "--vary", "rule=thresholded,logistic"])
        #expect(
            experiment.runs.map(\.name) == [
                "learning-rate-0.01_rule-thresholded", "learning-rate-0.01_rule-logistic",
                "learning-rate-0.1_rule-thresholded", "learning-rate-0.1_rule-logistic",
                "learning-rate-1_rule-thresholded", "learning-rate-1_rule-logistic",
            ])
        #expect(experiment.runs.map(\.settings.training.learningRate) == [0.01, 0.01, 0.1, 0.1, 1, 1])
        #expect(
            experiment.runs.map(\.settings.training.rule) == [
                .thresholded, .logistic, .thresholded, .logistic, .thresholded, .logistic,
            ])
        #expect(experiment.base.title == "Comparing 6 runs of a sigmoid neuron on the AND gate")
        #expect(
            experiment.runs[0].settings.title
                == "Run learning-rate-0.01_rule-thresholded: Training a sigmoid neuron on the AND gate")
        #expect(experiment.base.output == "output")
    }

    @Test func aRunsOwnValueWinsOverAFlagWhichWinsOverTheConfig() throws {
        let config = """
            {"learningRate": 0.5, "iterations": 20, "bias": 2,
             "runs": [{"name": "own", "learningRate": 3}, {"name": "shared"}],
             "grid": {"threshold": [0.3, 0.7]}}
            """
        let (experiment, _) = try resolve(["--iterations", "30"], config: config)
        #expect(
            experiment.runs.map(\.name) == [
                "own_threshold-0.3", "own_threshold-0.7", "shared_threshold-0.3", "shared_threshold-0.7",
            ])
        #expect(experiment.runs.map(\.settings.training.learningRate) == [3, 3, 0.5, 0.5])
        #expect(
            experiment.runs.allSatisfy {
                $0.settings.training.iterations == 30 && $0.settings.training.initialBias == 2
            })
        #expect(experiment.runs.map(\.settings.training.threshold) == [0.3, 0.7, 0.3, 0.7])
    }

    @Test func runsOnOneDataFileShareOneCopyOfIt() throws {
        let folder = try TemporaryFolder()
        let csv = try folder.write("d.csv", "a,b,label\n0,0,0\n1,1,1\n")
        let experiment = try ExperimentResolver.resolve(
            try ArgumentParser.parse(["compare", "--dataset", csv, "--vary", "bias=1,2,3"]))
        #expect(experiment.runs.allSatisfy { $0.settings.dataset == experiment.runs[0].settings.dataset })
        #expect(experiment.runs.allSatisfy { $0.settings.inputFiles == [csv] })
        #expect(experiment.base.inputFiles == [csv])
        #expect(experiment.base.title == "Comparing 3 runs of a sigmoid neuron on d.csv")
    }

    @Test func listValuesAreSeparatedBySemicolons() throws {
        let (experiment, _) = try resolve(["--vary", "weights=0.4,0.2;1,-1"])
        #expect(experiment.runs.map(\.name) == ["weights-0.4,0.2", "weights-1,-1"])
        #expect(experiment.runs.map(\.settings.training.initialWeights) == [[0.4, 0.2], [1, -1]])
    }

    @Test func aGivenTitleIsTheComparisonsAndRunsKeepTheirOwn() throws {
        let (experiment, _) = try resolve(
            ["--title", "Rates"], config: "{\"runs\": [{\"name\": \"a\", \"title\": \"Run A\"}, {\"name\": \"b\"}]}")
        #expect(experiment.base.title == "Rates")
        #expect(experiment.runs.map(\.settings.title) == ["Run A", "Run b: Training a sigmoid neuron on the AND gate"])
    }
}
