import Charts
import Testing
import Training

@_spi(Benchmarks) @testable import ReportCLI

@Suite struct PendingRunTests {
    func settings(_ arguments: [String]) throws -> ReportSettings {
        try SettingsResolver.resolve(try ArgumentParser.parse(arguments))
    }

    @Test func onlyRunsOfAtMostAMillionLoggedValuesStartEarly() throws {
        let walkthrough = try settings([])
        let perIteration = TrainingLog.valuesPerIteration(for: walkthrough.dataset, hidden: [])
        let most = PendingRun.maximumValues / perIteration
        #expect(PendingRun.isSmall(walkthrough))
        #expect(PendingRun.isSmall(try settings(["--iterations", "\(most)"])))
        #expect(!PendingRun.isSmall(try settings(["--iterations", "\(most + 1)"])))
        #expect(!PendingRun.isSmall(try settings(["--iterations", "10000000"])))
        // The user's templates may be refused: then nothing was trained or drawn for nothing.
        #expect(PendingRun.startsEarly(walkthrough))
        #expect(!PendingRun.startsEarly(try settings(["--templates", "."])))
        // A hidden network logs more per iteration, so fewer of its iterations start early.
        let hidden = try settings(["--dataset", "xor", "--hidden", "64,64"])
        let hiddenPerIteration = TrainingLog.valuesPerIteration(for: hidden.dataset, hidden: [64, 64])
        #expect(hiddenPerIteration > perIteration)
        #expect(PendingRun.isSmall(hidden) == (hidden.training.iterations * hiddenPerIteration <= 1_000_000))
    }

    @Test func anEarlyRunIsTheRunTrainedAfterwards() throws {
        let run = try settings(["--dataset", "or", "--iterations", "300"])
        let early = PendingRun(run).trained()
        let late = PendingRun.train(run)
        #expect(early.log.summary == late.log.summary)
        #expect(early.otherRule == late.otherRule)
        let earlyCharts = try early.charts.wait()
        let lateCharts = try late.charts.wait()
        #expect(earlyCharts.charts.map(\.bytes) == lateCharts.charts.map(\.bytes))
        #expect(earlyCharts.favicon == lateCharts.favicon)
    }
}
