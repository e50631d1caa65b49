import Dispatch
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Removes the temporary files and folders of unfinished writes when a signal ends the process
/// (Ctrl-C, SIGTERM, a closed terminal's SIGHUP, SIGUSR1, SIGALRM…), then exits with 128 + the
/// signal number (130, 143, 129…).
///
/// Writers register their temporary paths while they build. The handler runs on a dispatch
/// queue, not in signal context, so it may remove folders; it takes the same lock as
/// `critical(_:)`, in which a writer swaps its result into place. So an interrupt either
/// happens before the swap (the temporary folder is removed, the previous site is untouched)
/// or after it (the new site is complete), never in the middle.
final class InterruptCleanup: Sendable {
    /// The process-wide instance, for every signal whose default action ends the process and
    /// that a process can catch, except those a fault raises (SIGSEGV, SIGBUS…: the process
    /// cannot go on) and SIGPIPE and SIGXFSZ, which are ignored: a write to a closed pipe or past
    /// `ulimit -f` then fails with EPIPE or EFBIG, an error the run reports and cleans up after.
    static let shared = InterruptCleanup(signals: endingSignals) { code in _exit(code) }

    /// The signals `shared` handles: the classic ones and the real-time signals.
    static let endingSignals: [Int32] = {
        let classic = [
            SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGTERM, SIGSTKFLT, SIGXCPU, SIGVTALRM, SIGPROF,
            SIGIO, SIGPWR,
        ]
        return classic + Array(__libc_current_sigrtmin()...__libc_current_sigrtmax())
    }()

    /// Signals ignored for the whole process when the handlers are installed (see `shared`).
    static let ignoredSignals = [SIGPIPE, SIGXFSZ]

    private struct State: ~Copyable {
        /// In the order registered; removed last first, so a folder goes before the journal
        /// that names it and the lock goes last.
        var pending: [String] = []
        var installed = false
    }

    private let signals: [Int32]
    private let terminate: @Sendable (Int32) -> Void
    private let state = Mutex(State())
    private let queue = DispatchQueue(label: "nnreport.interrupt-cleanup")
    /// The sources, kept for the life of the process. Written once, by the one `install()` call
    /// that finds `installed` false, and never read: so unguarded.
    private nonisolated(unsafe) var sources: [any DispatchSourceSignal] = []

    /// Handles `signals` by cleaning up, then calling `terminate` with 128 + the signal number.
    init(signals: [Int32], terminate: @escaping @Sendable (Int32) -> Void) {
        self.signals = signals
        self.terminate = terminate
    }

    /// Installs the handlers (once): the signals' default action is replaced by a dispatch
    /// source that runs `interrupted(by:)`. Returns when the sources are registered, so that no
    /// signal sent afterwards is missed.
    func install() {
        let installed = state.withLock { state in
            defer { state.installed = true }
            return state.installed
        }
        guard !installed else { return }
        if !signals.isEmpty {
            for ignored in Self.ignoredSignals { signal(ignored, SIG_IGN) }
        }
        let registered = DispatchSemaphore(value: 0)
        for signalNumber in signals {
            // The default action would end the process before the source sees the signal.
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: queue)
            source.setEventHandler { [self] in interrupted(by: signalNumber) }
            source.setRegistrationHandler { registered.signal() }
            source.resume()
            sources.append(source)
        }
        // Registration happens later on libdispatch's manager thread, and a signal that comes
        // before it is lost (measured: 78 of 100 sent right after resume()), so wait for all of
        // them, a second at most. The lock is not held: a handler may need it meanwhile.
        let deadline = DispatchTime.now() + 1
        for _ in signals { _ = registered.wait(timeout: deadline) }
    }

    /// Marks `path` for removal if the process is interrupted.
    func register(_ path: String) {
        state.withLock { state in
            if !state.pending.contains(path) { state.pending.append(path) }
        }
    }

    /// Forgets `path`: it is finished or already removed.
    func unregister(_ path: String) {
        state.withLock { $0.pending.removeAll { $0 == path } }
    }

    /// Runs `body` while no interrupt can clean up; `body` may change the pending paths.
    func critical<Result, Failure: Error>(_ body: (inout [String]) throws(Failure) -> Result) throws(Failure)
        -> Result
    {
        try state.withLock { state throws(Failure) in try body(&state.pending) }
    }

    /// What the handler does: removes every pending path, then terminates with 128 + `signal`.
    /// Holding the lock while terminating keeps any writer from swapping afterwards.
    func interrupted(by signal: Int32) {
        state.withLock { state in
            for path in state.pending.reversed() {
                // The writer may still be adding files: renamed away first, the folder cannot
                // gain new entries while it is being removed (writers never recreate it).
                let isFolder = (try? FileSystem.kind(of: path)) == .folder
                let doomed = path + ".removing"
                FileSystem.removeTree(isFolder && rename(path, doomed) == 0 ? doomed : path)
            }
            state.pending.removeAll()
            terminate(128 + signal)
        }
    }

    /// The paths that an interrupt would remove now, in the order registered.
    var pendingPaths: [String] {
        state.withLock { $0.pending }
    }
}
