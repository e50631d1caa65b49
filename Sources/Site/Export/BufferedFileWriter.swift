#if canImport(Glibc)
    import Glibc
#endif

/// A file written through a 1 MiB buffer, every write(2) checked.
///
/// Writes are retried on `EINTR` and continued after short writes; any other failure (a full
/// disk, an I/O error) is thrown as an `OutputError` naming the file. After a failure the
/// writer refuses further writes. Owns its descriptor: `deinit` writes what is still buffered
/// (ignoring errors; call `close()` to see them) and closes it.
public final class BufferedFileWriter: ByteSink {
    /// Bytes gathered before a write(2).
    public static let bufferCapacity = 1 << 20

    /// The file's path as given, or "standard output".
    public let path: String
    private var descriptor: Int32
    private let ownsDescriptor: Bool
    private let buffer: UnsafeMutableRawPointer
    private let capacity: Int
    private var count = 0
    private var failure: OutputError?
    /// Every byte written also goes into this hash, when there is one.
    private let fingerprint: ContentHash?

    /// Creates or truncates the file at `path` (mode 0644 before the umask) and opens it.
    public convenience init(path: String) throws(OutputError) {
        try self.init(path: path, flags: O_CREAT | O_TRUNC)
    }

    /// Opens `path` for writing with `flags` added to `O_WRONLY | O_CLOEXEC`, e.g.
    /// `O_CREAT | O_EXCL | O_NOFOLLOW` for a file that must be new. A `bufferCapacity` of 0
    /// sends every write straight to write(2), for a file written in one piece. Each byte
    /// written goes into `fingerprint` too.
    init(
        path: String, flags: Int32, bufferCapacity: Int = BufferedFileWriter.bufferCapacity,
        fingerprint: ContentHash? = nil
    ) throws(OutputError) {
        var fd: Int32
        repeat {
            fd = open(path, O_WRONLY | O_CLOEXEC | flags, 0o644)
        } while fd < 0 && errno == EINTR
        guard fd >= 0 else { throw OutputError(path: path, reason: .cannotCreateFile(errno: errno)) }
        self.path = path
        descriptor = fd
        ownsDescriptor = true
        capacity = bufferCapacity
        buffer = .allocate(byteCount: bufferCapacity, alignment: 16)
        self.fingerprint = fingerprint
    }

    private init(standardOutput: ()) {
        path = "standard output"
        descriptor = STDOUT_FILENO
        ownsDescriptor = false
        capacity = Self.bufferCapacity
        buffer = .allocate(byteCount: capacity, alignment: 16)
        fingerprint = nil
    }

    /// A writer on standard output (fd 1), for `nnreport train`; `close()` flushes but leaves
    /// the descriptor open.
    public static func standardOutput() -> BufferedFileWriter {
        BufferedFileWriter(standardOutput: ())
    }

    deinit {
        if failure == nil, descriptor >= 0 { try? flush() }
        if ownsDescriptor, descriptor >= 0 { _ = Glibc.close(descriptor) }
        buffer.deallocate()
    }

    /// Appends `bytes` to the file, through the buffer unless they are larger than it.
    public func write(_ bytes: UnsafeRawBufferPointer) throws(OutputError) {
        try checkUsable()
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        if bytes.count > capacity - count {
            try flush()
            if bytes.count >= capacity {
                try writeAll(bytes)
                return
            }
        }
        (buffer + count).copyMemory(from: source, byteCount: bytes.count)
        count += bytes.count
    }

    /// True once `close()` has run.
    public var isClosed: Bool { descriptor < 0 }

    /// Writes everything buffered to the file.
    public func flush() throws(OutputError) {
        try checkUsable()
        guard count > 0 else { return }
        let pending = UnsafeRawBufferPointer(start: buffer, count: count)
        count = 0
        try writeAll(pending)
    }

    /// Flushes and closes the file (standard output is flushed, not closed). Closing twice is
    /// harmless; a delayed write error reported by close(2) is thrown.
    public func close() throws(OutputError) {
        guard descriptor >= 0 else { return }
        let flushed = Result { () throws(OutputError) in try flush() }
        let closing = descriptor
        descriptor = -1
        // On Linux the descriptor is released even when close(2) fails, so it is never retried.
        if ownsDescriptor, Glibc.close(closing) != 0, errno != EINTR {
            let error = fail(.cannotClose(errno: errno))
            if case .success = flushed { throw error }
        }
        try flushed.get()
    }

    // MARK: - Helpers

    private func checkUsable() throws(OutputError) {
        if let failure { throw failure }
        guard descriptor >= 0 else { throw OutputError(path: path, reason: .writerClosed) }
    }

    /// write(2) until every byte is out: retried on EINTR, continued after short writes.
    private func writeAll(_ bytes: UnsafeRawBufferPointer) throws(OutputError) {
        guard var next = bytes.baseAddress else { return }
        fingerprint?.update(bytes)
        var remaining = bytes.count
        while remaining > 0 {
            let written = Glibc.write(descriptor, next, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                throw fail(.cannotWrite(errno: errno))
            }
            // write(2) returning 0 for a non-empty request means no progress can be made.
            guard written > 0 else { throw fail(.cannotWrite(errno: EIO)) }
            next += written
            remaining -= written
        }
    }

    private func fail(_ reason: OutputError.Reason) -> OutputError {
        let error = OutputError(path: path, reason: reason)
        failure = error
        return error
    }
}
