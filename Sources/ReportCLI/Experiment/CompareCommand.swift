import Charts
import Dispatch
import Foundation
import Site
import Synchronization
import Training

/// `nnreport compare`: every run trained and written on every core, then the comparison over
/// them, all into one destination that is swapped into place only when everything is written.
///
/// A worker per core takes the next run, trains it, draws its charts and writes its report into
/// runs/<name>/ (or its section of the single file), then keeps only what the comparison needs
/// (`ComparedRun`) and lets the log go: memory holds the runs in flight and the summaries.
enum CompareCommand {
    static func run(_ experiment: Experiment) throws {
        let base = experiment.base
        let progress = Progress(mode: Progress.mode(quiet: base.quiet))
        defer { progress.end() }
        let templates = try RunStages.templates(base) { extra in
            if !base.quiet { Console.error("\(extra)\n") }
        }
        let protected = ReportCommand.protectedPaths(base)
        let started = Clock.now
        if base.singleFile {
            let file = try ReportCommand.wrapOutput {
                try SingleFileWriter(target: base.output, protectedPaths: protected, force: base.force)
            }
            let total = experiment.runs.reduce(0) { $0 + $1.settings.training.iterations }
            let embedded = ComparisonGenerator.embedsHistory(iterations: total)
            let withheld = ComparisonGenerator.withheldHistory(iterations: total)
            var sections = [String](repeating: "", count: experiment.runs.count)
            let sectionSlots = Mutex<[Int: String]>([:])
            let generator = try compare(experiment, templates: templates, progress: progress) { run, generator in
                let body = try generator.singleFileBody(embedHistory: embedded, withheld: withheld)
                let section = ComparisonGenerator.runSection(name: run.name, body: body)
                sectionSlots.withLock { $0[experiment.runs.firstIndex { $0.name == run.name } ?? 0] = section }
            }
            for (index, section) in sectionSlots.withLock({ $0 }) { sections[index] = section }
            let bytes = try ReportCommand.wrapOutput {
                try generator.singleFile(runSections: sections, historyEmbedded: embedded)
            }
            try ReportCommand.wrapOutput {
                try file.file.write(bytes)
                try file.commit()
            }
            progress.finish(
                "Wrote \(base.output) (\(bytes.count) bytes) with \(experiment.runs.count) runs in \(Clock.since(started))."
            )
            return
        }
        let writer = try ReportCommand.wrapOutput {
            try SiteWriter(
                destination: base.output, protectedPaths: protected,
                insideForbidden: base.templatesFolder.map { [$0] } ?? [], force: base.force
            ) { notice in Console.error("\(notice)\n") }
        }
        let shared = SharedDestination(writer)
        let generator = try compare(experiment, templates: templates, progress: progress) { run, generator in
            try generator.writeSite(to: shared.run(run.name))
        }
        try ReportCommand.wrapOutput {
            try generator.writeSite(to: shared)
            try writer.commit()
        }
        progress.finish(
            "Wrote \(experiment.runs.count) runs and their comparison into \(base.output) in \(Clock.since(started)).")
    }

    /// Trains, draws and writes every run with `write` on every core, then draws the comparison
    /// charts; returns the comparison's generator.
    private static func compare(
        _ experiment: Experiment, templates: TemplateLibrary, progress: Progress,
        write: @escaping @Sendable (Experiment.Run, SiteGenerator) throws -> Void
    ) throws -> ComparisonGenerator {
        let base = experiment.base
        let runs = experiment.runs
        let favicon = try chart { () throws(ChartError) in try Favicon.png() }
        let bucket = RunTrace.bucket(forLongest: runs.map(\.settings.training.iterations).max() ?? 1)
        let parent = ParentPage(label: "All \(runs.count) runs", path: "../../index.html")
        progress.start("training and writing \(runs.count) runs", counted: true)
        let results = Mutex<[Int: ComparedRun]>([:])
        let failure = Mutex<(any Error)?>(nil)
        let next = Atomic<Int>(0)
        let done = Atomic<Int>(0)
        let drawing = DispatchSemaphore(value: 1)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, runs.count))
        HeapTuning.forManyRuns(arenas: workers)
        WorkerThreads.run(workers) {
            while failure.withLock({ $0 == nil }) {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < runs.count else { return }
                let run = runs[index]
                do {
                    let started = Clock.now
                    let (log, otherRule) = RunStages.train(run.settings)
                    // One run's charts at a time, drawn on every core: the images in memory are
                    // one run's, while the other workers train or write.
                    let charts = try drawing.exclusively {
                        try chart { () throws(ChartError) in try RunCharts.render(log, otherRule: otherRule) }
                    }
                    var input = RunStages.siteInput(
                        run.settings, log: log, otherRule: otherRule, charts: charts, favicon: favicon)
                    input.parent = parent
                    input.baseURL = base.baseURL.map { $0 + ComparedRun.folder(of: run.name) }
                    try write(run, SiteGenerator(input: input, templates: templates.withOwnBudget()))
                    let compared = ComparedRun(
                        name: run.name, title: run.settings.title, settings: run.settings.shown, log: log,
                        trace: RunTrace(log, bucket: bucket))
                    results.withLock { $0[index] = compared }
                    HeapTuning.returnFreeMemory()
                    let finished = done.add(1, ordering: .relaxed).newValue
                    progress.advance(to: Double(finished) / Double(runs.count))
                    progress.note(
                        "Run \(finished) of \(runs.count), \(run.name): \(ReportCommand.outcome(log.summary)) "
                            + "(\(Clock.since(started))).")
                } catch {
                    failure.withLock { if $0 == nil { $0 = error } }
                }
            }
        }
        if let error = failure.withLock({ $0 }) { try ReportCommand.wrapOutput { throw error } }
        let compared = results.withLock { finished in runs.indices.compactMap { finished[$0] } }
        progress.finish("Trained and wrote \(runs.count) runs.")
        progress.start("drawing the comparison")
        let best = ComparisonRanking.best(compared)
        let charts = try chart { () throws(ChartError) in
            try ComparisonCharts.render(
                compared.map(\.trace), names: compared.map(\.name), highlight: best, bucket: bucket)
        }
        let input = ComparisonInput(
            title: base.title, runs: compared, shared: base.shown, charts: charts, favicon: favicon,
            baseURL: base.baseURL)
        progress.finish("Drew \(charts.count) comparison charts.")
        return ComparisonGenerator(input: input, templates: templates.withOwnBudget())
    }

    /// Runs chart drawing, its failure made the run's error.
    private static func chart<T>(_ body: () throws(ChartError) -> T) throws(ReportError) -> T {
        do {
            return try body()
        } catch {
            throw .chart(error)
        }
    }
}

extension DispatchSemaphore {
    /// `body`'s result, computed while holding this semaphore.
    func exclusively<T>(_ body: () throws -> T) rethrows -> T {
        wait()
        defer { signal() }
        return try body()
    }
}
