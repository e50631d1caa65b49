import Foundation
import Testing

@_spi(Benchmarks) @testable import Formats

/// `ShortestNumber.write` (Schubfach's digits, laid out by nnreport) against
/// `ShortestNumber.referenceWrite` (the standard library's formatter, respelled), byte for byte,
/// and every text read back by `Double(_:)`.
@Suite struct ShortestDigitsTests {
    /// splitmix64: the same values on every run.
    struct SplitMix64 {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = (state ^ (state >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        /// A double uniform in [0, 1), in steps of 2^-53.
        mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }
    }

    /// What went wrong with the values compared: the first few, and how many.
    struct Mismatches: CustomStringConvertible {
        var count = 0
        var compared = 0
        var first: [String] = []
        var description: String { "\(count) of \(compared): \(first)" }
    }

    /// Compares the new and the reference text of each of `values`, and reads the new one back.
    static func compare(_ values: some Sequence<Double>) -> Mismatches {
        var mismatches = Mismatches()
        let new = UnsafeMutablePointer<UInt8>.allocate(capacity: ShortestNumber.room)
        let reference = UnsafeMutablePointer<UInt8>.allocate(capacity: ShortestNumber.room)
        defer {
            new.deallocate()
            reference.deallocate()
        }
        for value in values {
            mismatches.compared += 1
            let newText = String(
                decoding: UnsafeBufferPointer(start: new, count: ShortestNumber.write(value, to: new)), as: UTF8.self)
            let referenceText = String(
                decoding: UnsafeBufferPointer(
                    start: reference, count: ShortestNumber.referenceWrite(value, to: reference)),
                as: UTF8.self)
            let readBack = Double(newText)
            let roundTrips =
                value.isNaN ? readBack?.isNaN == true : readBack?.bitPattern == value.bitPattern
            if newText != referenceText || !roundTrips {
                mismatches.count += 1
                if mismatches.first.count < 8 {
                    mismatches.first.append(
                        "0x\(String(value.bitPattern, radix: 16)): \(newText) vs \(referenceText)")
                }
            }
        }
        return mismatches
    }

    /// A value and its neighbours: `steps` doubles below and above, both signs.
    static func neighbourhood(_ value: Double, steps: Int = 2) -> [Double] {
        var values = [value]
        var below = value, above = value
        for _ in 0..<steps {
            below = below.nextDown
            above = above.nextUp
            values += [below, above]
        }
        return values + values.map { -$0 }
    }

    @Test func specialValues() {
        var values: [Double] = [
            0, -0.0, .infinity, -.infinity, .nan, -.nan, .signalingNaN, Double(bitPattern: 0x7FF0_0000_0000_0001),
            Double(bitPattern: 0xFFF8_0000_0000_0001),
        ]
        // Subnormals: the smallest and its first multiples, the largest, and some between.
        for multiple in 1...2000 { values.append(Double(multiple) * .leastNonzeroMagnitude) }
        values += Self.neighbourhood(.leastNonzeroMagnitude, steps: 4)
        values += Self.neighbourhood(.leastNormalMagnitude, steps: 4)
        values += Self.neighbourhood(.greatestFiniteMagnitude, steps: 4)
        values += Self.neighbourhood(Double(bitPattern: 0x000F_FFFF_FFFF_FFFF), steps: 4)
        for shift in 0..<52 { values += Self.neighbourhood(Double(bitPattern: 1 << shift | 1)) }
        let mismatches = Self.compare(values)
        #expect(mismatches.count == 0, "\(mismatches)")
    }

    @Test func powersOfTwoAndTenAndTheirNeighbours() {
        var values: [Double] = []
        for exponent in -1074...1023 {
            values += Self.neighbourhood(Double(sign: .plus, exponent: exponent, significand: 1))
        }
        for exponent in -330...310 {
            if let power = Double("1e\(exponent)") { values += Self.neighbourhood(power, steps: 3) }
        }
        let mismatches = Self.compare(values)
        #expect(mismatches.compared > 20_000)
        #expect(mismatches.count == 0, "\(mismatches)")
    }

    @Test func integers() {
        var values = (0...100_000).map(Double.init)
        for base in [0x1p53, 0x1p54, 0x1p63, 0x1p64, 1e15, 1e16, 1e17, 1e22, 1e23] {
            for offset in -1000...1000 { values.append(base + Double(offset) * base.ulp) }
        }
        var random = SplitMix64(state: 53)
        for _ in 0..<200_000 { values.append(Double(random.next() >> 11)) }
        for _ in 0..<100_000 { values.append(Double(random.next() >> (11 + random.next() % 53))) }
        let mismatches = Self.compare(values + values.map { -$0 })
        #expect(mismatches.count == 0, "\(mismatches)")
    }

