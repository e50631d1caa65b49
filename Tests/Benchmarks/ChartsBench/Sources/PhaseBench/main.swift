import Charts
import Foundation
@_spi(Benchmarks) import ReportCLI
import Site
import Training

// phasebench ITERATIONS [RUNS] [FOLDER] [OPTION...]: where one `nnreport` run spends its time, stage
// by stage, through the stages the command itself runs (RunStages), on the AND gate with the
// walkthrough's settings, or with nnreport's OPTIONs (e.g. --dataset xor --hidden 2). Every stage runs RUNS times (run.py reports the median); the site is written into fresh
// folders under FOLDER (default: the temporary folder), deleted outside the timing.
// Prints one JSON object on stdout: {"iterations": N, "stages": {"name": [seconds, ...], ...}}.

let arguments = Array(CommandLine.arguments.dropFirst())
guard let iterations = arguments.first.flatMap({ Int($0) }), iterations >= 1,
    iterations <= TrainingSettings.maximumIterations
else {
    FileHandle.standardError.write(Data("usage: phasebench ITERATIONS [RUNS] [FOLDER] [OPTION...]\n".utf8))
    exit(2)
}
var timer = StageTimer(runs: max(arguments.dropFirst().first.flatMap { Int($0) } ?? 3, 1))
let folder = arguments.count > 2 ? arguments[2] : NSTemporaryDirectory()

do {
    let settings = try RunStages.settings(["--iterations", String(iterations), "-q"] + arguments.dropFirst(3))
    let templates = try timer.stage("templates") { try RunStages.templates(settings) }
    let (log, other) = timer.stage("train both rules") { RunStages.train(settings) }
    let (charts, favicon) = try timer.stage("charts") { try RunStages.charts(log, otherRule: other) }
    let input = RunStages.siteInput(settings, log: log, otherRule: other, charts: charts, favicon: favicon)
    try timer.stage("csv in memory") { try HistoryCSV.write(log, to: NullSink()) }
    try timer.stage("json in memory") {
        try HistoryJSON.write(log, title: input.title, settings: input.settings, to: NullSink())
    }
    let generator = SiteGenerator(input: input, templates: templates)
    try timer.stage("site in memory") { try generator.writeSite(to: NullDestination()) }
    // On disk: every file written into a fresh folder, then the commit (a rename, the folder being new).
    var writeTimes: [Double] = []
    var commitTimes: [Double] = []
    for run in 0..<timer.runs {
        let destination = folder + "/phasebench-\(getpid())-\(run)"
        let start = ContinuousClock.now
        let writer = try SiteWriter(destination: destination)
        try generator.writeSite(to: writer)
        let written = ContinuousClock.now
        try writer.commit()
        let committed = ContinuousClock.now
        writeTimes.append(StageTimer.seconds(written - start))
        commitTimes.append(StageTimer.seconds(committed - written))
        try? FileManager.default.removeItem(atPath: destination)
    }
    timer.record("site on disk", writeTimes)
    timer.record("commit", commitTimes)
} catch {
    FileHandle.standardError.write(Data("phasebench: \(error)\n".utf8))
    exit(1)
}
print(timer.json(iterations: iterations))
