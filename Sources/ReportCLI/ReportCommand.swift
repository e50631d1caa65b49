import Charts
import Dispatch
import Foundation
import Site
import Synchronization
import Training

/// The one orchestration file: arguments → settings → dataset → training → charts → site.
public enum ReportCommand {
    /// Runs `nnreport` with the bytes of its arguments (without the program name), as the
    /// kernel gave them: an argument that is not UTF-8 is refused with exit code 2, never turned
    /// into another name by a String's U+FFFD.
    public static func main(rawArguments: [[UInt8]]) -> Int32 {
        var arguments: [String] = []
        for (index, bytes) in rawArguments.enumerated() {
            guard let text = String(validating: bytes, as: UTF8.self) else {
                StandardStreams.prepare()
                let shown = bytes.map {
                    $0 < 0x80 ? String(UnicodeScalar($0)) : "\\x" + String($0, radix: 16, uppercase: true)
                }
                Console.error(ReportError.usage(.notUTF8(position: index + 1, shown: shown.joined())).report)
                return 2
            }
            arguments.append(text)
        }
        return main(arguments)
    }

    /// Runs `nnreport` with `arguments` (without the program name) and returns the exit code.
    public static func main(_ arguments: [String]) -> Int32 {
        StandardStreams.prepare()
        let options = arguments.prefix { $0 != "--" }
        if options.contains("--help") || options.contains("-h") {
            return printAsked(HelpText.full, what: "the help")
        }
        if options.contains("--version") {
            return printAsked("nnreport \(SiteVersion.current)\n", what: "the version")
        }
        do {
            // Relative paths would resolve against "/" (getcwd fails): refuse before reading any.
            try wrapOutput { try OutputPath.refuseMissingCurrentFolder() }
            let parsed: ParsedArguments
            do {
                parsed = try ArgumentParser.parse(arguments)
            } catch {
                throw ReportError.usage(error)
            }
            switch parsed.command {
            case .train: try train(try SettingsResolver.resolve(parsed))
            case .generate: try generate(try SettingsResolver.resolve(parsed))
            // A comparison resolves each of its runs; its shared settings need not make a run alone.
            case .compare: try CompareCommand.run(try ExperimentResolver.resolve(parsed))
            }
            return 0
        } catch let error as ReportError {
            Console.error(error.report)
            return error.exitCode
        } catch {
            Console.error("nnreport: error: \(error)\n")
            return 1
        }
    }

    /// Prints what the user asked for on standard output: 0, or 1 with a message when it could not be written.
    private static func printAsked(_ text: String, what: String) -> Int32 {
        guard let code = Console.out(text) else { return 0 }
        let error = OutputError(path: "standard output", reason: .cannotWrite(errno: code))
        Console.error(ReportError.output(error).report)
        return 1
    }

    // MARK: - nnreport train

    private static func train(_ settings: ReportSettings) throws {
        let progress = Progress(mode: Progress.mode(quiet: settings.quiet))
        defer { progress.end() }
        let started = Clock.now
        progress.start(
            "training \(settings.training.iterations) iterations",
            expected: progress.mode == .bar ? TrainingEstimate.seconds(settings.dataset, settings.training) : nil)
        let log = Trainer.train(settings.dataset, settings: settings.training)
        let write: (any ByteSink) throws -> Void = { sink in
            switch settings.logFormat {
            case .csv: try HistoryCSV.write(log, to: sink)
            case .json: try HistoryJSON.write(log, title: settings.title, settings: settings.shown, to: sink)
            }
        }
        if let file = settings.logFile, !standardOutputNames.contains(file) {
            // The log file is what the user asked to be written, so an existing one is replaced,
            // atomically; the inputs are still protected.
            try wrapOutput {
                do {
                    let target = try SingleFileWriter(target: file, protectedPaths: settings.inputFiles, force: true)
                    try write(target.file)
                    try target.commit()
                } catch var error as OutputError {
                    error.option = "--log"
                    throw error
                }
            }
        } else {
            let output = BufferedFileWriter.standardOutput()
            try wrapOutput {
                // Closed at start, it now holds /dev/null: the log would vanish without a word.
                if StandardStreams.wasClosed(Console.output) {
                    throw OutputError(path: "standard output", reason: .cannotWrite(errno: EBADF))
                }
                try write(output)
                try output.flush()
            }
        }
        progress.finish("Trained \(log.count) iterations in \(Clock.since(started)); \(outcome(log.summary)).")
    }

    /// `--log` names that mean standard output: written there, not replaced as files.
    private static let standardOutputNames: Set<String> = ["-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"]

    // MARK: - nnreport generate

