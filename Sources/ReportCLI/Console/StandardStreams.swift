import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Makes standard input, output and error safe to have closed (`2>&-`) or broken (`| head`).
///
/// A descriptor 0, 1 or 2 that is closed at start would be handed out again by the next open(2),
/// and a progress line meant for standard error would land in a file of the site. So each closed
/// one is opened on /dev/null and remembered as closed, so writes to it still fail. SIGPIPE is
/// ignored: a write to a closed pipe then fails with EPIPE instead of killing the process.
enum StandardStreams {
    private static let closed = Mutex<Set<Int32>>([])

    /// Guards the three descriptors and ignores SIGPIPE; harmless to call more than once.
    static func prepare() {
        signal(SIGPIPE, SIG_IGN)
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO]
        where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            let opened = open("/dev/null", O_RDWR)
            // open(2) returns the lowest free descriptor, which is this one; anything else is closed again.
            if opened >= 0, opened != descriptor { close(opened) }
            closed.withLock { _ = $0.insert(descriptor) }
        }
    }

    /// True when `descriptor` was closed when `prepare()` ran.
    static func wasClosed(_ descriptor: Int32) -> Bool {
        closed.withLock { $0.contains(descriptor) }
    }
}
