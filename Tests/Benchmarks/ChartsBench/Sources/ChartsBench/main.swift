import Charts
import Foundation
import Training

// chartsbench ITERATIONS [RUNS]: trains the AND gate for ITERATIONS iterations (the log holds every one),
// then renders every chart RUNS times after one warm-up, timing only RunCharts.render(log).
// Prints one JSON object on stdout: the render times in seconds, the training time and the chart bytes.

let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
guard let iterations = arguments.first, iterations >= 1, iterations <= TrainingSettings.maximumIterations else {
    FileHandle.standardError.write(Data("usage: chartsbench ITERATIONS [RUNS], 1 ≤ ITERATIONS ≤ 10⁷\n".utf8))
    exit(2)
}
let runs = max(arguments.dropFirst().first ?? 5, 1)

var settings = TrainingSettings.walkthrough
settings.iterations = iterations
let trainingStart = ContinuousClock.now
let log = Trainer.train(LogicGate.and.dataset, settings: settings)
let trainingTime = ContinuousClock.now - trainingStart

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

var times: [Double] = []
var bytes = 0
do {
    for run in 0...runs {
        let start = ContinuousClock.now
        let charts = try RunCharts.render(log)
        let elapsed = ContinuousClock.now - start
        bytes = charts.reduce(0) { $0 + $1.bytes.count }
        // Run 0 is the warm-up: first use of the font cache and of libgd's tables.
        if run > 0 { times.append(seconds(elapsed)) }
    }
} catch {
    FileHandle.standardError.write(Data("chartsbench: \(error)\n".utf8))
    exit(1)
}
let timeList = times.map { String($0) }.joined(separator: ",")
print(
    "{\"points\":\(log.count),\"trainSeconds\":\(seconds(trainingTime)),\"renderSeconds\":[\(timeList)],"
        + "\"chartBytes\":\(bytes)}")
