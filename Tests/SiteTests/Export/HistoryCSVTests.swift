import Testing
import Training

@testable import Site

@Suite("HistoryCSV")
struct HistoryCSVTests {
    static func csv(_ log: TrainingLog) throws -> String {
        let sink = MemorySink()
        try HistoryCSV.write(log, to: sink)
        return sink.text
    }

    @Test("the header names the documented columns in order")
    func header() throws {
        let text = try Self.csv(ExportFixtures.andRun(iterations: 3))
        let header = text.split(separator: "\n", omittingEmptySubsequences: false).first
        #expect(
            header
                == "iteration,z1,z2,z3,z4,s1,s2,s3,s4,yhat1,yhat2,yhat3,yhat4,e1,e2,e3,e4,errors,mse,bce,dw1,dw2,db,w1,w2,b"
        )
    }

    @Test("per-sample columns stop at the 64th sample; aggregates cover all")
    func wideHeader() throws {
        let header = try #require(try Self.csv(ExportFixtures.wideRun()).split(separator: "\n").first)
        let names = header.split(separator: ",")
        #expect(names.contains("z64") && names.contains("yhat64") && !names.contains("z65"))
        #expect(names.suffix(8) == ["dw1", "dw2", "dw3", "db", "w1", "w2", "w3", "b"])
    }

    @Test("the walkthrough's first row and last row, as text")
    func knownRows() throws {
        let lines = try Self.csv(ExportFixtures.andRun(iterations: 1000)).split(separator: "\n")
        #expect(lines.count == 1001)
        let first = lines[1].split(separator: ",")
        #expect(first.prefix(5) == ["1", "1", "1.4", "1.2", "1.6"])
        #expect(first[9...17] == ["1", "1", "1", "1", "1", "1", "1", "0", "3"])
        let last = lines[1000].split(separator: ",")
        #expect(last.first == "1000")
        #expect(last.suffix(3) == ["0.049999999999999954", "0.050000000000000024", "-0.07499999999999982"])
    }

    @Test("every value reads back to the logged double", arguments: ExportRun.allCases)
    func roundTrip(_ run: ExportRun) throws {
        let log = try run.log()
        let text = try Self.csv(log)
        #expect(text.hasSuffix("\n") && !text.contains("\r"))
        let rows = text.split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
        let m = log.loggedSampleCount, n = log.featureCount
        #expect(rows.count == log.count)
        for (row, fields) in rows.enumerated() {
            let k = row + 1
            try #require(fields.count == 1 + 4 * m + 3 + 2 * n + 2)
            var expected: [Double] = []
            expected += (0..<m).map { log.z(k, $0) } + (0..<m).map { log.s(k, $0) }
            expected += (0..<m).map { Double(log.prediction(k, $0)) } + (0..<m).map { log.e(k, $0) }
            expected += [Double(log.errors(k)), log.mse(k), log.bce(k)] + (0..<n).map { log.dW(k, $0) }
            expected += [log.db(k)] + (0..<n).map { log.weight(k, $0) } + [log.bias(k)]
            #expect(fields[0] == String(k))
            for (field, value) in zip(fields.dropFirst(), expected) where !sameDouble(Double(field), value) {
                Issue.record("iteration \(k): \(field) does not read back as \(value)")
            }
            // ŷ and the error count are integers, not "1.0".
            #expect((2 * m + 1...3 * m).allSatisfy { fields[$0] == "0" || fields[$0] == "1" })
            #expect(Int(fields[4 * m + 1]) == log.errors(k))
        }
    }

    @Test("a diverged run writes inf, -inf or nan, as Python reads them")
    func nonFinite() throws {
        let log = try ExportFixtures.divergingRun()
        #expect(log.divergedAt != nil)
        let lastRow = try #require(try Self.csv(log).split(separator: "\n").last)
        let texts = lastRow.split(separator: ",").map(String.init)
        #expect(texts.contains { ["inf", "-inf", "nan"].contains($0) })
        #expect(!texts.contains { $0.lowercased().contains("infinity") })
    }

    @Test("the same log gives the same bytes")
    func deterministic() throws {
        let log = ExportFixtures.andRun(iterations: 300, rule: .logistic)
        #expect(try Self.csv(log) == Self.csv(log))
    }
}
