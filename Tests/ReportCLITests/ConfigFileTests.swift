import Foundation
import TestSupport
import Testing
import Training

@_spi(Benchmarks) @testable import ReportCLI

@Suite struct ConfigFileTests {
    func resolve(config: String, flags: [String] = []) throws -> ReportSettings {
        let folder = try TemporaryFolder()
        let file = try folder.write("nn.json", config)
        return try SettingsResolver.resolve(try ArgumentParser.parse(["-c", file] + flags))
    }

    @Test func everyKeyIsRead() throws {
        let settings = try resolve(
            config: """
                {"title": "Config run", "dataset": "or", "weights": [0.1, 0.2], "bias": 0.5, "learningRate": 0.3,
                 "iterations": 50, "rule": "logistic", "threshold": 0.6, "baseURL": "https://example.org"}
                """)
        #expect(settings.title == "Config run")
        #expect(settings.dataset == LogicGate.or.dataset)
        #expect(settings.training.initialWeights == [0.1, 0.2])
        #expect(settings.training.initialBias == 0.5)
        #expect(settings.training.learningRate == 0.3)
        #expect(settings.training.iterations == 50)
        #expect(settings.training.rule == .logistic)
        #expect(settings.training.threshold == 0.6)
        #expect(settings.baseURL == "https://example.org/")
    }

    @Test func flagsWinOverTheConfig() throws {
        let settings = try resolve(config: #"{"bias": 0.5, "iterations": 50}"#, flags: ["--bias", "2"])
        #expect(settings.training.initialBias == 2)
        #expect(settings.training.iterations == 50)
    }

    @Test func inlineDataIsOneRowPerFeature() throws {
        let settings = try resolve(
            config:
                #"{"dataset": {"features": [[0, 1, 2], [1, 1, 0]], "labels": [0, 1, 1], "featureNames": ["p", "q"]}}"#)
        #expect(settings.dataset.features == [[0, 1, 2], [1, 1, 0]])
        #expect(settings.dataset.featureNames == ["p", "q"])
        #expect(settings.dataset.sampleCount == 3)
    }

    @Test func aCSVPathIsRelativeToTheConfigFile() throws {
        let folder = try TemporaryFolder()
        _ = try folder.write("data.csv", "x,y\n1,0\n2,1\n")
        let file = try folder.write("nn.json", #"{"dataset": {"csv": "data.csv"}}"#)
        let settings = try SettingsResolver.resolve(try ArgumentParser.parse(["-c", file]))
        #expect(settings.dataset.featureNames == ["x"])
        #expect(settings.inputFiles.contains(file))
    }

    /// Bad configs: exit code 2, a message with the key path (and line where it helps).
    @Test(arguments: [
        (#"{"bias": "1"}"#, "bias must be a number, but it is a string"),
        (#"{"biass": 1}"#, "biass"),
        (#"{"learningrate": 1}"#, "learningRate"),
        (#"{"bias": null}"#, "is null"),
        (#"{"bias": 1, "bias": 2}"#, "bias"),
        (#"{"iterations": 0}"#, "0 iterations were asked for; at least 1 is needed."),
        (#"{"iterations": 1.5}"#, "iterations"),
        (#"{"threshold": 2}"#, "outside (0, 1)"),
        (#"{"weights": [1]}"#, "one weight per feature"),
        (#"{"dataset": {"features": [[0, 1]], "labels": [0, 2]}}"#, "labels must be 0 or 1"),
        (#"{"dataset": {"features": [[0, "a"]], "labels": [0, 1]}}"#, "dataset.features[0][1]"),
        (#"{"dataset": 5}"#, "must be a built-in name"),
        (#"{"rule": "perceptron"}"#, "is not one of thresholded, logistic"),
        ("", "holds no JSON value"),
        ("[1, 2]", "must be an object"),
        ("{\"bias\": 1,}", "nn.json:1:11:"),
        ("{\n  \"bias\": 1\n  \"iterations\": 2\n}", "nn.json:3:3:"),
        (String(repeating: "[", count: 10_000), "deep"),
    ])
    func badConfigsAreUsageErrors(_ config: String, _ message: String) {
        do {
            _ = try resolve(config: config)
            Issue.record("accepted: \(config.prefix(60))")
        } catch let error as ReportError {
            #expect(error.exitCode == 2)
            #expect(error.description.contains(message), "\(error.description)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func aMissingConfigOrAFolderIsRefused() throws {
        for path in ["/nonexistent/nn.json", NSTemporaryDirectory()] {
            do {
                _ = try SettingsResolver.resolve(try ArgumentParser.parse(["-c", path]))
                Issue.record("accepted \(path)")
            } catch let error as ReportError {
                #expect(error.exitCode == 2)
                #expect(error.description.contains(path))
            }
        }
    }
}
