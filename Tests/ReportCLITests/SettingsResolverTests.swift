import Foundation
import TestSupport
import Testing
import Training

@testable import ReportCLI

@Suite struct SettingsResolverTests {
    func resolve(_ arguments: [String]) throws -> ReportSettings {
        try SettingsResolver.resolve(try ArgumentParser.parse(arguments))
    }

    @Test func defaultsAreTheWalkthroughs() throws {
        let settings = try resolve([])
        #expect(settings.training == .walkthrough)
        #expect(settings.dataset == LogicGate.and.dataset)
        #expect(settings.output == "output")
        #expect(settings.title == "Training a sigmoid neuron on the AND gate")
        #expect(settings.baseURL == nil)
    }

    @Test func flagsSetEverySetting() throws {
        let settings = try resolve([
            "--dataset", "XOR", "--weights", "1, -2", "--bias", "-0.5", "--learning-rate", "0.25", "--iterations",
            "1e3",
            "--rule", "logistic", "--threshold", "0.7", "--title", "  My run  ", "--base-url", "https://example.org/r",
            "--single-file",
        ])
        #expect(settings.dataset == LogicGate.xor.dataset)
        #expect(settings.training.initialWeights == [1, -2])
        #expect(settings.training.initialBias == -0.5)
        #expect(settings.training.learningRate == 0.25)
        #expect(settings.training.iterations == 1000)
        #expect(settings.training.rule == .logistic)
        #expect(settings.training.threshold == 0.7)
        #expect(settings.title == "My run")
        #expect(settings.baseURL == "https://example.org/r/")
        #expect(settings.output == "output/report.html")
    }

    /// Bad values: each refused with exit code 2 and a message naming the flag and the reason.
    @Test(
        arguments: [
            (["--bias", "1e400"], "--bias '1e400' is out of range"),
            (["--bias", "nan"], "--bias 'nan' is NaN"),
            (["--bias", "0x1p3"], "is a hexadecimal number"),
            (["--learning-rate", "1_000"], "underscore"),
            (["--bias", "١٢"], "non-ASCII digits"),
            (["--bias", ""], "--bias '' is empty"),
            (["--threshold", "0,5"], "decimal comma"),
            (["--iterations", "0"], "iterations were asked for; at least 1 is needed."),
            (["--iterations", "-5"], "iterations were asked for; at least 1 is needed."),
            (["--iterations", "2.5"], "not a whole number"),
            (["--iterations", "99999999999"], "iterations were asked for; at most 10000000 are supported."),
            (["--threshold", "1"], "--threshold: the threshold 1 is outside (0, 1)"),
            (["--threshold", "0"], "outside (0, 1)"),
            (["--weights", "0.4"], "--weights: 1 initial weight is given but the data has 2 features"),
            (["--weights", "0.4,,0.2"], "empty item at position 2"),
            (["--weights", "0.4,x"], "item 2 'x'"),
            (["--rule", "logistc"], "Did you mean 'logistic'?"),
            (["--dataset", "anf"], "Did you mean 'and'?"),
            (["--title", ""], "is empty"),
            (["--title", String(repeating: "x", count: 201)], "at most 200"),
            (["--title", "a\u{7}b"], "control character U+7"),
            (["--base-url", "javascript:alert(1)"], "not an absolute http(s) URL"),
            (["--base-url", "https://"], "not a valid URL"),
            (["train", "--format", "xml"], "is not one of csv, json"),
        ] as [([String], String)])
    func badValuesAreUsageErrors(_ arguments: [String], _ message: String) {
        do {
            _ = try resolve(arguments)
            Issue.record("\(arguments) was accepted")
        } catch let error as ReportError {
            #expect(error.exitCode == 2)
            #expect(error.description.contains(message), "\(error.description)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func aMissingCSVFileIsARunFailureNamingTheFile() {
        do {
            _ = try resolve(["--dataset", "/nonexistent/points.csv"])
            Issue.record("accepted")
        } catch let error as ReportError {
            #expect(error.exitCode == 1)
            #expect(error.description.contains("/nonexistent/points.csv"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func aCSVDatasetGetsZeroWeightsForOtherThanTwoFeatures() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("three.csv", "a,b,c,label\n1,2,3,1\n0,0,1,0\n")
        let settings = try resolve(["--dataset", file])
        #expect(settings.dataset.featureNames == ["a", "b", "c"])
        #expect(settings.training.initialWeights == [0, 0, 0])
        #expect(settings.inputFiles == [file])
    }
}
