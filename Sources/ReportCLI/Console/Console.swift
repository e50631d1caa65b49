#if canImport(Glibc)
    import Glibc
#endif

/// Standard output and standard error for messages, written with write(2) and never trapping.
///
/// A closed, full or broken stream is an ordinary failure: `write` reports it and the caller
/// decides. Progress and error messages that cannot be written are dropped (the exit code still
/// tells the outcome); output the user asked for, such as `--help` or the log, fails the run.
enum Console {
    /// Standard output's descriptor.
    static let output: Int32 = STDOUT_FILENO
    /// Standard error's descriptor.
    static let errors: Int32 = STDERR_FILENO

    /// Writes `text` to standard output; the errno of the failure, or nil when all of it was written.
    @discardableResult
    static func out(_ text: String) -> Int32? { write(text, to: output) }

    /// Writes `text` to standard error; the errno of the failure, or nil when all of it was written.
    @discardableResult
    static func error(_ text: String) -> Int32? { write(text, to: errors) }

    /// write(2) until every byte is out, retried on EINTR. A descriptor that was closed when the
    /// process started fails with EBADF (it now holds /dev/null, see `StandardStreams`).
    static func write(_ text: String, to descriptor: Int32) -> Int32? {
        if StandardStreams.wasClosed(descriptor) { return EBADF }
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBytes { buffer -> Int32? in
            guard var next = buffer.baseAddress.map(UnsafeRawPointer.init) else { return nil }
            var remaining = buffer.count
            while remaining > 0 {
                let written = Glibc.write(descriptor, next, remaining)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { return written < 0 ? errno : EIO }
                next += written
                remaining -= written
            }
            return nil
        }
    }
}