    private static func generate(_ settings: ReportSettings) throws {
        HeapTuning.forOneReport()
        let progress = Progress(mode: Progress.mode(quiet: settings.quiet))
        defer { progress.end() }
        let early = PendingRun.startsEarly(settings) ? PendingRun(settings) : nil
        // Whatever fails first, no thread is still drawing when the process exits.
        defer { early?.finish() }
        let templates = try RunStages.templates(settings) { extra in
            if !settings.quiet { Console.error("\(extra)\n") }
        }
        // Open the destination before training: a refused folder costs no training (of a long
        // run; a small one has started beside the templates), and the temporary folder beside it
        // is removed on any failure or interrupt.
        let protected = protectedPaths(settings)
        let siteWriter: SiteWriter?
        let fileWriter: SingleFileWriter?
        if settings.singleFile {
            fileWriter = try wrapOutput {
                try SingleFileWriter(target: settings.output, protectedPaths: protected, force: settings.force)
            }
            siteWriter = nil
        } else {
            siteWriter = try wrapOutput {
                try SiteWriter(
                    destination: settings.output, protectedPaths: protected,
                    insideForbidden: settings.templatesFolder.map { [$0] } ?? [], force: settings.force
                ) { notice in Console.error("\(notice)\n") }
            }
            fileWriter = nil
        }

        progress.start(
            "training \(settings.training.iterations) iterations",
            expected: progress.mode == .bar ? TrainingEstimate.seconds(settings.dataset, settings.training) : nil)
        // The charts are drawn on other threads from here on.
        let run = early?.trained() ?? PendingRun.train(settings)
        defer { _ = try? run.charts.wait() }
        let (log, otherRule) = (run.log, run.otherRule)
        progress.finish(
            "Trained \(log.count) iterations in \(Clock.text(nanoseconds: run.nanoseconds)); \(outcome(log.summary)).")

        var started = Clock.now
        if let fileWriter {
            progress.start("drawing the charts")
            let (charts, favicon) = try run.charts.wait()
            progress.finish("Drew \(charts.count) charts in \(Clock.since(started)).")
            started = Clock.now
            progress.start("writing \(settings.output)")
            let input = RunStages.siteInput(settings, log: log, otherRule: otherRule, charts: charts, favicon: favicon)
            let bytes = try wrapOutput { try SiteGenerator(input: input, templates: templates).singleFile() }
            try wrapOutput {
                try fileWriter.file.write(bytes)
                try fileWriter.commit()
            }
            progress.finish("Wrote \(settings.output) (\(bytes.count) bytes) in \(Clock.since(started)).")
        } else if let siteWriter {
            // The exports and history pages, which show no chart, are written while the charts
            // are drawn; the site waits for them only for its last files.
            progress.start("writing the site into \(settings.output) and drawing the charts", counted: true)
            let input = RunStages.siteInput(settings, log: log, otherRule: otherRule, charts: [], favicon: [])
            let generator = SiteGenerator(input: input, templates: templates)
            let destination = ProgressDestination(siteWriter, progress: progress, expected: generator.fileCount)
            var chartCount = 0
            let written = try wrapOutput {
                try generator.writeSite(to: destination) {
                    let drawn = try run.charts.wait()
                    chartCount = drawn.charts.count
                    return drawn
                }
            }
            try wrapOutput { try siteWriter.commit() }
            progress.finish(
                "Drew \(chartCount) charts and wrote \(written.count) files into \(settings.output) in "
                    + "\(Clock.since(started)).")
            // Said even with -q: the folder cannot be published as it is to the hosts named.
            let exceeded = HostLimits.standard.exceeded(by: destination.sizes)
            if !exceeded.isEmpty {
                Console.error(
                    "nnreport: the site in \(settings.output) is past what static hosts accept. "
                        + exceeded.joined(separator: " ") + "\n")
            }
        }
    }

    /// Paths the output must never replace or contain: the inputs and a user's templates folder.
    static func protectedPaths(_ settings: ReportSettings) -> [String] {
        settings.inputFiles + (settings.templatesFolder.map { [$0] } ?? [])
    }

    // MARK: - Helpers

    static func outcome(_ summary: TrainingSummary) -> String {
        if let diverged = summary.divergedAt { return "the parameters became non-finite at iteration \(diverged)" }
        if let allRight = summary.allRightFrom { return "every prediction right from iteration \(allRight) on" }
        return "not every prediction right at the end"
    }

    /// Runs `body`, turning the failures of rendering and writing (templates, files) into the run's error.
    static func wrapOutput<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as OutputError {
            throw ReportError.output(error)
        } catch let error as TemplateError {
            throw ReportError.template(error)
        }
    }
}
