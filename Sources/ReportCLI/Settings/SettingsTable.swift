import Formats
import Site
import Training

/// Every setting of `nnreport`, in the order `--help` lists them and the resolver reads them
/// (the dataset first: the default weights depend on its number of features).
enum SettingsTable {
    static let all: [Setting] = [
        Setting(
            flag: "config", short: "c", valueName: "FILE", defaultText: "none",
            help: "JSON settings file; flags given here win"),
        Setting(
            flag: "output", short: "o", valueName: "DIR", defaultText: "output",
            help: "where the site is written; with --single-file, the HTML file (output/report.html)",
            commands: .sites, read: { (given, run) throws(SettingError) in run.output = try given.text() }),
        dataset,
        hidden,
        seed,
        layers,
        Setting(
            flag: "weights", key: "weights", valueName: "W1,W2,...",
            defaultText: defaults.initialWeights.map(ShortestNumber.text).joined(separator: ","),
            help: "initial weights, one per feature (0 for each when the data has other than two features; "
                + "not with --hidden)",
            perRun: true, field: .weights,
            read: { (given, run) throws(SettingError) in run.training.initialWeights = try given.numbers() },
            shown: {
                guard $0.network.hidden.isEmpty else { return nil }
                return RunSetting(
                    key: "weights", name: "Initial weights W", text: Display.row($0.training.initialWeights) + "ᵀ",
                    json: .numbers($0.training.initialWeights))
            }),
        Setting(
            flag: "bias", key: "bias", valueName: "B", defaultText: ShortestNumber.text(defaults.initialBias),
            help: "initial bias (not with --hidden)", perRun: true, field: .bias,
            read: { (given, run) throws(SettingError) in run.training.initialBias = try given.number() },
            shown: {
                guard $0.network.hidden.isEmpty else { return nil }
                return RunSetting(
                    key: "bias", name: "Initial bias b", text: Display.short($0.training.initialBias),
                    json: .number($0.training.initialBias))
            }),
        Setting(
            flag: "learning-rate", key: "learningRate", valueName: "A",
            defaultText: ShortestNumber.text(defaults.learningRate), help: "step size α of each update",
            perRun: true, field: .learningRate,
            read: { (given, run) throws(SettingError) in run.training.learningRate = try given.number() },
            shown: {
                RunSetting(
                    key: "learningRate", name: "Learning rate α", text: Display.short($0.training.learningRate),
                    json: .number($0.training.learningRate))
            }),
        Setting(
            flag: "iterations", key: "iterations", valueName: "N", defaultText: String(defaults.iterations),
            help: "forward and backward passes, 1 to \(TrainingSettings.maximumIterations)", perRun: true,
            field: .iterations,
            read: { (given, run) throws(SettingError) in run.training.iterations = try given.wholeNumber() },
            shown: {
                RunSetting(
                    key: "iterations", name: "Iterations N", text: Display.count($0.training.iterations),
                    json: .integer($0.training.iterations))
            }),
        Setting(
            flag: "rule", key: "rule", valueName: "thresholded|logistic", defaultText: defaults.rule.rawValue,
            help: "error signal: ŷ − y (the walkthrough's) or s − y (cross-entropy gradient)", perRun: true,
            field: .rule,
            read: { (given, run) throws(SettingError) in run.training.rule = try given.choice(UpdateRule.self) },
            shown: {
                let rule = $0.training.rule
                return RunSetting(
                    key: "rule", name: "Update rule",
                    text: rule == .thresholded ? "thresholded, e = ŷ − y" : "logistic, e = s − y",
                    json: .text(rule.rawValue))
            }),
        Setting(
            flag: "threshold", key: "threshold", valueName: "T", defaultText: ShortestNumber.text(defaults.threshold),
            help: "predict 1 when the sigmoid output is ≥ T, 0 < T < 1", perRun: true, field: .threshold,
            read: { (given, run) throws(SettingError) in run.training.threshold = try given.number() },
            shown: {
                let t = Display.short($0.training.threshold)
                return RunSetting(
                    key: "threshold", name: "Threshold T", text: "\(t): predict 1 when s ≥ \(t)",
                    json: .number($0.training.threshold))
            }),
        vary,
        runs,
        grid,
        title,
        Setting(
            flag: "base-url", key: "baseURL", valueName: "URL", defaultText: "none",
            help: "absolute site URL, for sitemap.xml and canonical links", commands: .sites,
            read: { (given, run) throws(SettingError) in run.baseURL = try SettingReaders.baseURL(given) }),
        Setting(
            flag: "single-file", defaultText: "off", help: "one HTML file with every image inlined",
            commands: .sites, read: { _, run in run.singleFile = true }),
        Setting(
            flag: "templates", valueName: "DIR", defaultText: "built-in",
            help: "your own templates, laid over the built-in set (same file names as templates/)",
            commands: .sites, read: { (given, run) throws(SettingError) in run.templatesFolder = try given.text() }
        ),
        Setting(
            flag: "force", defaultText: "off", help: "allow writing into a non-empty folder that is not a report",
            commands: .sites, read: { _, run in run.force = true }),
        Setting(
            flag: "format", valueName: "csv|json", defaultText: "csv", help: "log format", commands: [.train],
            read: { (given, run) throws(SettingError) in run.logFormat = try given.choice(LogFormat.self) }),
        Setting(
            flag: "log", valueName: "FILE", defaultText: "stdout", help: "write the log to FILE (- for stdout)",
            commands: [.train], read: { (given, run) throws(SettingError) in run.logFile = try given.text() }),
        Setting(
            flag: "quiet", short: "q", defaultText: "off", help: "no progress output",
            read: { _, run in run.quiet = true }),
        Setting(flag: "help", short: "h", help: "show this help and exit"),
        Setting(flag: "version", help: "show the version and exit"),
    ]

