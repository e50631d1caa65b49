import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One run of the built binary, spawned directly so that the test sees how it ended (exit code
/// or signal), its peak memory, and can signal it while it runs.
public struct SpawnedRun: Sendable {
    /// The exit code, or nil when the process was ended by a signal.
    public let exitCode: Int32?
    /// The signal that ended the process, if one did.
    public let signal: Int32?
    /// The peak resident memory of the process, in kilobytes, as last seen in /proc (VmHWM).
    public let peakMemoryKB: Int
    public let stdout: String
    public let stderr: String
    /// True when the run took longer than its time limit and was killed.
    public let timedOut: Bool

    /// A one-line summary for failure messages.
    public var summary: String {
        let end = exitCode.map { "exit \($0)" } ?? "signal \(signal ?? 0)"
        return "\(end)\(timedOut ? " (timed out)" : ""); stderr: \(stderr.prefix(600))"
    }

    /// Where the child's standard output or error goes.
    public enum Stream: Sendable {
        /// Into a file the test reads back (`stdout`, `stderr`).
        case capture
        /// Closed, as `2>&-` does.
        case closed
        /// Opened for writing on this path, such as /dev/full.
        case path(String)
        /// This descriptor of the test process, such as a pipe's write end.
        case descriptor(Int32)
    }

    /// Runs nnreport with `arguments` in `folder`, standard input empty.
    ///
    /// The child starts with every signal at its default action and none blocked, whatever this test process has done to its own (ignored dispositions survive
    /// exec). `during` runs once the child is started, with its process id, e.g. to signal it.
    /// A child still running after `timeout` seconds is killed and reported as timed out.
    /// `environment` adds variables; `wrapper` comes before the binary (such as prlimit).
    public static func run(
        _ arguments: [String], in folder: String, timeout: Double = 60, stdout: Stream = .capture,
        stderr: Stream = .capture, environment: [String: String] = [:], wrapper: [String] = [],
        during: ((pid_t) -> Void)? = nil
    ) throws -> SpawnedRun {
        let base = NSTemporaryDirectory() + "nnreport-spawn-" + UUID().uuidString
        defer {
            unlink(base + ".out")
            unlink(base + ".err")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        for (descriptor, stream, file) in [(Int32(1), stdout, base + ".out"), (2, stderr, base + ".err")] {
            switch stream {
            case .capture:
                posix_spawn_file_actions_addopen(&actions, descriptor, file, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            case .closed: posix_spawn_file_actions_addclose(&actions, descriptor)
            case .path(let path): posix_spawn_file_actions_addopen(&actions, descriptor, path, O_WRONLY, 0)
            case .descriptor(let source): posix_spawn_file_actions_adddup2(&actions, source, descriptor)
            }
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var defaults = sigset_t()
        sigfillset(&defaults)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        // env -C changes into the folder, then execs nnreport: the process waited for is nnreport.
        let variables = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let argv = ["/usr/bin/env", "-C", folder] + variables + wrapper + [BuiltBinary.url.path] + arguments
        let cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/usr/bin/env", &actions, &attributes, cArguments, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        during?(pid)

        var status: Int32 = 0
        var timedOut = false
        var peak = 0
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            peak = max(peak, highWaterMark(pid))
            let waited = waitpid(pid, &status, WNOHANG)
            if waited == pid { break }
            if waited < 0, errno != EINTR { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            if !timedOut, Date() > deadline {
                timedOut = true
                kill(pid, SIGKILL)
            }
            usleep(2_000)
        }
        let output = FileManager.default.contents(atPath: base + ".out") ?? Data()
        let errors = FileManager.default.contents(atPath: base + ".err") ?? Data()
        // WIFEXITED / WTERMSIG are macros; their definitions for Linux.
        let signal = status & 0x7F
        return SpawnedRun(
            exitCode: signal == 0 ? (status >> 8) & 0xFF : nil, signal: signal == 0 ? nil : signal,
            peakMemoryKB: peak, stdout: String(decoding: output, as: UTF8.self),
            stderr: String(decoding: errors, as: UTF8.self), timedOut: timedOut)
    }

    /// VmHWM of `pid` in kilobytes, or 0 once it has exited.
    ///
    /// Not wait4's ru_maxrss: posix_spawn starts the child as a vfork of this (large) test process
    /// and the kernel carries that memory into the child's maximum across exec. VmHWM belongs to
    /// the address space, which exec replaces, so it measures nnreport alone (polled every 2 ms,
    /// so a spike in the last moments before exit can be missed). Read only once the child runs
    /// the nnreport binary: before its exec (in vfork, or still `env`) the address space read is
    /// this test process's or env's, and counted 167 MB once while other suites held large
    /// snapshots.
    public static func highWaterMark(_ pid: pid_t) -> Int {
        let binary = BuiltBinary.url.resolvingSymlinksInPath().path
        guard let running = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/exe"),
            running == binary,
            let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return 0 }
        return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") ?? 0
    }
}
