import Foundation
import TestSupport
import Testing
import Training

@_spi(Benchmarks) @testable import ReportCLI

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

    /// Bad values: each refused with exit code 2 and its whole message, which names the flag and
    /// the value, says why, and what to give instead.
    static let badValues: [([String], String)] = [
        (
            ["--bias", "1e400"],
            "--bias '1e400' is out of range (beyond the largest double, about 1.8e308); give a decimal number such as 0.5 or -1.25."
        ),
        (["--bias", "nan"], "--bias 'nan' is NaN (not a number); give a decimal number such as 0.5 or -1.25."),
        (["--bias", "0x1p3"], "--bias '0x1p3' is a hexadecimal number; give a decimal number such as 0.5 or -1.25."),
        (
            ["--learning-rate", "1_000"],
            "--learning-rate '1_000' contains an underscore (digit separators are not accepted); give a decimal number such as 0.5 or -1.25."
        ),
        (["--bias", "١٢"], "--bias '١٢' contains non-ASCII digits; give a decimal number such as 0.5 or -1.25."),
        (["--bias", ""], "--bias '' is empty; give a decimal number such as 0.5 or -1.25."),
        (
            ["--threshold", "0,5"],
            "--threshold '0,5' uses a decimal comma; give a decimal number such as 0.5 or -1.25."
        ),
        (["--iterations", "0"], "--iterations: 0 iterations were asked for; at least 1 is needed."),
        (["--iterations", "-5"], "--iterations: -5 iterations were asked for; at least 1 is needed."),
        (["--iterations", "2.5"], "--iterations '2.5' is not a whole number."),
        (
            ["--iterations", "99999999999"],
            "--iterations: 99999999999 iterations were asked for; at most 10000000 are supported."
        ),
        (
            ["--threshold", "1"],
            "--threshold: the threshold 1 is outside (0, 1); the sigmoid output lies strictly between 0 and 1, so choose a value such as 0.5."
        ),
        (
            ["--threshold", "0"],
            "--threshold: the threshold 0 is outside (0, 1); the sigmoid output lies strictly between 0 and 1, so choose a value such as 0.5."
        ),
        (
            ["--weights", "0.4"],
            "--weights: 1 initial weight is given but the data has 2 features; give exactly one weight per feature."
        ),
        (
            ["--weights", "0.4,,0.2"],
            "--weights '0.4,,0.2' has an empty item at position 2; write the numbers as 0.4,0.2."
        ),
        (
            ["--weights", "0.4,x"],
            "--weights '0.4,x' has item 2 'x', which contains the character \"x\"; write the numbers as 0.4,0.2."
        ),
        (["--rule", "logistc"], "--rule 'logistc' is not one of thresholded, logistic. Did you mean 'logistic'?"),
        (
            ["--dataset", "anf"],
            "--dataset 'anf' is neither a built-in dataset (and, or, nand, nor, xor) nor a .csv file. Did you mean 'and'?"
        ),
        (["--title", ""], "--title '' is empty; give a title or leave it out."),
        (
            ["--title", String(repeating: "x", count: 201)],
            "--title '\(String(repeating: "x", count: 40))…' is 201 characters long; titles may have at most 200."
        ),
        (
            ["--title", "a\u{7}b"],
            "--title '\"a\\u{07}b\"' contains the control character U+7; titles are one line of text."
        ),
        (
            ["--base-url", "javascript:alert(1)"],
            "--base-url 'javascript:alert(1)' is not an absolute http(s) URL; write it like https://example.org/reports/and/."
        ),
        (
            ["--base-url", "https://"],
            "--base-url 'https://' is not a valid URL (it needs a host and only URL characters; percent-encode the rest)."
        ),
        (["train", "--format", "xml"], "--format 'xml' is not one of csv, json."),
    ]

    @Test(arguments: badValues)
    func badValuesAreUsageErrors(_ arguments: [String], _ message: String) {
        do {
            _ = try resolve(arguments)
            Issue.record("\(arguments) was accepted")
        } catch let error as ReportError {
            #expect(error.exitCode == 2)
            #expect(error.description == message)
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
