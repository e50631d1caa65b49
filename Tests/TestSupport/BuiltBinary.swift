import Foundation

/// The `nnreport` executable built beside the test bundle, run as a user would run it.
public enum BuiltBinary {
    /// The built executable: same folder as the test runner (`.build/<config>/`), or the one
    /// `NNREPORT_TEST_BINARY` names (to show that a test fails on an older build).
    public static var url: URL {
        if let other = ProcessInfo.processInfo.environment["NNREPORT_TEST_BINARY"], !other.isEmpty {
            return URL(fileURLWithPath: other)
        }
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = runner.deletingLastPathComponent()
        // The runner may sit inside `<name>.xctest/`, one level below the products folder.
        if folder.lastPathComponent.hasSuffix(".xctest") { folder = folder.deletingLastPathComponent() }
        return folder.appending(path: "nnreport")
    }

    public struct Result: Sendable {
        public let status: Int32
        public let stdout: String
        public let stderr: String
        /// True when the process ended by a signal rather than an exit.
        public let crashed: Bool
    }

    /// Runs nnreport with `arguments` in `folder` and waits for it.
    public static func run(_ arguments: [String], in folder: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        // Files rather than pipes: a large log can never fill a pipe and block the process.
        let base = NSTemporaryDirectory() + "nnreport-run-" + UUID().uuidString
        FileManager.default.createFile(atPath: base + ".out", contents: nil)
        FileManager.default.createFile(atPath: base + ".err", contents: nil)
        defer {
            try? FileManager.default.removeItem(atPath: base + ".out")
            try? FileManager.default.removeItem(atPath: base + ".err")
        }
        process.standardOutput = FileHandle(forWritingAtPath: base + ".out")
        process.standardError = FileHandle(forWritingAtPath: base + ".err")
        try process.run()
        process.waitUntilExit()
        let output = FileManager.default.contents(atPath: base + ".out") ?? Data()
        let errors = FileManager.default.contents(atPath: base + ".err") ?? Data()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: output, as: UTF8.self),
            stderr: String(decoding: errors, as: UTF8.self), crashed: process.terminationReason == .uncaughtSignal)
    }
}
