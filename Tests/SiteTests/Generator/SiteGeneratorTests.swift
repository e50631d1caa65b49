import Foundation
import Testing
import Training

@testable import Site

@Suite struct SiteGeneratorTests {
    @Test func theSiteHasEveryFileOfSpec5() throws {
        let site = try SiteMaker.site(SiteMaker.input(baseURL: "https://example.org/and/"))
        for path in [
            "index.html", "history/index.html", "history/page-0001.html", "404.html", ".nojekyll", "favicon.png",
            "data/history.csv", "data/history.json", "assets/style.css", "assets/history.js", "sitemap.xml",
        ] {
            #expect(site.files[path] != nil, "\(path) missing")
        }
        #expect(site.text("sitemap.xml").contains("<loc>https://example.org/and/history/page-0001.html</loc>"))
        #expect(site.text("index.html").contains(#"<link rel="canonical" href="https://example.org/and/">"#))
        #expect(try !SiteMaker.site(SiteMaker.input()).pages.isEmpty)
    }

    @Test(arguments: [1, 999, 1000, 1001, 2500])
    func everyIterationHasExactlyOneRowAcrossThePages(_ iterations: Int) throws {
        let site = try SiteMaker.site(SiteMaker.input(iterations: iterations))
        var seen = [Int](repeating: 0, count: iterations + 1)
        for page in site.pages where page.hasPrefix("history/page-") {
            for id in attributeValues("id", in: site.text(page)) where id.hasPrefix("it-") {
                if let k = Int(id.dropFirst(3)), k >= 1, k <= iterations {
                    seen[k] += 1
                } else {
                    Issue.record("bad id \(id)")
                }
            }
        }
        #expect(seen.dropFirst().allSatisfy { $0 == 1 })
        #expect(site.pages.filter { $0.hasPrefix("history/page-") }.count == (iterations + 999) / 1000)
    }

    @Test func everyLinkResolvesInsideTheSite() throws {
        let site = try SiteMaker.site(SiteMaker.input(.xor, iterations: 2500))
        var ids: [String: Set<String>] = [:]
        for page in site.pages { ids[page] = Set(attributeValues("id", in: site.text(page))) }
        for page in site.pages where page != "404.html" {
            let html = site.text(page)
            let folder = page.contains("/") ? String(page.prefix { $0 != "/" }) + "/" : ""
            for link in attributeValues("href", in: html) + attributeValues("src", in: html) {
                #expect(!link.contains("//"), "\(page) links to another host: \(link)")
                #expect(!link.hasPrefix("/"), "\(page) has a root-relative link: \(link)")
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let file = parts[0].isEmpty ? page : normalise(folder + parts[0])
                #expect(site.files[file] != nil, "\(page): \(link) does not resolve")
                if parts.count == 2, file.hasSuffix(".html") {
                    #expect(ids[file]?.contains(String(parts[1])) == true, "\(page): fragment \(link) not found")
                }
            }
        }
    }

    @Test func twoRunsAreByteIdentical() throws {
        let first = try SiteMaker.site(SiteMaker.input(.or, iterations: 1500, rule: .logistic))
        let second = try SiteMaker.site(SiteMaker.input(.or, iterations: 1500, rule: .logistic))
        #expect(first.order == second.order)
        #expect(first.files == second.files)
    }

    @Test func theWalkthroughShowsTheRunsOwnNumbers() throws {
        let html = try SiteMaker.site(SiteMaker.input()).text("index.html")
        for expected in [
            "0.4·1 + 0.2·0 + 1 = 1.4", "σ(1.4) = 0.8022", "1, since 0.8022 ≥ 0.5", "(0·1 + 1·1 + 0·1 + 1·0) / 4 = 0.25",
            "(1 + 1 + 1 + 0) / 4 = 0.75", "0.4 − 0.1·0.25 = 0.375", "1 − 0.1·0.75 = 0.925",
            "Every prediction right from iteration 26 on.",
            "In 8 iterations (13, 15, 17, 18, 19, 20, 22, 24)", "1.8735013540549517e−16",
        ] {
            #expect(html.contains(expected), "missing: \(expected)")
        }
        #expect(!html.lowercased().contains("nan"))
    }

    @Test func aDivergedRunSaysWhereInWordsAndNeverPrintsNaN() throws {
        let data = try Dataset(name: "huge", features: [[1e300, 0], [0, 1e300]], labels: [1, 0])
        var settings = TrainingSettings.defaults(for: data)
        settings.learningRate = 1e10
        settings.rule = .logistic
        let log = Trainer.train(data, settings: settings)
        var other = settings
        other.rule = .thresholded
        let input = SiteInput(
            log: log, otherRule: Trainer.summary(data, settings: other), title: "Diverging", datasetLabel: "inline",
            charts: [], favicon: [], baseURL: nil, settings: SiteMaker.settings(of: log))
        let site = try SiteMaker.site(input)
        let index = site.text("index.html")
        #expect(index.contains("Diverged at iteration 1."))
        // ∞ is a value (−1e10·2.5e299 overflows); NaN and "inf" are not words of the page.
        for word in ["NaN", "nan", ">inf", "-inf"] {
            if let range = index.range(of: word) {
                let start =
                    index.index(range.lowerBound, offsetBy: -120, limitedBy: index.startIndex) ?? index.startIndex
                Issue.record("\(word) in the walkthrough: …\(index[start..<range.upperBound])")
            }
        }
    }

    @Test func theSingleFileLoadsNothingFromOutside() throws {
        let input = SiteMaker.input(iterations: 300)
        let html = String(
            decoding: try SiteGenerator(input: input, templates: try SiteGenerator.builtInTemplates()).singleFile(),
            as: UTF8.self)
        for link in attributeValues("href", in: html) + attributeValues("src", in: html) {
            #expect(link.hasPrefix("#") || link.hasPrefix("data:"), "\(link.prefix(60))")
        }
        #expect(html.contains("id=\"it-300\""))
        #expect(html.contains("style-src &#39;sha256-"))
        #expect(!html.contains("<script"))
    }

    private func normalise(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == ".." { _ = parts.popLast() } else if part != "." { parts.append(part) }
        }
        return parts.joined(separator: "/")
    }
}
