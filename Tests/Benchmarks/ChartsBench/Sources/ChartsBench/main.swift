@_spi(Benchmarks) import Charts
import Foundation
import Training

// chartsbench ITERATIONS [RUNS] [--three-features] [--logistic] [--hidden]: trains the AND gate (or,
// with --three-features, the three-input majority gate; with --logistic, under the logistic rule,
// whose values change in every iteration instead of settling; with --hidden, XOR on a 2-2-1 network
// with the hidden defaults, seed 1) for ITERATIONS iterations (the log holds every one) and the same
// data under the other rule, then renders every chart RUNS times after one warm-up, timing only
// RunCharts.render(log, otherRule:); then each chart alone, RUNS times.
// Prints one JSON object on stdout: the render times in seconds (wall, and CPU of the process: on a
// loaded machine the steadier measure), the training time, the chart bytes and, per teaching chart
// that applies, its render times ("perChart", wall; "perChartCPU", the thread's CPU time: one chart
// renders on one thread).

let arguments = Array(CommandLine.arguments.dropFirst())
let numbers = arguments.compactMap { Int($0) }
guard let iterations = numbers.first, iterations >= 1, iterations <= TrainingSettings.maximumIterations else {
    FileHandle.standardError.write(
        Data("usage: chartsbench ITERATIONS [RUNS] [--three-features], 1 ≤ ITERATIONS ≤ 10⁷\n".utf8))
    exit(2)
}
let runs = max(numbers.dropFirst().first ?? 5, 1)
let threeFeatures = arguments.contains("--three-features")

let dataset: Dataset
if threeFeatures {
    let corners = (0..<8).map { k in (0..<3).map { Double((k >> (2 - $0)) & 1) } }
    let data = try? Dataset(
        name: "majority of three", features: (0..<3).map { j in corners.map { $0[j] } },
        labels: corners.map { $0.reduce(0, +) >= 2 ? 1 : 0 })
    guard let data else { exit(1) }
    dataset = data
} else {
    dataset = arguments.contains("--hidden") ? LogicGate.xor.dataset : LogicGate.and.dataset
}
var settings = TrainingSettings.defaults(for: dataset)
if arguments.contains("--hidden") {
    // As `nnreport --dataset xor --hidden 2` sets it up: seed 1, the hidden networks' defaults.
    let layers = InitialParameters.drawn(hidden: [2], features: 2, seed: 1)
    settings.hiddenLayers = Array(layers.dropLast())
    settings.initialWeights = layers[1].weights.map { $0[0] }
    settings.initialBias = layers[1].biases[0]
    (settings.rule, settings.learningRate) = (
        TrainingSettings.hiddenNetwork.rule, TrainingSettings.hiddenNetwork.learningRate
    )
}
settings.iterations = iterations
if arguments.contains("--logistic") { settings.rule = .logistic }
let trainingStart = ContinuousClock.now
let log = Trainer.train(dataset, settings: settings)
let trainingTime = ContinuousClock.now - trainingStart
var otherSettings = settings
otherSettings.rule = settings.rule.other
let otherRule = Trainer.summary(dataset, settings: otherSettings)

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

/// CPU seconds of the process or of the calling thread (clock_gettime).
func cpuSeconds(_ clock: clockid_t) -> Double {
    var time = timespec()
    clock_gettime(clock, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

func list(_ values: [Double]) -> String { "[" + values.map { String($0) }.joined(separator: ",") + "]" }

var times: [Double] = []
var cpuTimes: [Double] = []
var bytes = 0
var perChart: [(name: String, wall: [Double], cpu: [Double])] = []
do {
    for run in 0...runs {
        let start = ContinuousClock.now
        let cpu = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID)
        let charts = try RunCharts.render(log, otherRule: otherRule)
        let elapsed = ContinuousClock.now - start
        bytes = charts.reduce(0) { $0 + $1.bytes.count }
        // Run 0 is the warm-up: first use of the font cache and of libgd's tables.
        if run > 0 {
            times.append(seconds(elapsed))
            cpuTimes.append(cpuSeconds(CLOCK_PROCESS_CPUTIME_ID) - cpu)
        }
    }
    for kind in RunChart.allCases {
        var wall: [Double] = []
        var cpu: [Double] = []
        for _ in 0..<runs {
            let start = ContinuousClock.now
            let thread = cpuSeconds(CLOCK_THREAD_CPUTIME_ID)
            guard try RunCharts.render(kind, of: log, otherRule: otherRule) != nil else { break }
            cpu.append(cpuSeconds(CLOCK_THREAD_CPUTIME_ID) - thread)
            wall.append(seconds(ContinuousClock.now - start))
        }
        if !wall.isEmpty { perChart.append((kind.fileName, wall, cpu)) }
    }
} catch {
    FileHandle.standardError.write(Data("chartsbench: \(error)\n".utf8))
    exit(1)
}
let wallList = perChart.map { "\"\($0.name)\":\(list($0.wall))" }.joined(separator: ",")
let cpuList = perChart.map { "\"\($0.name)\":\(list($0.cpu))" }.joined(separator: ",")
print(
    "{\"points\":\(log.count),\"trainSeconds\":\(seconds(trainingTime)),\"renderSeconds\":\(list(times)),"
        + "\"renderCPUSeconds\":\(list(cpuTimes)),\"chartBytes\":\(bytes),\"perChart\":{\(wallList)},"
        + "\"perChartCPU\":{\(cpuList)}}")
