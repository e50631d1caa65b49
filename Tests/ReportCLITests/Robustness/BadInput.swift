import Testing

/// One bad input for the built binary: what to put on disk, the arguments, and what must come
/// back (exit code and message fragments naming what and where).
///
/// Every case runs in a fresh folder that already holds a previous report in `site/`; `-o site`
/// is added unless the case names its own output. Whatever the case, the folder must be
/// byte-identical afterwards (nothing already on disk may be lost).
struct BadInput: Sendable, CustomTestStringConvertible {
    /// What the case puts on disk before the run, relative to its folder.
    enum Step: Sendable {
        /// A file with these bytes (folders above it are created).
        case file(String, [UInt8])
        /// An empty folder.
        case folder(String)
        /// A symbolic link at the first path to the second.
        case link(String, to: String)
        /// A sparse file of this many bytes: large on paper, nothing to read.
        case sparse(String, bytes: Int)
        /// `chattr +i`: not even root may change the entry (undone after the run).
        case immutable(String)
        /// A named pipe (mkfifo), which a reader would wait on for ever.
        case fifo(String)
    }

    let name: String
    let steps: [Step]
    let arguments: [String]
    /// 2 for usage errors (flags, config), 1 for failed runs (data, templates, output).
    let status: Int32
    /// Each must appear in standard error.
    let fragments: [String]
    /// Most a run may take, in kilobytes of resident memory.
    let memoryLimitKB: Int

    var testDescription: String { name }

    init(
        _ name: String, _ arguments: [String], _ status: Int32, _ fragments: [String], steps: [Step] = [],
        memoryLimitKB: Int = 150_000
    ) {
        self.name = name
        self.steps = steps
        self.arguments = arguments
        self.status = status
        self.fragments = fragments
        self.memoryLimitKB = memoryLimitKB
    }

    /// The arguments as run: `-o site` unless the case gives its own output or log file.
    var runArguments: [String] {
        let namesOutput = arguments.contains { ["-o", "--output", "--log"].contains($0) || $0.hasPrefix("--output=") }
        return namesOutput ? arguments : arguments + ["-o", "site"]
    }

    /// Every case of the catalogue.
    static let all = commandLine + config + csv + templates + output + compare
}

extension BadInput.Step {
    /// A text file.
    static func text(_ path: String, _ text: String) -> Self { .file(path, Array(text.utf8)) }
}
