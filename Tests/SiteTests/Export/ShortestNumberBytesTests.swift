import Formats
import Testing

@testable import Site
@testable import Training

@Suite("ShortestNumber: the bytes the exports write")
struct ShortestNumberBytesTests {
    static let edgeValues: [Double] = [
        0, -0.0, 1, -1, 0.1, -0.07499999999999982, 1e-5, 1e-4, 1e15, 1e16, 1e17, 1.5e300,
        .leastNonzeroMagnitude, -.leastNonzeroMagnitude, .leastNormalMagnitude, .leastNormalMagnitude.nextDown,
        .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 9_007_199_254_740_992, 9_007_199_254_740_994,
        18_014_398_509_481_984, 123_456_789_012_345_680, 0x1p63, 0x1p64, 1e22, 1e23, 2.2250738585072014e-308,
        .nan, -.nan, .signalingNaN, .infinity, -.infinity, .ulpOfOne, 1 + .ulpOfOne, 0.5, 0.5.nextDown,
    ]

    @Test("matches ShortestNumber.text on edge values", arguments: edgeValues)
    func edgeValue(_ value: Double) {
        #expect(Self.appended(value) == ShortestNumber.text(value))
        #expect(Self.cached([value, value]) == ShortestNumber.text(value) + "," + ShortestNumber.text(value))
    }

    @Test("matches ShortestNumber.text on 10⁶ random bit patterns")
    func randomBitPatterns() {
        var random = SplitMix64(seed: 0x5EED)
        var mismatches: [UInt64] = []
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        for _ in 0..<1_000_000 {
            let bits = random.next()
            let value = Double(bitPattern: bits)
            bytes.removeAll(keepingCapacity: true)
            ShortestNumber.append(value, to: &bytes)
            if String(decoding: bytes, as: UTF8.self) != ShortestNumber.text(value) { mismatches.append(bits) }
        }
        #expect(mismatches.isEmpty, "first mismatching bit patterns: \(mismatches.prefix(5))")
    }

    @Test("matches ShortestNumber.text on 10⁵ random values of everyday size")
    func everydayValues() {
        var random = SplitMix64(seed: 7)
        let values = (0..<100_000).map { _ in Double.random(in: -1000...1000, using: &random) }
        let mismatches = values.filter { Self.appended($0) != ShortestNumber.text($0) }
        #expect(mismatches.isEmpty, "first mismatches: \(mismatches.prefix(5))")
    }

    @Test("the cache gives the same text for hits, misses and collisions")
    func cacheAgreesWithFormatter() {
        var random = SplitMix64(seed: 42)
        // Few distinct values, so that most appends are hits and some slots are overwritten.
        let pool = (0..<3000).map { _ in Double(bitPattern: random.next() >> 2) }
        let values = (0..<20_000).map { _ in pool[Int(random.next() % 3000)] }
        #expect(Self.cached(values) == values.map(ShortestNumber.text).joined(separator: ","))
    }

    @Test(
        "integers are plain decimal digits",
        arguments: [0, 1, 9, 10, 99, 100, 12345, -1, -10, Int.max, Int.min, Int(Int32.max), -987_654_321])
    func integer(_ value: Int) {
        var bytes: [UInt8] = []
        ShortestNumber.append(value, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == String(value))
    }

    private static func appended(_ value: Double) -> String {
        var bytes: [UInt8] = []
        ShortestNumber.append(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The values written through an `ExportBuffer` (and its cache), comma-separated.
    private static func cached(_ values: [Double]) -> String {
        let sink = MemorySink()
        var buffer = ExportBuffer(sink: sink)
        do {
            for (index, value) in values.enumerated() {
                if index > 0 { try buffer.append(UInt8(ascii: ",")) }
                try buffer.appendShortest(value)
            }
            try buffer.flush()
        } catch {
            Issue.record("a memory sink threw \(error)")
        }
        return sink.text
    }
}