    /// The defaults of the training settings, as the walkthrough has them.
    static let defaults = TrainingSettings.walkthrough

    /// The data: a built-in gate, a CSV file, or (in a config file) inline rows.
    static let dataset = Setting(
        flag: "dataset", key: "dataset", valueName: "NAME|FILE.csv", defaultText: "and",
        help: "built-in and, or, nand, nor, xor, or a CSV file (features, then a 0/1 label column)", perRun: true,
        read: { (given, run) throws(SettingError) in try SettingReaders.dataset(given, into: &run) },
        shown: {
            let name = $0.dataset.name
            return RunSetting(
                key: "dataset", name: "Dataset", text: name + ($0.datasetLabel == name ? "" : " (\($0.datasetLabel))"),
                json: nil)
        })

    /// Sigmoid hidden layers between the inputs and the output; with them, other defaults.
    static let hidden = Setting(
        flag: "hidden", key: "hidden", valueName: "N[,N...]", defaultText: "none",
        help: "sigmoid hidden layers of these sizes, at most \(TrainingSettings.maximumHiddenLayers) of "
            + "\(TrainingSettings.maximumHiddenUnits) units; with them the defaults become "
            + "--rule \(TrainingSettings.hiddenNetwork.rule.rawValue), --learning-rate "
            + "\(ShortestNumber.text(TrainingSettings.hiddenNetwork.learningRate)), --iterations "
            + "\(TrainingSettings.hiddenNetwork.iterations)",
        perRun: true, field: .hidden,
        read: { (given, run) throws(SettingError) in try SettingReaders.hidden(given, into: &run) },
        shown: {
            guard !$0.network.hidden.isEmpty else { return nil }
            let sizes = $0.network.hidden
            return RunSetting(
                key: "hidden", name: "Hidden layers",
                text: sizes.map { Display.count($0, "unit") }.joined(separator: ", "),
                json: .numbers(sizes.map(Double.init)))
        })

    /// The seed of the hidden layers' initial parameters.
    static let seed = Setting(
        flag: "seed", key: "seed", valueName: "S", defaultText: String(NetworkDeclaration.defaultSeed),
        help: "with --hidden: draws the initial weights and biases (SplitMix64, see README), 0 to "
            + "\(NetworkDeclaration.maximumSeed)",
        perRun: true,
        read: { (given, run) throws(SettingError) in try SettingReaders.seed(given, into: &run) },
        shown: {
            guard !$0.network.hidden.isEmpty, $0.network.layers == nil else { return nil }
            let seed = $0.network.seed
            return RunSetting(key: "seed", name: "Seed", text: String(seed), json: .integer(Int(seed)))
        })

    /// In a config file: the initial parameters of every layer of a network with hidden layers.
    static let layers = Setting(
        flag: "layers", key: "layers", help: "with hidden: the initial weights and biases of every layer",
        onCommandLine: false, perRun: true,
        read: { (given, run) throws(SettingError) in try SettingReaders.layers(given, into: &run) })

    /// `compare`: one run per value of a setting; repeated, every combination.
    static let vary = Setting(
        flag: "vary", valueName: "SETTING=V1,V2,...", defaultText: "none",
        help: "compare: one run per value of SETTING (repeat for a grid; ';' between values that are lists)",
        commands: [.compare], repeatable: true,
        read: { (given, run) throws(SettingError) in try ExperimentDeclaration.readVary(given, into: &run.experiment) })

    /// `compare`, in a config file: named runs, each with settings of its own.
    static let runs = Setting(
        flag: "runs", key: "runs", help: "compare: named runs, each with its own settings", commands: [.compare],
        onCommandLine: false,
        read: { (given, run) throws(SettingError) in try ExperimentDeclaration.readRuns(given, into: &run.experiment) })

    /// `compare`, in a config file: settings to vary, each with its values; every combination is a run.
    static let grid = Setting(
        flag: "grid", key: "grid", help: "compare: settings to vary, each with its values", commands: [.compare],
        onCommandLine: false,
        read: { (given, run) throws(SettingError) in try ExperimentDeclaration.readGrid(given, into: &run.experiment) })

    /// The page title (with `compare`, the comparison's; each run has its own).
    static let title = Setting(
        flag: "title", key: "title", valueName: "TEXT", defaultText: "derived", help: "page title", commands: .sites,
        perRun: true, read: { (given, run) throws(SettingError) in run.title = try SettingReaders.title(given) })

    /// The setting spelled `--flag`, if there is one on the command line.
    static func named(_ flag: String) -> Setting? { all.first { $0.flag == flag && $0.onCommandLine } }

    /// The setting spelled `-short`, if there is one.
    static func short(_ letter: Character) -> Setting? { all.first { $0.short == letter } }

    /// The setting of config key `key`, if there is one.
    static func keyed(_ key: String) -> Setting? { all.first { $0.key == key } }

    /// The keys a config file may hold, in table order.
    static var keys: [String] { all.compactMap(\.key) }
}
