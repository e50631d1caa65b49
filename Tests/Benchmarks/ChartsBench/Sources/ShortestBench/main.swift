@_spi(Benchmarks) import Formats
import Foundation

// shortestbench time [HISTORY.CSV] [RUNS]: nanoseconds per value of ShortestNumber.write
// (Schubfach) and of ShortestNumber.referenceWrite (the standard library's formatter, respelled),
// on 10⁶ doubles uniform in [0, 1), on the numbers of a run's history.csv when one is given, and on
// 10⁶ random bit patterns. One thread, timed in thread CPU time; the two take turns in each of RUNS
// runs (default 11) after a warm-up. Prints one JSON object: per set, the median and every run.
//
// shortestbench compare COUNT [SEED] [FILE]: compares the two byte for byte on COUNT random bit
// patterns (splitmix64 from SEED), and on the bit patterns of FILE (16 hex digits a line, as
// Tests/Tools/shortest-hard-doubles.py writes them) with both signs, and reads every text back.
// Prints the counts and the first mismatches; exits 1 on any.

/// splitmix64: the same values on every run.
struct SplitMix {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = (state ^ (state >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The thread's CPU time in seconds: unlike the wall clock, it does not count waiting for a core
/// on a shared machine.
func cpuSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// Where the two writers write: one buffer each, for the whole run.
struct Buffers {
    let new = UnsafeMutablePointer<UInt8>.allocate(capacity: ShortestNumber.room)
    let reference = UnsafeMutablePointer<UInt8>.allocate(capacity: ShortestNumber.room)
}

@inline(never) func timeNew(_ values: [Double], _ buffers: Buffers) -> (Double, Int) {
    let start = cpuSeconds()
    var bytes = 0
    for value in values { bytes &+= ShortestNumber.write(value, to: buffers.new) }
    return ((cpuSeconds() - start) * 1e9 / Double(values.count), bytes)
}

@inline(never) func timeReference(_ values: [Double], _ buffers: Buffers) -> (Double, Int) {
    let start = cpuSeconds()
    var bytes = 0
    for value in values { bytes &+= ShortestNumber.referenceWrite(value, to: buffers.reference) }
    return ((cpuSeconds() - start) * 1e9 / Double(values.count), bytes)
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1
        ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func json(_ values: [Double]) -> String {
    "[" + values.map { String(format: "%.2f", $0) }.joined(separator: ",") + "]"
}

/// Every field of a CSV file that reads as a finite number (the history's values and counts).
func numbers(inCSV path: String) throws -> [Double] {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    return text.split(whereSeparator: { $0 == "," || $0 == "\n" }).compactMap { Double($0) }.filter(\.isFinite)
}

func time(_ arguments: ArraySlice<String>) throws {
    let runs = max(arguments.dropFirst().first.flatMap { Int($0) } ?? 11, 1)
    var generator = SplitMix(state: 1_250)
    var sets: [(String, [Double])] = [
        ("uniform", (0..<1_000_000).map { _ in Double(generator.next() >> 11) * 0x1p-53 })
    ]
    if let path = arguments.first { sets.append(("history", try numbers(inCSV: path))) }
    sets.append(("bits", (0..<1_000_000).map { _ in Double(bitPattern: generator.next()) }))
    var parts: [String] = []
    let buffers = Buffers()
    for (name, values) in sets {
        var new: [Double] = [], reference: [Double] = []
        for run in 0...runs {
            let (newTime, newBytes) = timeNew(values, buffers)
            let (referenceTime, referenceBytes) = timeReference(values, buffers)
            precondition(newBytes == referenceBytes, "\(name): \(newBytes) bytes against \(referenceBytes)")
            if run > 0 {
                new.append(newTime)
                reference.append(referenceTime)
            }
        }
        parts.append(
            "\"\(name)\":{\"values\":\(values.count),\"new\":\(String(format: "%.2f", median(new))),"
                + "\"reference\":\(String(format: "%.2f", median(reference))),"
                + "\"speedup\":\(String(format: "%.2f", median(reference) / median(new))),"
                + "\"newRuns\":\(json(new)),\"referenceRuns\":\(json(reference))}")
    }
    print("{" + parts.joined(separator: ",") + "}")
}

/// Compares the two writers on `value`; returns a description of the difference, if any.
func difference(_ value: Double, _ buffers: Buffers) -> String? {
    let newCount = ShortestNumber.write(value, to: buffers.new)
    let referenceCount = ShortestNumber.referenceWrite(value, to: buffers.reference)
    let same = newCount == referenceCount && memcmp(buffers.new, buffers.reference, newCount) == 0
    let text = String(decoding: UnsafeBufferPointer(start: buffers.new, count: newCount), as: UTF8.self)
    let readBack = Double(text)
    let roundTrips = value.isNaN ? readBack?.isNaN == true : readBack?.bitPattern == value.bitPattern
    if same && roundTrips { return nil }
    let reference = String(
        decoding: UnsafeBufferPointer(start: buffers.reference, count: referenceCount), as: UTF8.self)
    return "0x\(String(value.bitPattern, radix: 16)): \(text) vs \(reference)"
}

func compare(_ arguments: ArraySlice<String>) throws -> Bool {
    let count = arguments.first.flatMap { Int($0) } ?? 100_000_000
    var generator = SplitMix(state: arguments.dropFirst().first.flatMap { UInt64($0) } ?? 2024)
    var mismatches: [String] = []
    var compared = 0
    let buffers = Buffers()
    func check(_ value: Double) {
        compared += 1
        if let difference = difference(value, buffers) {
            if mismatches.count < 20 { print(difference) }
            mismatches.append(difference)
        }
    }
    for _ in 0..<count { check(Double(bitPattern: generator.next())) }
    let random = compared
    if let path = arguments.dropFirst(2).first {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            guard let bits = UInt64(line, radix: 16) else { continue }
            check(Double(bitPattern: bits))
            check(-Double(bitPattern: bits))
        }
    }
    print(
        "compared \(random) random bit patterns and \(compared - random) from the file: \(mismatches.count) mismatches")
    return mismatches.isEmpty
}

let arguments = CommandLine.arguments.dropFirst()
do {
    switch arguments.first {
    case "time": try time(arguments.dropFirst())
    case "compare": if try !compare(arguments.dropFirst()) { exit(1) }
    default:
        FileHandle.standardError.write(
            Data("usage: shortestbench time [HISTORY.CSV] [RUNS] | compare COUNT [SEED] [FILE]\n".utf8))
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("shortestbench: \(error)\n".utf8))
    exit(1)
}
