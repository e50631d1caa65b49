import Foundation
import TestSupport
import Testing

/// The built binary with hidden layers: `train` writes the log in README's scheme, equal to the numpy
/// golden; `compare` writes a comparison of networks; a log over the limit is refused.
@Suite struct HiddenEndToEndTests {
    static let goldens = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appending(path: "../../TrainingTests/Golden/hidden").standardized

    @Test func trainWritesTheLogAsTheNumpyReferenceHasIt() throws {
        let result = try BuiltBinary.run(["train", "--dataset", "xor", "--hidden", "2", "--iterations", "1000", "-q"])
        #expect(result.status == 0, "\(result.stderr)")
        let golden = try String(contentsOf: Self.goldens.appending(path: "xor-2-2-1-logistic.csv"), encoding: .utf8)
        let mine = result.stdout.split(separator: "\n"), theirs = golden.split(separator: "\n")
        #expect(mine.first == theirs.first)
        #expect(mine.count == 1001 && theirs.count == 1001)
        let header = (mine.first ?? "").split(separator: ",")
        for (row, (a, b)) in zip(mine, theirs).enumerated().dropFirst() {
            for (name, (x, y)) in zip(header, zip(a.split(separator: ","), b.split(separator: ","))) {
                let (u, v) = (Double(x) ?? .nan, Double(y) ?? .nan)
                let same = name == "mse" || name == "bce" ? abs(u - v) <= 1e-12 * abs(v) : u.bitPattern == v.bitPattern
                #expect(same, "row \(row) \(name): \(x) vs numpy \(y)")
            }
        }
    }

    @Test func trainWritesJSONWithEveryLayer() throws {
        let folder = try TemporaryFolder()
        let result = try BuiltBinary.run(
            ["train", "--hidden", "3,2", "--iterations", "4", "--format", "json", "--log", "run.json", "-q"],
            in: folder.path)
        #expect(result.status == 0, "\(result.stderr)")
        let data = try Data(contentsOf: folder.url.appending(path: "run.json"))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let settings = try #require(root["settings"] as? [String: Any])
        #expect(settings["hidden"] as? [Int] == [3, 2] && settings["seed"] as? Int == 1)
        #expect(settings["weights"] == nil && settings["rule"] as? String == "logistic")
        let network = try #require(root["network"] as? [String: Any])
        #expect(network["sizes"] as? [Int] == [2, 3, 2, 1])
        let initial = try #require(network["initial"] as? [[String: Any]])
        #expect(initial.map { ($0["w"] as? [[Double]])?.count } == [2, 3, 2])
        let iterations = try #require(root["iterations"] as? [[String: Any]])
        #expect(iterations.count == 4)
        let layers = try #require(iterations[3]["layers"] as? [[String: Any]])
        #expect(layers.map { ($0["dw"] as? [[Double]])?.first?.count } == [3, 2, 1])
        let a = try #require(iterations[0]["a"] as? [[[Double]]])
        #expect(a.map(\.count) == [3, 2] && a[0][0].count == 4)
        let final = try #require(network["final"] as? [[String: Any]])
        #expect((final[2]["b"] as? [Double]) == (iterations[3]["layers"] as? [[String: Any]])?[2]["b"] as? [Double])
    }

    /// `compare` of networks: each run's report is a hidden network's site, the comparison names
    /// the networks and draws their losses.
    @Test func compareWritesASiteOfNetworkRuns() throws {
        let folder = try TemporaryFolder()
        let result = try BuiltBinary.run(
            [
                "compare", "--dataset", "xor", "--hidden", "2", "--iterations", "600", "--vary", "seed=1,2", "-o",
                "site", "-q",
            ],
            in: folder.path)
        #expect(result.status == 0, "\(result.stderr)")
        let site = folder.url.appending(path: "site")
        let index = try String(contentsOf: site.appending(path: "index.html"), encoding: .utf8)
        #expect(index.contains("2 runs of a 2-2-1 network (a hidden layer of sigmoid units), trained on the XOR gate"))
        for name in ["seed-1", "seed-2"] {
            let page = try String(contentsOf: site.appending(path: "runs/\(name)/index.html"), encoding: .utf8)
            #expect(page.contains("Backpropagation in matrix form"), "\(name)")
        }
        let images = try FileManager.default.contentsOfDirectory(atPath: site.appending(path: "images").path)
        #expect(Set(images) == ["compare-loss.png", "compare-errors.png"])
    }

    @Test func aLogOverTheLimitIsRefusedAndNothingIsWritten() throws {
        let folder = try TemporaryFolder()
        let result = try BuiltBinary.run(
            ["train", "--hidden", "64,64,64,64", "--iterations", "20000", "--log", "run.csv"], in: folder.path)
        #expect(result.status == 2)
        #expect(
            result.stderr.contains("--iterations: 20000 iterations of 26518 logged values each exceed the log's limit"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
