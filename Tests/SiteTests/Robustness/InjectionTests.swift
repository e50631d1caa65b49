import Foundation
import Testing
import Training

@testable import Charts
@testable import Site

/// Every XSS payload and naughty string as the title, as CSV header names and as the dataset's
/// file name: the data is accepted or refused with a located error, and the site's markup is
/// exactly that of the same site with harmless text (no element, attribute, URL or script from
/// the payload), its exports well-formed, and its CSV free of user text.
///
/// Payloads go two to a site (each in every place), which halves the time and loses nothing:
/// escaped text cannot change the context the next text is read in.
@Suite struct InjectionTests {
    /// A site whose title is `title`, whose CSV header names its two features `names`, and whose
    /// CSV file is called `file`; with the charts that show feature names when `charts` is set.
    static func site(title: String, names: [String], file: String, charts: Bool = false) throws -> [String: [UInt8]] {
        let header = (names + ["y"]).map(quoted).joined(separator: ",")
        let dataset = try Dataset.csv(Array((header + "\n0,0,0\n0,1,1\n1,0,1\n1,1,1\n").utf8), file: file)
        var settings = TrainingSettings.walkthrough
        settings.iterations = 3
        let log = Trainer.train(dataset, settings: settings)
        var other = settings
        other.rule = .logistic
        let kinds: [RunChart] = charts ? [.weights, .boundary, .networkInitial] : []
        let drawn = try kinds.compactMap { try $0.render(log, facts: RunFacts(log), typeface: .standard) }
        let input = SiteInput(
            log: log, otherRule: Trainer.summary(dataset, settings: other), title: title, datasetLabel: file,
            charts: drawn, favicon: [0x89, 0x50, 0x4E, 0x47], baseURL: "https://example.org/r/",
            settings: SiteMaker.settings(of: log, label: file))
        return try SiteMaker.site(input).files
    }

    /// A CSV field holding `text`, quoted (RFC 4180).
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The header name the CSV reader makes of `payload`; a payload it refuses (empty after
    /// trimming its spaces) must be refused on line 1, and `fallback` stands in.
    static func featureName(_ payload: String, or fallback: String) -> String {
        do {
            let header = quoted(payload) + ",y\n1,0\n"
            return try Dataset.csv(Array(header.utf8), file: "d.csv").featureNames[0]
        } catch {
            #expect(error.line == 1 && error.column == 1, "\(error)")
            return fallback
        }
    }

    /// Two distinct feature names made of `payloads`.
    static func featureNames(_ payloads: [String]) -> [String] {
        let first = featureName(payloads[0], or: "alpha")
        let second = payloads.count > 1 ? featureName(payloads[1], or: "beta") : "beta"
        return [first, second == first ? (first == "beta" ? "gamma" : "beta") : second]
    }

    static let pages = ["index.html", "history/index.html", "history/page-0001.html", "404.html"]
    static let baseline = try? site(title: "Harmless title", names: ["alpha", "beta"], file: "data.csv")
    static let baselineMarkup = pages.map { HTMLMarkup(text(baseline?[$0])) }

    static func text(_ bytes: [UInt8]?) -> String { String(decoding: bytes ?? [], as: UTF8.self) }

    /// How `site`'s markup differs from the baseline's: nothing but text and the values of
    /// non-URL attributes may.
    static func differences(_ site: [String: [UInt8]]) -> [String] {
        var found: [String] = []
        for (page, expected) in zip(pages, baselineMarkup) {
            let actual = HTMLMarkup(text(site[page]))
            if actual.rawText != expected.rawText { found.append("\(page): script or style text changed") }
            guard actual.tokens.count == expected.tokens.count else {
                let first = zip(actual.tokens, expected.tokens).first { $0.0.description != $0.1.description }
                found.append(
                    "\(page): \(actual.tokens.count) tokens, not \(expected.tokens.count); at \(first.map { "\($0.0)" } ?? "the end")"
                )
                continue
            }
            for (got, want) in zip(actual.tokens, expected.tokens) where got != want {
                guard case .start(let name, let attributes) = got, case .start(name, let wanted) = want,
                    attributes.map(\.name) == wanted.map(\.name)
                else {
                    found.append("\(page): \(got) where the page has \(want)")
                    break
                }
                for (attribute, original) in zip(attributes, wanted)
                where attribute.value != original.value && HTMLMarkup.urlAttributes.contains(attribute.name) {
                    found.append("\(page): <\(name) \(attribute.name)> took user text: \(attribute.value.prefix(80))")
                }
            }
        }
        return found
    }

    /// The payloads in pairs: (0, 1), (2, 3), …
    static let pairs: [[String]] = stride(from: 0, to: PayloadCorpus.all.count, by: 2).map {
        Array(PayloadCorpus.all[$0..<min($0 + 2, PayloadCorpus.all.count)])
    }

    @Test func theCorporaAndTheBaselineAreThere() {
        #expect(PayloadCorpus.xss.count == 123)
        #expect(PayloadCorpus.naughty.count == 515)
        #expect(Self.baseline?["index.html"] != nil)
        #expect(Self.differences(Self.baseline ?? [:]).isEmpty)
    }

    /// The check itself: a payload pasted raw into a page is seen.
    @Test(arguments: ["<img src=x onerror=alert(1)>", "\"><a href=\"javascript:alert(1)\">", "</title><script>"])
    func markupFromAPayloadIsSeen(_ payload: String) throws {
        var site = try #require(Self.baseline)
        let page = Self.text(site["index.html"]).replacingOccurrences(of: "Harmless title", with: payload)
        site["index.html"] = Array(page.utf8)
        #expect(!Self.differences(site).isEmpty)
    }

    @Test(arguments: pairs)
    func payloadsNeverBecomeMarkup(_ payloads: [String]) throws {
        let names = Self.featureNames(payloads)
        let file = payloads.reversed().joined().replacingOccurrences(of: "/", with: "_")
        let title = payloads.joined()
        let site = try Self.site(title: title, names: names, file: file.isEmpty ? "d.csv" : file)
        let found = Self.differences(site)
        #expect(found.isEmpty, "\(found.prefix(3))")

        // The exports: JSON that reads back to the same strings; a CSV with no user text at all.
        let json = try JSONSerialization.jsonObject(with: Data(site["data/history.json"] ?? []))
        let object = json as? [String: Any]
        #expect(object?["title"] as? String == title)
        #expect((object?["dataset"] as? [String: Any])?["featureNames"] as? [String] == names)
        #expect(site["data/history.csv"] == Self.baseline?["data/history.csv"])
        #expect(Self.text(site["sitemap.xml"]) == Self.text(Self.baseline?["sitemap.xml"]))
    }
}
