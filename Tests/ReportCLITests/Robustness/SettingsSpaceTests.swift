import Foundation
import TestSupport
import Testing

@testable import Training

/// A property test over the whole settings space, run through the built binary: weights, bias,
/// learning rate, threshold, iterations and datasets drawn from every magnitude float64 has
/// (0, ±1e−300, ordinary, ±1e150, ±1e308), both rules. Whatever the draw, the process ends with
/// exit 0 (a complete site whose headline is the one for the run's outcome) or exit 1 with a
/// message, never by a signal.
@Suite("Settings space: no draw traps, every site is complete and says what happened")
struct SettingsSpaceTests {
    /// How many draws `make test` runs; `SETTINGS_SPACE_DRAWS` raises it for a longer soak.
    static let draws = Int(ProcessInfo.processInfo.environment["SETTINGS_SPACE_DRAWS"] ?? "") ?? 40

    /// Settings that once ended in a signal, and the extremes named in the robustness checklist.
    static let knownCases = [
        Draw(
            name: "features 0/10 with α = 1e308 (SIGILL in the network diagram)",
            csv: "a,b,y\n0,0,0\n10,0,0\n0,10,0\n10,10,1\n",
            arguments: ["--learning-rate", "1e308"]),
        Draw(
            name: "weights 1e308", csv: "a,b,y\n0,0,0\n1,0,0\n0,1,0\n1,1,1\n", arguments: ["--weights", "1e308,-1e308"]),
        Draw(
            name: "features 1e150, rate 1e308", csv: "a,b,y\n1e150,0,0\n0,-1e150,1\n",
            arguments: ["--learning-rate", "1e308", "--rule", "logistic"]),
        Draw(name: "features ±1e308", csv: "a,b,y\n1e308,-1e308,0\n-1e308,1e308,1\n", arguments: ["--weights", "2,2"]),
    ]

    @Test("settings that once trapped end in a complete site or a clear refusal", arguments: knownCases)
    func knownSettings(_ draw: Draw) throws {
        try drawnSettings(draw)
    }

    @Test("a drawn setting ends in a complete site or a clear refusal", arguments: (0..<draws).map { Draw($0) })
    func drawnSettings(_ draw: Draw) throws {
        let workspace = try Workspace(previousSite: false)
        try draw.csv.write(toFile: workspace.at("data.csv"), atomically: true, encoding: .utf8)
        if let config = draw.config {
            try config.write(toFile: workspace.at("config.json"), atomically: true, encoding: .utf8)
        }
        let run = try SpawnedRun.run(draw.arguments + ["-o", "site", "-q"], in: workspace.path, timeout: 120)
        #expect(run.signal == nil, "\(draw): \(run.summary)")
        #expect(!run.timedOut, "\(draw): \(run.summary)")
        guard let code = run.exitCode else { return }
        guard code == 0 else {
            #expect(code == 1, "\(draw): \(run.summary)")
            #expect(!run.stderr.isEmpty, "\(draw): a refusal without a message")
            return
        }
        for file in Self.siteFiles {
            #expect(FileManager.default.fileExists(atPath: workspace.at("site/" + file)), "\(draw): no \(file)")
        }
        // A large network's history is split into parts from the start (README's publishing limits).
        let csv = ["data/history.csv", "data/history-0001.csv"].filter {
            FileManager.default.fileExists(atPath: workspace.at("site/" + $0))
        }
        #expect(csv.count == 1, "\(draw): the history CSV is neither whole nor in parts: \(csv)")
        let page = try String(contentsOfFile: workspace.at("site/index.html"), encoding: .utf8)
        let json = try JSONSerialization.jsonObject(
            with: Data(contentsOf: URL(fileURLWithPath: workspace.at("site/data/history.json"))))
        let summary = try #require((json as? [String: Any])?["summary"] as? [String: Any])
        let expected = Self.headline(summary)
        #expect(page.contains("<strong>\(expected)</strong>"), "\(draw): the headline is not “\(expected)”")
        for word in ["NaN", " nan", ">nan", "inf<", " inf "] {
            #expect(!page.contains(word), "\(draw): the walkthrough prints “\(word)”")
        }
        if summary["divergedAt"] is NSNull {
            #expect(!page.contains("training stopped there"), "\(draw): a finished run is described as diverged")
        } else {
            #expect(!page.contains("repeat for all"), "\(draw): a diverged run is described as finished")
        }
    }

    /// Networks with hidden layers drawn the same way: sizes up to the limits, a seed or explicit
    /// parameters of every magnitude, both rules.
    @Test(
        "a drawn network with hidden layers ends in a complete site or a clear refusal",
        arguments: (0..<max(draws / 2, 1)).map { Draw(hidden: $0) })
    func drawnNetworks(_ draw: Draw) throws {
        try drawnSettings(draw)
    }

    static let siteFiles = [
        "index.html", "404.html", "history/index.html", "history/page-0001.html", "data/history.json",
        "assets/style.css", "images/weights.png", "images/bias.png", "images/errors.png",
        "images/loss.png", "images/network-initial.png", "images/network-final.png",
    ]

