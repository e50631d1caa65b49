#if canImport(Glibc)
    import Glibc
#endif

/// Debug builds only: ends the process with SIGKILL at a named step of writing a site, so that
/// tests can show that the next run recovers from a kill at that very instant.
///
/// `NNREPORT_KILL_AT=carry:3` kills at the third time the step "carry" is reached. Release builds
/// compile this to nothing.
enum KillPoint {
    #if DEBUG
        private static let target: (name: String, count: Int)? = {
            guard let value = getenv("NNREPORT_KILL_AT").map({ String(cString: $0) }), !value.isEmpty else {
                return nil
            }
            let parts = value.split(separator: ":", maxSplits: 1)
            return (String(parts[0]), parts.count > 1 ? Int(parts[1]) ?? 1 : 1)
        }()
        private nonisolated(unsafe) static var reached: [String: Int] = [:]
    #endif

    /// Marks that the step `name` is reached; kills the process here if it is the one asked for.
    @inline(__always)
    static func reach(_ name: String) {
        #if DEBUG
            guard let target, target.name == name else { return }
            let count = (reached[name] ?? 0) + 1
            reached[name] = count
            if count == target.count { kill(getpid(), SIGKILL) }
        #endif
    }
}
