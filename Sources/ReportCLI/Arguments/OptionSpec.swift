import Training

/// One option of the command line, with what `--help` says about it.
struct OptionSpec: Sendable {
    /// The long name without dashes, e.g. "learning-rate".
    let long: String
    /// The one-letter short name, if any.
    let short: Character?
    /// The placeholder of its value in the help ("A"); nil for a flag that takes no value.
    let valueName: String?
    /// The default as the help shows it.
    let defaultText: String
    /// What it does, in a few words.
    let help: String
    /// The commands it applies to.
    let commands: Set<Command>

    var takesValue: Bool { valueName != nil }
    var spelling: String { "--\(long)" }

    private init(
        _ long: String, _ short: Character? = nil, value: String? = nil, default defaultText: String = "",
        help: String, commands: Set<Command> = [.generate, .train]
    ) {
        self.long = long
        self.short = short
        self.valueName = value
        self.defaultText = defaultText
        self.help = help
        self.commands = commands
    }

    /// Every option of SPEC §3, in the order `--help` lists them.
    static let all: [OptionSpec] = [
        OptionSpec("config", "c", value: "FILE", default: "none", help: "JSON settings file; flags given here win"),
        OptionSpec(
            "output", "o", value: "DIR", default: "output",
            help: "where the site is written; with --single-file, the HTML file (output/report.html)",
            commands: [.generate]),
        OptionSpec(
            "dataset", value: "NAME|FILE.csv", default: "and",
            help: "built-in and, or, nand, nor, xor, or a CSV file (features, then a 0/1 label column)"),
        OptionSpec(
            "weights", value: "W1,W2,...", default: "0.4,0.2",
            help: "initial weights, one per feature (0 for each when the data has other than two features)"),
        OptionSpec("bias", value: "B", default: "1", help: "initial bias"),
        OptionSpec("learning-rate", value: "A", default: "0.1", help: "step size α of each update"),
        OptionSpec(
            "iterations", value: "N", default: "1000", help: "forward and backward passes, 1 to \(iterationCapText)"),
        OptionSpec(
            "rule", value: "thresholded|logistic", default: "thresholded",
            help: "error signal: ŷ − y (the walkthrough's) or s − y (cross-entropy gradient)"),
        OptionSpec(
            "threshold", value: "T", default: "0.5", help: "predict 1 when the sigmoid output is ≥ T, 0 < T < 1"),
        OptionSpec("title", value: "TEXT", default: "derived", help: "page title", commands: [.generate]),
        OptionSpec(
            "base-url", value: "URL", default: "none", help: "absolute site URL, for sitemap.xml and canonical links",
            commands: [.generate]),
        OptionSpec(
            "single-file", default: "off", help: "one HTML file with every image inlined", commands: [.generate]),
        OptionSpec(
            "templates", value: "DIR", default: "built-in",
            help: "your own templates, laid over the built-in set (same file names as templates/)",
            commands: [.generate]),
        OptionSpec(
            "force", default: "off", help: "allow writing into a non-empty folder that is not a report",
            commands: [.generate]),
        OptionSpec("format", value: "csv|json", default: "csv", help: "log format", commands: [.train]),
        OptionSpec("log", value: "FILE", default: "stdout", help: "write the log to FILE", commands: [.train]),
        OptionSpec("quiet", "q", default: "off", help: "no progress output"),
        OptionSpec("help", "h", help: "show this help and exit"),
        OptionSpec("version", help: "show the version and exit"),
    ]

    private static let iterationCapText = String(TrainingSettings.maximumIterations)

    /// The option named `long`, if there is one.
    static func named(_ long: String) -> OptionSpec? {
        all.first { $0.long == long }
    }

    /// The option with the short name `short`, if there is one.
    static func short(_ short: Character) -> OptionSpec? {
        all.first { $0.short == short }
    }
}
