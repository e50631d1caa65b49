import Foundation
import Testing
import Training

@testable import Site

@Suite("HistoryJSON")
struct HistoryJSONTests {
    static func json(_ log: TrainingLog, title: String = "AND walkthrough") throws -> String {
        let sink = MemorySink()
        try HistoryJSON.write(log, title: title, settings: SiteMaker.settings(of: log), to: sink)
        return sink.text
    }

    static func parse(_ text: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any])
    }

    @Test("split into CSV parts, the document lists them instead of holding the iterations")
    func parts() throws {
        let log = ExportFixtures.andRun(iterations: 30)
        let layout = ExportLayout(iterations: 100_001, loggedSamples: 4, features: 2, samples: 4)
        let sink = MemorySink()
        try HistoryJSON.write(log, title: "t", settings: SiteMaker.settings(of: log), layout: layout, to: sink)
        let document = try Self.parse(sink.text)
        #expect(document["iterations"] == nil && document["summary"] != nil && document["settings"] != nil)
        let parts = try #require(document["parts"] as? [[String: Any]])
        #expect(parts.map { $0["file"] as? String } == ["history-0001.csv", "history-0002.csv", "history-0003.csv"])
        #expect(parts.map { number($0["first"]) } == [1, 40_001, 80_001])
        #expect(parts.map { number($0["last"]) } == [40_000, 80_000, 100_001])
        // One part: the iterations as before.
        let single = MemorySink()
        try HistoryJSON.write(
            log, title: "t", settings: SiteMaker.settings(of: log), layout: ExportLayout(log), to: single)
        #expect(try Self.parse(single.text)["iterations"] != nil)
    }

    @Test("the head: generator, title, dataset, settings and summary")
    func head() throws {
        let log = ExportFixtures.andRun(iterations: 1000)
        let document = try Self.parse(try Self.json(log))
        #expect(document["generator"] as? String == "nnreport")
        #expect(document["title"] as? String == "AND walkthrough")
        let dataset = try #require(document["dataset"] as? [String: Any])
        #expect(dataset["name"] as? String == "AND gate")
        #expect(dataset["featureNames"] as? [String] == ["x1", "x2"])
        #expect(doubles(dataset["features"] as? [Any] ?? []) == [[0, 1, 0, 1], [0, 0, 1, 1]])
        #expect(numbers(dataset["labels"]) == [0, 0, 0, 1])
        let settings = try #require(document["settings"] as? [String: Any])
        #expect(numbers(settings["weights"]) == [0.4, 0.2])
        #expect(number(settings["bias"]) == 1 && number(settings["learningRate"]) == 0.1)
        #expect(number(settings["iterations"]) == 1000 && number(settings["threshold"]) == 0.5)
        #expect(settings["rule"] as? String == "thresholded")
        let summary = try #require(document["summary"] as? [String: Any])
        #expect(number(summary["iterationsRun"]) == 1000)
        #expect(number(summary["allRightFrom"]) == 26)
        #expect(summary["divergedAt"] is NSNull)
        #expect(numbers(summary["finalWeights"]) == log.summary.finalWeights)
        #expect(number(summary["finalBias"]) == -0.07499999999999982)
        #expect(number(summary["accuracy"]) == 1)
        #expect(numbers(summary["predictionChanges"]) == log.predictionChanges.map(Double.init))
    }

    @Test("near-threshold samples are grouped by iteration")
    func nearThreshold() throws {
        let log = ExportFixtures.andRun(iterations: 40)
        try #require(!log.nearThreshold.isEmpty)
        let summary = try #require(try Self.parse(try Self.json(log))["summary"] as? [String: Any])
        let groups = try #require(summary["nearThreshold"] as? [[String: Any]])
        #expect(groups.map { number($0["iteration"]) } == log.nearThresholdIterations.map(Double.init))
        var flattened: [String] = []
        for group in groups {
            for sample in group["samples"] as? [[String: Any]] ?? [] {
                let values = [group["iteration"], sample["sample"], sample["z"], sample["s"]].map { number($0) ?? .nan }
                flattened.append(values.map { "\($0)" }.joined(separator: " "))
            }
        }
        let logged = log.nearThreshold.map { "\(Double($0.iteration)) \(Double($0.sample)) \($0.z) \($0.s)" }
        #expect(flattened == logged)
    }

    @Test("a run settled on the boundary lists its first 1,000 near-threshold samples and counts them all")
    func nearThresholdBounded() throws {
        // XOR under the logistic rule settles with every s at 0.5: every sample, every iteration.
        var settings = TrainingSettings.walkthrough
        settings.iterations = 3000
        settings.rule = .logistic
        settings.learningRate = 0.7
        let log = Trainer.train(LogicGate.xor.dataset, settings: settings)
        try #require(log.nearThreshold.count > HistoryJSON.nearThresholdListed)
        let text = try Self.json(log)
        let summary = try #require(try Self.parse(text)["summary"] as? [String: Any])
        #expect(number(summary["nearThresholdCount"]) == Double(log.nearThreshold.count))
        let groups = try #require(summary["nearThreshold"] as? [[String: Any]])
        let listed = groups.flatMap { group in
            (group["samples"] as? [[String: Any]] ?? []).map {
                "\(number(group["iteration"]) ?? 0) \(number($0["sample"]) ?? 0)"
            }
        }
        #expect(listed == log.nearThreshold.prefix(1000).map { "\(Double($0.iteration)) \(Double($0.sample))" })
        // The entries fit the room ExportLayout keeps for them.
        let start = try #require(text.range(of: "\"nearThreshold\":"))
        let end = try #require(text.range(of: ",\"predictionChanges\"", range: start.upperBound..<text.endIndex))
        #expect(
            text[start.upperBound..<end.lowerBound].utf8.count
                <= 1000 * HistoryJSON.longestNearThresholdEntry(iterations: 3000, samples: 4))
    }

    @Test("every iteration reads back to the logged doubles; non-finite ones are null", arguments: ExportRun.allCases)
    func iterations(_ run: ExportRun) throws {
        let log = try run.log()
        let document = try Self.parse(try Self.json(log))
        let rows = try #require(document["iterations"] as? [[String: Any]])
        #expect(rows.count == log.count)
        let m = 0..<log.loggedSampleCount, n = 0..<log.featureCount
        for (row, object) in rows.enumerated() {
            let k = row + 1
            #expect(number(object["iteration"]) == Double(k))
            expectSame(object["z"], m.map { log.z(k, $0) }, "z", k)
            expectSame(object["s"], m.map { log.s(k, $0) }, "s", k)
            expectSame(object["yhat"], m.map { Double(log.prediction(k, $0)) }, "yhat", k)
            expectSame(object["e"], m.map { log.e(k, $0) }, "e", k)
            expectSame([object["errors"] as Any], [Double(log.errors(k))], "errors", k)
            expectSame(
                [object["mse"] as Any, object["bce"] as Any, object["db"] as Any, object["b"] as Any],
                [log.mse(k), log.bce(k), log.db(k), log.bias(k)], "mse, bce, db, b", k)
            expectSame(object["dw"], n.map { log.dW(k, $0) }, "dw", k)
            expectSame(object["w"], n.map { log.weight(k, $0) }, "w", k)
        }
    }

    @Test("a diverged run reports where, and its infinities are null")
    func diverged() throws {
        let log = try ExportFixtures.divergingRun()
        let divergedAt = try #require(log.divergedAt)
        let text = try Self.json(log)
        let summary = try #require(try Self.parse(text)["summary"] as? [String: Any])
        #expect(number(summary["divergedAt"]) == Double(divergedAt))
        #expect(summary["allRightFrom"] is NSNull)
        #expect(text.contains("null") && !text.contains("inf") && !text.contains("nan"))
    }

    @Test(
        "strings survive the round trip and are safe inside an HTML script element",
        arguments: [
            "plain", "quote \" and backslash \\", "</script><script>alert(1)</script>", "<!-- comment",
            "a\nb\tc\r\u{1}\u{1F}",
            "line\u{2028}para\u{2029}end", "é 😀 日本", "<b>bold</b> & 'single'", "",
        ])
    func strings(_ title: String) throws {
        let text = try Self.json(ExportFixtures.andRun(iterations: 1), title: title)
        #expect(try Self.parse(text)["title"] as? String == title)
        #expect(!text.contains("</") && !text.contains("<!--"))
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(!text.unicodeScalars.contains { $0 == "\u{2028}" || $0 == "\u{2029}" })
    }

    @Test("feature names and the dataset name are escaped too")
    func datasetStrings() throws {
        let dataset = try Dataset(
            name: "data</script>", featureNames: ["a\"b", "c\\d"], features: [[0, 1], [1, 0]], labels: [0, 1])
        var settings = TrainingSettings.defaults(for: dataset)
        settings.iterations = 2
        let text = try Self.json(Trainer.train(dataset, settings: settings))
        let parsed = try #require(try Self.parse(text)["dataset"] as? [String: Any])
        #expect(parsed["name"] as? String == "data</script>")
        #expect(parsed["featureNames"] as? [String] == ["a\"b", "c\\d"])
    }

    @Test("the same log and title give the same bytes, one line per iteration")
    func deterministic() throws {
        let log = ExportFixtures.andRun(iterations: 200, rule: .logistic)
        let text = try Self.json(log)
        #expect(text == (try Self.json(log)))
        #expect(text.hasSuffix("\n]}\n"))
        #expect(text.split(separator: "\n").filter { $0.hasPrefix("{\"iteration\":") }.count == 200)
    }
}