    /// k · 10^e: decimals of few digits, many exactly halfway or at the edge of an interval.
    @Test func multiplesOfPowersOfTen() {
        var values: [Double] = []
        for exponent in -330...310 {
            for multiple in [1, 2, 3, 5, 7, 9, 11, 25, 99, 101, 125, 999, 4999, 12345, 99999, 123_456_789] {
                if let value = Double("\(multiple)e\(exponent)") { values += Self.neighbourhood(value, steps: 1) }
            }
        }
        for exponent in -20...20 {
            for multiple in 1...2000 {
                if let value = Double("\(multiple)e\(exponent)") { values.append(value) }
            }
        }
        let mismatches = Self.compare(values)
        #expect(mismatches.count == 0, "\(mismatches)")
    }

    @Test func randomBitPatterns() {
        var random = SplitMix64(state: 0x5EED_D161_7500)
        let mismatches = Self.compare((0..<4_000_000).lazy.map { _ in Double(bitPattern: random.next()) })
        #expect(mismatches.count == 0, "\(mismatches)")
    }

    /// Uniform in [0, 1), and the sizes of a training log: weights, losses near 0 and 1,
    /// gradients from 10^-20 to 10^3, both signs.
    @Test func randomTrainingValues() {
        var random = SplitMix64(state: 2018)
        var values = (0..<1_000_000).map { _ in random.unit() }
        for _ in 0..<1_000_000 {
            let scale = Double(sign: .plus, exponent: Int(random.next() % 77) - 66, significand: 1)
            values.append((random.next() & 1 == 0 ? 1 : -1) * random.unit() * scale)
        }
        for _ in 0..<200_000 { values.append(1 - random.unit() * 1e-4) }
        let mismatches = Self.compare(values)
        #expect(mismatches.count == 0, "\(mismatches)")
    }

    /// For every binary exponent, the doubles whose interval ends lie nearest a decimal of 16 to
    /// 18 digits, or whose value lies nearest halfway between two of 17 digits: where a printer
    /// that rounds its powers of ten would first err (found exactly by
    /// Tests/Tools/shortest-hard-doubles.py).
    @Test func hardestDoubles() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/hard-doubles.txt")
        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
        let values = lines.filter { !$0.hasPrefix("#") }.compactMap { UInt64($0, radix: 16) }.map(
            Double.init(bitPattern:))
        #expect(values.count == lines.count - 1 && values.count > 13_000)
        let mismatches = Self.compare(values + values.map { -$0 })
        #expect(mismatches.count == 0, "\(mismatches)")
    }

    /// Eight digits at a time, by fixed-point multiplications: every value below 10^5, the
    /// multiples of 1009 and 10^5 random ones below 10^8, against division by 10.
    @Test func eightDigits() {
        var random = SplitMix64(state: 8)
        var values = Array(0..<100_000) + Array(stride(from: 0, to: 100_000_000, by: 1009)) + [99_999_999]
        for _ in 0..<100_000 { values.append(Int(random.next() % 100_000_000)) }
        var mismatches: [Int] = []
        for value in values {
            var expected: UInt64 = 0, rest = value
            for index in (0..<8).reversed() {
                expected |= UInt64(0x30 + rest % 10) << (8 * index)
                rest /= 10
            }
            if SeventeenDigits.eightDigits(UInt32(value)) != expected, mismatches.count < 8 { mismatches.append(value) }
        }
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    /// The table's powers are checked against each other and exact powers, independently of
    /// the script that wrote them: G(e) − 1 = ⌊10^e · 2^(127 − ⌊log2 10^e⌋)⌋.
    @Test func powersOfTenTable() {
        let first = ShortestDigits.firstPower
        let count = ShortestDigits.powers.count / 2
        #expect(first == -292 && count == 617)
        func truncated(_ e: Int) -> UInt128 {
            let index = 2 * (e - first)
            return UInt128(ShortestDigits.powers[index]) << 64 | UInt128(ShortestDigits.powers[index + 1]) - 1
        }
        // 10^0 ... 10^38 fit in 128 bits: exact.
        var exact: UInt128 = 1
        for e in 0...38 {
            let shift = exact.leadingZeroBitCount
            #expect(truncated(e) == exact << shift, "10^\(e)")
            if e < 38 { exact *= 10 }
        }
        // Each power is ten times the one before, normalized: within the rounding of the two.
        for e in first..<(first + count - 1) {
            let before = truncated(e), after = truncated(e + 1)
            #expect(before >> 127 == 1 && after >> 127 == 1, "10^\(e)")
            // 10 · before / 2^d, with d = 3 or 4, the one that keeps it in [2^127, 2^128); near
            // 2^127 either may, as `before` is rounded: the check takes both there.
            let sixteenth = (before >> 4) * 10 + ((before & 15) * 10) >> 4
            let scaled = sixteenth >> 127 == 1 ? [sixteenth] : [sixteenth, sixteenth << 1]
            let near = scaled.contains { (after > $0 ? after - $0 : $0 - after) <= 3 }
            #expect(near, "10^\(e + 1): \(after) vs \(scaled)")
        }
    }
}
