import Foundation
import Testing
import Training

@testable import Charts
@testable import Site

/// Naughty feature names in the charts that draw them (the weights' legend, the boundary's axes,
/// the network's inputs): the text is drawn or falls back without a crash, every chart is a
/// valid PNG, and the charts' alt texts on the page stay text.
@Suite struct ChartTextInjectionTests {
    /// One payload of each troublesome kind, chosen from the corpora by what it contains.
    static let sample: [String] = {
        let kinds: [(String) -> Bool] = [
            { $0.contains("<script") },
            { $0.unicodeScalars.contains { $0.value == 0x202E } },  // right-to-left override
            {
                $0.unicodeScalars.contains {
                    (0x05D0...0x05EA).contains($0.value) || (0x0627...0x064A).contains($0.value)
                }
            },
            { $0.unicodeScalars.filter { $0.properties.generalCategory == .nonspacingMark }.count > 20 },  // Zalgo
            { $0.unicodeScalars.contains { (0x1F600...0x1F64F).contains($0.value) } },  // emoji
            { $0.unicodeScalars.contains { [0x200B, 0xFEFF, 0x2028].contains($0.value) } },
            { $0.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } },  // CJK
            { $0.contains("\t") || $0.contains("\u{0B}") },
        ]
        var chosen: [String] = []
        for kind in kinds {
            if let payload = PayloadCorpus.all.first(where: { kind($0) && !chosen.contains($0) }) {
                chosen.append(payload)
            }
        }
        let rest = PayloadCorpus.all.filter { !chosen.contains($0) }
        chosen.append(rest.max { $0.unicodeScalars.count < $1.unicodeScalars.count } ?? "")
        return chosen
    }()

    static let baseline = try? InjectionTests.site(
        title: "Harmless title", names: ["alpha", "beta"], file: "data.csv", charts: true)

    @Test func everyKindIsInTheSample() {
        #expect(Self.sample.count == 9)
        #expect(Set(Self.sample).count == Self.sample.count)
    }

    @Test(arguments: sample)
    func namesAreDrawnOrFallBack(_ payload: String) throws {
        let names = InjectionTests.featureNames([payload, payload + " 2"])
        let site = try InjectionTests.site(title: payload, names: names, file: "d.csv", charts: true)
        for chart in ["images/weights.png", "images/boundary.png", "images/network-initial.png"] {
            let bytes = try #require(site[chart], "\(chart) missing")
            #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "\(chart)")
            // IHDR: the same size as the harmless chart's; text never changes the canvas.
            #expect(bytes.count > 24 && bytes[16..<24] == (Self.baseline?[chart] ?? [])[16..<24], "\(chart)")
        }
        let page = InjectionTests.text(site["index.html"])
        let baseline = HTMLMarkup(InjectionTests.text(Self.baseline?["index.html"]))
        let markup = HTMLMarkup(page)
        #expect(markup.tokens.count == baseline.tokens.count)
        for (got, want) in zip(markup.tokens, baseline.tokens) where got.description != want.description {
            Issue.record("\(got) where the page has \(want)")
            break
        }
    }
}
