import Formats
import Training

/// Resolves `nnreport compare`: the shared settings (flags over the config's top level), the runs
/// they declare, and each run's settings read by `SettingsResolver` as a single run's would be,
/// its own values winning. Everything is checked here, before any run is trained: the names, the
/// number of runs, each run's values, and the runs' logs together.
enum ExperimentResolver {
    /// The most runs one HTML file holds (`--single-file`): each brings its images and data.
    static let singleFileRunLimit = 100

    static func resolve(_ parsed: ParsedArguments) throws(ReportError) -> Experiment {
        let configured = try SettingsResolver.configuration(parsed)
        var (base, _) = try SettingsResolver.read(parsed, configured)
        let plan: ExperimentPlan
        do {
            plan = try ExperimentPlan(base.experiment)
        } catch {
            throw .experiment(error)
        }
        if base.singleFile, plan.runs.count > singleFileRunLimit {
            throw .experiment(.tooManyForSingleFile(count: plan.runs.count, limit: singleFileRunLimit))
        }
        let datasets = DatasetCache()
        var runs: [Experiment.Run] = []
        runs.reserveCapacity(plan.runs.count)
        for planned in plan.runs {
            do throws(ReportError) {
                var (run, sources) = try SettingsResolver.read(
                    parsed, configured, values: planned.values, datasets: datasets)
                try SettingsResolver.validate(run, sources)
                if planned.values[SettingsTable.title.flag] == nil {
                    run.title =
                        "Run \(planned.name): " + SettingsResolver.defaultTitle(run.dataset, hidden: run.network.hidden)
                }
                run.experiment = ExperimentDeclaration()
                runs.append(Experiment.Run(name: planned.name, settings: run))
            } catch {
                throw .experiment(.inRun(name: planned.name, error))
            }
        }
        try checkLogs(runs)
        let titleGiven =
            parsed.has(SettingsTable.title.flag)
            || SettingsTable.title.key.map { configured.values[$0] != nil } ?? false
        SettingsResolver.finish(&base, parsed)
        if !titleGiven { base.title = defaultTitle(runs) }
        for run in runs {
            base.inputFiles += run.settings.inputFiles.filter { !base.inputFiles.contains($0) }
        }
        base.experiment = ExperimentDeclaration()
        return Experiment(base: base, runs: runs)
    }

    /// Refuses runs whose logs together would hold more than one run's log may: the runs are
    /// trained two or more at a time, and their output is one site.
    private static func checkLogs(_ runs: [Experiment.Run]) throws(ReportError) {
        var total = 0
        var largest: (name: String, values: Int)?
        for run in runs {
            let values =
                run.settings.training.iterations
                * TrainingLog.valuesPerIteration(for: run.settings.dataset, hidden: run.settings.training.hiddenSizes)
            total += values
            if values > largest?.values ?? -1 { largest = (run.name, values) }
        }
        guard total > TrainingSettings.maximumLoggedValues, let largest else { return }
        throw .experiment(
            .logsTooLarge(
                total: total, limit: TrainingSettings.maximumLoggedValues,
                largest: "the run '\(largest.name)', with \(Display.count(largest.values))"))
    }

    /// "Comparing 6 runs of a sigmoid neuron on the AND gate", "Comparing 4 runs of a 2-2-1
    /// network on the XOR gate", "Comparing 3 runs of networks of different shapes".
    private static func defaultTitle(_ runs: [Experiment.Run]) -> String {
        let count = Display.count(runs.count, "run")
        let shapes = Set(runs.map { [$0.settings.dataset.featureCount] + $0.settings.network.hidden })
        let network: String
        if runs.allSatisfy({ $0.settings.network.hidden.isEmpty }) {
            network = "a sigmoid neuron"
        } else if shapes.count == 1, let shape = shapes.first {
            network = "a " + (shape + [1]).map(String.init).joined(separator: "-") + " network"
        } else {
            network = "networks of different shapes"
        }
        guard let first = runs.first?.settings.dataset, runs.allSatisfy({ $0.settings.dataset == first }) else {
            return "Comparing \(count) of \(network)"
        }
        let gate = LogicGate.allCases.first { $0.title == first.name }
        return "Comparing \(count) of \(network) on " + (gate.map { "the \($0.title)" } ?? first.name)
    }
}
