import Foundation
@_spi(Benchmarks) import Training

// expbench [RUNS]: nanoseconds per call of correctlyRoundedExp and of the C library's exp, on 2²⁰
// inputs uniform in [−40, 40] and on the values training the 100,000-sample CSV case feeds exp
// (−z of every sample at 12 iterations of its run); and of the exact path alone. Each loop runs
// RUNS times after a warm-up, timed in thread CPU time. Prints one JSON object on stdout: per
// input set the ns/call of each run, and how many inputs take the exact path.

let runs = max(CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 7, 1)

/// splitmix64: the same inputs on every run.
struct SplitMix {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = (state ^ (state >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }
    /// A standard normal deviate (Box–Muller).
    mutating func gaussian() -> Double { (-2 * log(1 - unit())).squareRoot() * cos(2 * .pi * unit()) }
}

/// The arguments of exp in training run.py's CSV case: two overlapping Gaussian clouds (100,000
/// samples, centres ±1, σ 1.2, as run.py writes them), the default settings, −z at 12 iterations.
func trainingInputs() throws -> [Double] {
    var generator = SplitMix(state: 20_240_601)
    var features: [[Double]] = [[], []]
    var labels: [Double] = []
    for _ in 0..<100_000 {
        let label = generator.unit() < 0.5
        let centre = label ? 1.0 : -1.0
        features[0].append(centre + 1.2 * generator.gaussian())
        features[1].append(centre + 1.2 * generator.gaussian())
        labels.append(label ? 1 : 0)
    }
    let dataset = try Dataset(name: "points", features: features, labels: labels)
    let log = Trainer.train(dataset, settings: TrainingSettings.walkthrough)
    var inputs: [Double] = []
    for k in [0, 1, 2, 3, 5, 10, 20, 50, 100, 200, 500, 999] {
        let w = log.weights(after: k), b = log.bias(k)
        for i in 0..<dataset.sampleCount { inputs.append(-(w[0] * features[0][i] + w[1] * features[1][i] + b)) }
    }
    return inputs
}

/// The thread's CPU time in seconds: unlike the wall clock, it does not count waiting for a core
/// on a shared machine.
func cpuSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// ns per call of each function over `inputs`, one value per run after a warm-up; the functions
/// take turns within each run, so a change of load touches both alike.
func nanoseconds(_ inputs: [Double], _ functions: [(Double) -> Double]) -> [[Double]] {
    var times = [[Double]](repeating: [], count: functions.count)
    var sink = 0.0
    for run in 0...runs {
        for (index, function) in functions.enumerated() {
            let start = cpuSeconds()
            for x in inputs { sink += function(x) }
            if run > 0 { times[index].append((cpuSeconds() - start) * 1e9 / Double(inputs.count)) }
        }
    }
    if sink == 42 { print("") }  // keeps the loops from being optimised away
    return times
}

func json(_ values: [Double]) -> String { "[" + values.map { String($0) }.joined(separator: ",") + "]" }

var generator = SplitMix(state: 1_250)
let uniform = (0..<(1 << 20)).map { _ in -40 + 80 * generator.unit() }
let training: [Double]
do {
    training = try trainingInputs()
} catch {
    FileHandle.standardError.write(Data("expbench: \(error)\n".utf8))
    exit(1)
}
var sets: [String] = []
for (name, inputs) in [("uniform", uniform), ("training", training)] {
    let exactPath = inputs.reduce(0) { $0 + (ExpBenchmarks.takesExactPath($1) ? 1 : 0) }
    let times = nanoseconds(inputs, [ExpBenchmarks.correctlyRounded, Foundation.exp])
    let (ours, libm) = (times[0], times[1])
    sets.append(
        "\"\(name)\":{\"inputs\":\(inputs.count),\"exactPath\":\(exactPath),"
            + "\"correctlyRounded\":\(json(ours)),\"libm\":\(json(libm))}")
}
// The exact path alone on ordinary inputs, and correctlyRoundedExp where 1 + x is a midpoint between
// doubles (x = k·2⁻⁵³ above 1, k·2⁻⁵⁴ below, k odd): the residues of training near z = 0.
let exactUniform = nanoseconds(Array(uniform.prefix(20_000)), [ExpBenchmarks.exact])[0]
let ties: [Double] = (0..<20_000).map { k in
    let odd = Double(2 * k + 1)
    return k % 2 == 0 ? odd * 0x1p-53 : -odd * 0x1p-54
}
let exactTies = nanoseconds(ties, [ExpBenchmarks.correctlyRounded])[0]
let tiesOnExactPath = ties.reduce(0) { $0 + (ExpBenchmarks.takesExactPath($1) ? 1 : 0) }
sets.append("\"exactUniform\":\(json(exactUniform))")
sets.append("\"exactTies\":\(json(exactTies))")
sets.append("\"tiesOnExactPath\":\(tiesOnExactPath)")
print("{" + sets.joined(separator: ",") + "}")
