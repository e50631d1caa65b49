import Foundation
import TestSupport
import Testing
import Training

@_spi(Benchmarks) @testable import ReportCLI

/// The injection corpora as config values and flags: each is accepted unchanged (the site's
/// escaping is SiteTests' InjectionTests) or refused as a usage error naming the key; a sample
/// goes through the binary and the pages are checked by an HTML5 parser.
@Suite struct ConfigInjectionTests {
    static let corpusFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The XSS payloads and the naughty strings.
    static let payloads: [String] = {
        let xss =
            (try? String(
                contentsOf: corpusFolder.appending(path: "SiteTests/Fixtures/xss/xss-payloads-combined.txt"),
                encoding: .utf8)) ?? ""
        let blns =
            (try? Data(contentsOf: corpusFolder.appending(path: "Robustness/Corpora/blns/blns.json")))
            .flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String] } ?? []
        return xss.split(separator: "\n").map(String.init).filter { !$0.isEmpty } + blns
    }()

    /// A config of the inline AND data with `title` and `names`, as JSON text.
    static func config(title: String, names: [String]) throws -> String {
        let object: [String: Any] = [
            "title": title, "iterations": 3,
            "dataset": ["features": [[0, 0, 1, 1], [0, 1, 0, 1]], "labels": [0, 0, 0, 1], "featureNames": names],
        ]
        return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    @Test func theCorporaAreThere() {
        #expect(Self.payloads.count == 638)
    }

    @Test func everyPayloadIsAcceptedUnchangedOrRefusedByItsKey() throws {
        let folder = try TemporaryFolder()
        var accepted = 0
        for payload in Self.payloads {
            let file = try folder.write("c.json", try Self.config(title: payload, names: [payload, "zz-second"]))
            do {
                let settings = try SettingsResolver.resolve(try ArgumentParser.parse(["-c", file]))
                #expect(settings.title == payload.trimmingSpaces)
                #expect(settings.dataset.featureNames == [payload, "zz-second"])
                accepted += 1
            } catch let error as ReportError {
                #expect(error.exitCode == 2)
                let named = ["key \"title\"", "key \"dataset\""].contains { error.description.contains($0) }
                #expect(named, "\(error.description.prefix(200))")
            }
            // The same rule for the flag (given as --title=TEXT, as a payload may start with "--").
            do {
                let settings = try SettingsResolver.resolve(try ArgumentParser.parse(["--title=" + payload]))
                #expect(settings.title == payload.trimmingSpaces)
            } catch let error as ReportError {
                #expect(error.exitCode == 2)
                #expect(error.description.hasPrefix("--title"), "\(error.description.prefix(200))")
            }
        }
        // Most strings are fine text; only empty, control-character and over-long ones are refused.
        #expect(accepted > 600)
    }

    /// Three runs of the binary with payloads as the title and the feature names, checked against
    /// a harmless run by `Tests/Robustness/check_html.py` (html5lib, or Python's own parser).
    @Test func aSampleThroughTheBinaryHasTheHarmlessSitesMarkup() throws {
        let workspace = try Workspace(previousSite: false)
        try workspace.apply(
            .file("base.json", Array(try Self.config(title: "Harmless", names: ["alpha", "beta"]).utf8)))
        let base = try SpawnedRun.run(["-c", "base.json", "-o", "base", "-q"], in: workspace.path)
        #expect(base.exitCode == 0, "\(base.summary)")
        let samples = [
            ["\"><img src=x onerror=alert(1)>", "<script>alert(document.cookie)</script>", "javascript:alert(1)//"],
            ["</title><svg/onload=alert(1)>", "' onmouseover='alert(1)", "<a href=\"javascript:alert(1)\">x</a>"],
            ["&lt;script&gt;&#x3C;/p&#x3E;", "ثم نفس سقطت وبالتحديد", "Ṱ̺̺̕o͞ ̷i̲̬͇̪͙n̝̗͕v̟̜̘̦͟o̶̙̰̠kè͚̮̺̪̹̱̤ ̖t̝͕̳̣̻̪͞h̼͓̲̦̳̘̲e͇̣̰̦̬͎"],
        ]
        for (index, sample) in samples.enumerated() {
            let name = "s\(index)"
            try workspace.apply(
                .file(name + ".json", Array(try Self.config(title: sample[0], names: [sample[1], sample[2]]).utf8)))
            let run = try SpawnedRun.run(["-c", name + ".json", "-o", name, "-q"], in: workspace.path)
            #expect(run.exitCode == 0, "\(run.summary)")
            let check = try Self.python([Self.checker, workspace.at("base"), workspace.at(name)])
            #expect(check.status == 0, "\(check.output)")
            #expect(check.output.hasPrefix("check_html: 4 pages, same markup"), "\(check.output)")
            let csv = FileManager.default.contents(atPath: workspace.at(name + "/data/history.csv"))
            #expect(csv == FileManager.default.contents(atPath: workspace.at("base/data/history.csv")))
        }
    }

    static let checker = corpusFolder.appending(path: "Robustness/check_html.py").path

    /// Runs python3 with `arguments`; its status and output.
    static func python(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
