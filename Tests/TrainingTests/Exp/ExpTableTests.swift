import Foundation
import Testing

@testable import Training

/// The fast path's literals (ExpTable+Values.swift) are exactly what the fixed-point arithmetic
/// gives; `RECORD_GOLDENS=1 swift test --filter ExpTable` rewrites them.
@Suite struct ExpTableTests {
    static let sourceFile = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Sources/Training/Numbers/ExpTable+Values.swift")

    @Test func literalsAreTheGeneratorsOutput() throws {
        let source = ExpTableGenerator.source()
        if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
            try source.write(to: Self.sourceFile, atomically: true, encoding: .utf8)
        }
        #expect(try String(contentsOf: Self.sourceFile, encoding: .utf8) == source)
        let values = ExpTableGenerator.values()
        #expect(values.map(\.bitPattern) == ExpTable.values.map(\.bitPattern))
        let steps = [ExpTable.step1, ExpTable.step2, ExpTable.step3, ExpTable.inverseStep]
        #expect(ExpTableGenerator.steps().map(\.bitPattern) == steps.map(\.bitPattern))
    }

    /// The properties the fast path's proof uses.
    @Test func constantsHaveTheShapeTheProofAssumes() {
        #expect(ExpTable.values.count == 2 * ExpTable.size)
        for j in 0..<ExpTable.size {
            let high = ExpTable.values[2 * j], low = ExpTable.values[2 * j + 1]
            #expect(high >= 1 && high < 2 && low.magnitude <= 0x1p-53, "j = \(j)")
        }
        // 31 significant bits: k·step1 and k·step2 exact for |k| < 2²².
        #expect(ExpTable.step1.significandBitPattern.trailingZeroBitCount >= 52 - 30)
        #expect(ExpTable.step2.significandBitPattern.trailingZeroBitCount >= 52 - 30)
        #expect(ExpTable.step3.magnitude < 0x1p-72)
        #expect(ExpTable.values[1] == 0 && ExpTable.values[0] == 1)
    }
}