/// The double a parsed JSON number stands for.
///
/// Foundation on Linux parses long numbers into `NSDecimalNumber`, whose `doubleValue` can be an
/// ulp off; its decimal text is exact, and `Double(String)` rounds that correctly.
private func number(_ value: Any?) -> Double? {
    if let decimal = value as? NSDecimalNumber { return Double(decimal.description) }
    return (value as? NSNumber)?.doubleValue
}

/// The doubles of a parsed JSON array of numbers.
private func numbers(_ value: Any?) -> [Double]? { (value as? [Any])?.compactMap(number) }

private func doubles(_ rows: [Any]) -> [[Double]] { rows.compactMap(numbers) }

/// Checks a parsed JSON array against logged values: each number the same double, and `null`
/// exactly where the value is not finite.
private func expectSame(_ parsed: Any?, _ expected: [Double], _ name: String, _ iteration: Int) {
    guard let values = parsed as? [Any], values.count == expected.count else {
        Issue.record("iteration \(iteration): \(name) is not an array of \(expected.count) values")
        return
    }
    for (value, logged) in zip(values, expected) {
        let matches = logged.isFinite ? sameDouble(number(value), logged) : value is NSNull
        if !matches { Issue.record("iteration \(iteration): \(name) holds \(value), logged \(logged)") }
    }
}
