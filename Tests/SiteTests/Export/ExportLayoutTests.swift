import Formats
import Testing
import Training

@testable import Site

@Suite("ExportLayout and HostLimits: files a static host accepts")
struct ExportLayoutTests {
    @Test("a run of one part keeps data/history.csv and the iterations in history.json")
    func onePart() {
        let layout = ExportLayout(ExportFixtures.andRun(iterations: 1000))
        #expect(!layout.isSplit && layout.parts.map(\.path) == ["data/history.csv"])
        #expect(layout.parts.first?.iterations == 1...1000)
    }

    @Test("the default network's parts hold 40,000 iterations each, numbered, the last one shorter")
    func parts() {
        let layout = ExportLayout(iterations: 1_000_000, loggedSamples: 4, features: 2, samples: 4)
        #expect(layout.rowsPerPart == 40_000 && layout.parts.count == 25)
        #expect(
            layout.parts.first?.path == "data/history-0001.csv" && layout.parts.last?.path == "data/history-0025.csv")
        let odd = ExportLayout(iterations: 100_001, loggedSamples: 4, features: 2, samples: 4)
        #expect(odd.parts.map(\.iterations) == [1...40_000, 40_001...80_000, 80_001...100_001])
        #expect(odd.parts(holding: 39_001...40_000).count == 1 && odd.parts(holding: 79_500...80_500).count == 2)
    }

    @Test("no part can pass 25 MiB, whatever the values: every number at its longest")
    func bound() {
        for (m, n, samples) in [(4, 2, 4), (64, 1000, 1_000_000), (1, 1, 1), (64, 3, 70)] {
            let layout = ExportLayout(iterations: 10_000_000, loggedSamples: m, features: n, samples: samples)
            // The longest row: each double as long as a double's shortest text can be.
            let longest = "-2.2250738585072014e-308"
            #expect(longest.count == 24)
            var row = "10000000"
            row += String(repeating: "," + longest, count: 3 * m + 3 + 2 * n + 1)
            row += String(repeating: ",1", count: m) + "," + String(samples) + "\n"
            #expect(ExportLayout.longestCSVRow(m, n, iterations: 10_000_000, samples: samples) >= row.utf8.count)
            #expect(layout.rowsPerPart * row.utf8.count + 8 * (4 * m + 2 * n + 6) <= HostLimits.standard.largestFile)
            // history.json of one part: its rows, each a prediction change, the bounded near-threshold list.
            let jsonRows =
                layout.rowsPerPart * ExportLayout.longestJSONRow(m, n, iterations: 10_000_000, samples: samples)
            let nearThreshold =
                HistoryJSON.nearThresholdListed
                * HistoryJSON.longestNearThresholdEntry(iterations: 10_000_000, samples: samples)
            #expect(jsonRows + nearThreshold + ExportLayout.jsonHead <= HostLimits.standard.largestFile)
        }
    }

    @Test("the parts are the whole CSV, each with the header line")
    func partsAreTheCSV() throws {
        let log = ExportFixtures.andRun(iterations: 50)
        let whole = MemorySink()
        try HistoryCSV.write(log, to: whole)
        var lines = whole.text.split(separator: "\n").map(String.init)
        let header = lines.removeFirst()
        var joined: [String] = []
        for range in [1...20, 21...40, 41...50] {
            let part = MemorySink()
            try HistoryCSV.write(log, iterations: range, to: part)
            var partLines = part.text.split(separator: "\n").map(String.init)
            #expect(partLines.removeFirst() == header)
            #expect(partLines.first?.hasPrefix("\(range.lowerBound),") == true)
            joined += partLines
        }
        #expect(joined == lines)
    }

    @Test("a network with hidden layers: the parts are its whole CSV, each with its header")
    func hiddenPartsAreTheCSV() throws {
        let log = ExportFixtures.hiddenRun([2, 3], iterations: 50)
        let whole = MemorySink()
        try HistoryCSV.write(log, to: whole)
        var lines = whole.text.split(separator: "\n").map(String.init)
        let header = lines.removeFirst()
        #expect(header.contains("l2_w_2_3") && header.contains("l3_w_3_1") && lines.count == 50)
        var joined: [String] = []
        for range in [1...20, 21...40, 41...50] {
            let part = MemorySink()
            try HistoryCSV.write(log, iterations: range, to: part)
            var partLines = part.text.split(separator: "\n").map(String.init)
            #expect(partLines.removeFirst() == header)
            #expect(partLines.count == range.count)
            joined += partLines
        }
        #expect(joined == lines)
    }

    @Test("hidden layers' values count in a part's rows: no part can pass 25 MiB")
    func hiddenBound() {
        for sizes in [[2], [64, 64, 64, 64], [64]] {
            let hidden = HiddenLayout(sizes: sizes, features: 3, loggedSamples: 64)
            let layout = ExportLayout(
                iterations: 10_000_000, loggedSamples: 64, features: sizes[sizes.count - 1], samples: 1_000,
                hidden: hidden)
            // Every value of a row at its longest, with its comma; JSON adds brackets and keys.
            let csvRow = 8 + (3 * 64 + 3 + 2 * sizes[sizes.count - 1] + 1 + hidden.rowWidth) * 25 + 2 * 64 + 5
            #expect(layout.rowsPerPart * csvRow <= HostLimits.standard.largestFile)
            #expect(
                ExportLayout.longestHiddenJSON(hidden, sizes[sizes.count - 1]) > ExportLayout.longestHiddenCSV(hidden))
            let smaller = ExportLayout(iterations: 10_000_000, loggedSamples: 64, features: 3, samples: 1_000)
            #expect(layout.rowsPerPart < smaller.rowsPerPart)
        }
    }

    @Test("a written hidden run's CSV rows stay within the bound the layout assumed")
    func hiddenRowsWithinTheBound() throws {
        let log = ExportFixtures.hiddenRun([3, 2], iterations: 30)
        let csv = MemorySink()
        try HistoryCSV.write(log, to: csv)
        let longest = csv.text.split(separator: "\n").dropFirst().map(\.utf8.count).max() ?? 0
        let bound =
            ExportLayout.longestCSVRow(4, 2, iterations: 30, samples: 4)
            + ExportLayout.longestHiddenCSV(log.hiddenLayout)
        #expect(longest > 0 && longest <= bound)
    }

    @Test("a host limit passed is said in a sentence naming the host", arguments: [0, 1, 2, 3])
    func limits(_ over: Int) {
        let limits = HostLimits(largestFile: 100, files: 3, total: over == 3 ? 250 : 1000)
        var sizes = ["index.html": 90, "data/history.json": 80]
        if over == 1 { sizes["data/history-0001.csv"] = 101 }
        if over == 2 { sizes["a.html"] = 1; sizes["b.html"] = 1 }
        if over == 3 { sizes["a.html"] = 99 }
        let sentences = limits.exceeded(by: sizes)
        switch over {
        case 0: #expect(sentences.isEmpty)
        case 1:
            #expect(sentences == ["data/history-0001.csv is 101 bytes: Cloudflare Pages refuses files over 100 bytes."])
        case 2: #expect(sentences == ["The site has 4 files: Cloudflare Pages refuses sites of more than 3 files."])
        default: #expect(sentences == ["The site is 269 bytes: GitHub Pages refuses sites over 250 bytes."])
        }
        #expect(HostLimits.binary(HostLimits.standard.largestFile) == "25 MiB")
    }
}
