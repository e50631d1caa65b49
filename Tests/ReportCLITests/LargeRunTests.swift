import Foundation
import TestSupport
import Testing

/// A run of 10⁶ iterations written by the built binary, as a static host sees it: every file within
/// Cloudflare Pages' 25 MiB, at most 20,000 files, at most GitHub Pages' 1 GB in all, every
/// iteration in the CSV parts. A minute or two of a debug build: `make test-large` runs it
/// (NNREPORT_LARGE_RUN=1), and `make test` calls that.
@Suite(
    "A run of 10⁶ iterations fits the common static hosts",
    .enabled(if: ProcessInfo.processInfo.environment["NNREPORT_LARGE_RUN"] == "1", "set NNREPORT_LARGE_RUN=1"),
    .serialized, .timeLimit(.minutes(10)))
struct LargeRunTests {
    static let iterations = 1_000_000

    /// Both rules: the logistic rule's numbers never repeat, so its files are the larger.
    @Test(
        "every file ≤ 25 MiB, ≤ 20,000 files, ≤ 1 GB, every iteration in the CSV parts",
        arguments: [
            "thresholded", "logistic",
        ])
    func fitsTheHosts(_ rule: String) throws {
        let workspace = try TemporaryFolder()
        let result = try BuiltBinary.run(
            ["-q", "-o", "site", "--iterations", String(Self.iterations), "--rule", rule], in: workspace.path)
        #expect(result.status == 0, "\(result.stderr)")
        // A run past a host's limit would say so on standard error, even with -q.
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        let site = workspace.at("site")
        var files: [(path: String, bytes: Int)] = []
        let enumerator = FileManager.default.enumerator(atPath: site)
        while let path = enumerator?.nextObject() as? String {
            let attributes = try FileManager.default.attributesOfItem(atPath: site + "/" + path)
            guard attributes[.type] as? FileAttributeType == .typeRegular else { continue }
            files.append((path, (attributes[.size] as? NSNumber)?.intValue ?? 0))
        }
        let total = files.reduce(0) { $0 + $1.bytes }
        let largest = files.max { $0.bytes < $1.bytes }
        #expect(files.count <= 20_000, "\(files.count) files")
        #expect(total <= 1_000_000_000, "\(total) bytes in all")
        #expect((largest?.bytes ?? 0) <= 25 * 1024 * 1024, "\(largest?.path ?? "") is \(largest?.bytes ?? 0) bytes")
        #expect(files.filter { $0.path.hasPrefix("history/page-") }.count == 1000)

        // The CSV parts hold iterations 1 … 10⁶ once each, in order, each behind the header.
        let parts = files.map(\.path).filter { $0.hasPrefix("data/history-") && $0.hasSuffix(".csv") }.sorted()
        #expect(parts.count >= 2 && !files.contains { $0.path == "data/history.csv" })
        var next = 1
        var header: Substring?
        for part in parts {
            let text = try String(contentsOfFile: site + "/" + part, encoding: .utf8)
            var lines = text.split(separator: "\n")
            let first = lines.removeFirst()
            #expect(header == nil || header == first, "\(part) has another header")
            header = first
            #expect(lines.first?.hasPrefix("\(next),") == true, "\(part) does not start at iteration \(next)")
            next += lines.count
            #expect(lines.last?.hasPrefix("\(next - 1),") == true, "\(part) does not end at iteration \(next - 1)")
        }
        #expect(next == Self.iterations + 1)
        let json = try JSONSerialization.jsonObject(
            with: Data(contentsOf: URL(fileURLWithPath: site + "/data/history.json")))
        let listed = ((json as? [String: Any])?["parts"] as? [[String: Any]])?.compactMap { $0["file"] as? String }
        #expect(listed.map { $0.map { "data/" + $0 } } == parts)
    }
}