    /// The walkthrough's headline for the outcome history.json reports.
    static func headline(_ summary: [String: Any]) -> String {
        if let diverged = summary["divergedAt"] as? Int { return "Diverged at iteration \(grouped(diverged))." }
        if let allRight = summary["allRightFrom"] as? Int {
            return "Every prediction right from iteration \(grouped(allRight)) on."
        }
        return "Not every prediction right at the end."
    }

    static func grouped(_ value: Int) -> String {
        value.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_US")))
    }
}

/// One draw of settings and data from a seeded generator, so a failure names a reproducible case.
struct Draw: CustomStringConvertible, Sendable {
    let seed: Int
    var name = ""
    let arguments: [String]
    let csv: String
    /// A config file the arguments name (`-c config.json`), if any.
    var config: String?

    /// Magnitudes float64 can hold, from the smallest normal region to the largest.
    static let magnitudes: [Double] = [0, 1e-300, 1e-12, 0.1, 0.4, 1, 10, 50, 1e150, 1e307, 1e308]

    init(_ seed: Int) {
        self.seed = seed
        var random = SplitMix64(seed: UInt64(seed) &+ 0x6E6E_7265)
        let (features, csv) = Self.data(&random)
        self.csv = csv
        var arguments = ["--dataset", "data.csv"]
        arguments += ["--weights", (0..<features).map { _ in "\(Self.magnitude(&random))" }.joined(separator: ",")]
        arguments += ["--bias", "\(Self.magnitude(&random))"]
        self.arguments = arguments + Self.hyperparameters(&random)
    }

    /// A network of 1 to 4 hidden layers (each of 1 to 8 units, or now and then 64), its
    /// parameters drawn from a seed or given in a config file at every magnitude.
    init(hidden seed: Int) {
        self.seed = seed
        name = "network draw \(seed)"
        var random = SplitMix64(seed: UInt64(seed) &+ 0x6869_6464)
        let (features, csv) = Self.data(&random)
        self.csv = csv
        let sizes = (0...(random.next() % 4)).map { _ in random.next() % 8 == 0 ? 64 : 1 + Int(random.next() % 8) }
        var arguments = ["--dataset", "data.csv", "--hidden", sizes.map(String.init).joined(separator: ",")]
        if random.next() % 2 == 0 {
            arguments += ["--seed", "\(random.next() % 4_294_967_296)"]
        } else {
            let shapes = zip([features] + sizes, sizes + [1])
            let layers = shapes.map { inputs, units in
                let rows = (0..<inputs).map { _ in
                    "[" + (0..<units).map { _ in "\(Self.magnitude(&random))" }.joined(separator: ",") + "]"
                }
                let biases = (0..<units).map { _ in "\(Self.magnitude(&random))" }
                return #"{"w": ["# + rows.joined(separator: ",") + #"], "b": ["# + biases.joined(separator: ",") + "]}"
            }
            config =
                #"{"hidden": ["# + sizes.map(String.init).joined(separator: ",") + #"], "layers": ["#
                + layers.joined(separator: ",") + "]}"
            arguments = ["--dataset", "data.csv", "-c", "config.json"]
        }
        self.arguments = arguments + Self.hyperparameters(&random)
    }

    private static func magnitude(_ random: inout SplitMix64) -> Double {
        let value = Self.magnitudes[Int(random.next() % UInt64(Self.magnitudes.count))]
        return random.next() % 2 == 0 ? value : -value
    }

    /// 1 to 3 features, 1 to 6 samples of every magnitude, labels 0 or 1.
    private static func data(_ random: inout SplitMix64) -> (features: Int, csv: String) {
        let features = 1 + Int(random.next() % 3)
        let samples = 1 + Int(random.next() % 6)
        var rows = [(0..<features).map { "f\($0 + 1)" }.joined(separator: ",") + ",y"]
        for _ in 0..<samples {
            rows.append(
                (0..<features).map { _ in "\(magnitude(&random))" }.joined(separator: ",") + ",\(random.next() % 2)")
        }
        return (features, rows.joined(separator: "\n") + "\n")
    }

    /// The learning rate, threshold, iterations and rule.
    private static func hyperparameters(_ random: inout SplitMix64) -> [String] {
        let rates: [Double] = [1e-300, 1e-3, 0.1, 1, 50, 1e150, 1e308]
        let thresholds: [Double] = [1e-300, 1e-9, 0.3, 0.5, 0.7, 0.999999999]
        return [
            "--learning-rate", "\(rates[Int(random.next() % UInt64(rates.count))])",
            "--threshold", "\(thresholds[Int(random.next() % UInt64(thresholds.count))])",
            "--iterations", "\(1 + random.next() % 300)",
            "--rule", random.next() % 2 == 0 ? "thresholded" : "logistic",
        ]
    }

    /// A named case with fixed data and flags.
    init(name: String, csv: String, arguments: [String]) {
        seed = -1
        self.name = name
        self.csv = csv
        self.arguments = ["--dataset", "data.csv"] + arguments
    }

    var description: String {
        "\(name.isEmpty ? "draw \(seed)" : name): nnreport \(arguments.joined(separator: " ")) with data.csv = \(csv.debugDescription)"
            + (config.map { " and config.json = \($0)" } ?? "")
    }
}
