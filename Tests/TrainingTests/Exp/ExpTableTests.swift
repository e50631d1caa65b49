import Foundation
import Testing

@testable import Training

/// The fast path's literals (ExpTable+Values.swift) are exactly what the fixed-point arithmetic
/// gives; `RECORD_GOLDENS=1 swift test --filter ExpTable` rewrites them.
@Suite struct ExpTableTests {
    static let sourceFile = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Sources/Training/Math/ExpTable+Values.swift")

    @Test func literalsAreTheGeneratorsOutput() throws {
        let source = ExpTableGenerator.source()
        if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
            try source.write(to: Self.sourceFile, atomically: true, encoding: .utf8)
        }
        let written = try String(contentsOf: Self.sourceFile, encoding: .utf8)
        let rerun = "rerun with RECORD_GOLDENS=1 swift test --filter ExpTable"
        let current = written == source  // a Bool, so that a failure does not print both texts
        #expect(current, "ExpTable+Values.swift is stale: \(rerun)")
        // The compiled literals, too (the file could have changed since the build).
        let values = ExpTableGenerator.values()
        let differing = zip(values, ExpTable.values).enumerated().filter {
            $0.element.0.bitPattern != $0.element.1.bitPattern
        }
        #expect(
            values.count == ExpTable.values.count && differing.isEmpty,
            "values[\(differing.first?.offset ?? -1)]: \(rerun)")
        let steps = [ExpTable.step1, ExpTable.step2, ExpTable.step3, ExpTable.inverseStep]
        let same = ExpTableGenerator.steps().map(\.bitPattern) == steps.map(\.bitPattern)
        #expect(same, "step1, step2, step3, inverseStep: \(rerun)")
    }

    /// The properties the fast path's proof uses.
    @Test func constantsHaveTheShapeTheProofAssumes() {
        #expect(ExpTable.values.count == 3 * ExpTable.size)
        for j in 0..<ExpTable.size {
            let high = ExpTable.values[3 * j], low = ExpTable.values[3 * j + 1], split = ExpTable.values[3 * j + 2]
            #expect(high >= 1 && high < 2 && low.magnitude <= 0x1p-53, "j = \(j)")
            // Veltkamp's halves: at most 26 significant bits each.
            #expect(split == veltkampSplit(high).high && split.significandBitPattern.trailingZeroBitCount >= 27)
            #expect((high - split).significandBitPattern.trailingZeroBitCount >= 27 || high == split)
        }
        // 31 significant bits: k·step1 and k·step2 exact for |k| < 2²².
        #expect(ExpTable.step1.significandBitPattern.trailingZeroBitCount >= 52 - 30)
        #expect(ExpTable.step2.significandBitPattern.trailingZeroBitCount >= 52 - 30)
        #expect(ExpTable.step3.magnitude < 0x1p-72)
        #expect(ExpTable.values[0] == 1 && ExpTable.values[1] == 0 && ExpTable.values[2] == 1)
    }
}
