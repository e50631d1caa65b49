#if canImport(Glibc)
    import Glibc
#endif

/// Writes the single-file report (`--single-file`): one HTML file, written to a temporary file
/// beside the target (`.<name>.nnreport-tmp-<random>`) and renamed into place when complete,
/// so the target is always either the previous file or the whole new one.
///
///     let report = try SingleFileWriter(target: "output/report.html", protectedPaths: inputs)
///     try report.file.write(html)
///     try report.commit()
///
/// Refused: a folder, a symbolic link, a device, pipe or socket, an input of the run, and, unless `force`, an existing
/// file nnreport did not write (one without `<meta name="generator" content="nnreport">` in its
/// first 64 KiB).
public final class SingleFileWriter {
    /// The marker nnreport's own HTML carries; an existing target without it is not replaced.
    public static let generatorMark = "<meta name=\"generator\" content=\"nnreport\">"
    /// How much of an existing target is searched for the marker.
    static let markSearchLength = 1 << 16

    /// The target file, as an absolute path.
    public let target: String
    /// The temporary file being written.
    public let temporaryFile: String
    /// Where the report's bytes go until `commit()`.
    public let file: BufferedFileWriter
    private let madeParents: [String]
    private var isFinished = false
    private let cleanup: InterruptCleanup

    /// Checks `target` and opens a temporary file beside it.
    /// - Parameters:
    ///   - target: the HTML file; missing folders above it are created.
    ///   - protectedPaths: the run's inputs, which the target may not be.
    ///   - force: replace an existing file even if nnreport did not write it.
    public convenience init(target: String, protectedPaths: [String] = [], force: Bool = false) throws(OutputError) {
        try self.init(
            target: target, protectedPaths: protectedPaths, force: force, paths: try .process(), cleanup: .shared)
    }

    init(target: String, protectedPaths: [String], force: Bool, paths: OutputPath, cleanup: InterruptCleanup)
        throws(OutputError)
    {
        let resolved = paths.resolve(target)
        try Self.check(resolved, inputs: protectedPaths.map(paths.resolveInput), force: force)
        let parent = FileSystem.parent(of: resolved)
        let madeParents = try FileSystem.makeFolders(parent)
        let temporary =
            parent + "/." + FileSystem.name(of: resolved).prefix(100) + ".nnreport-tmp-" + FileSystem.randomSuffix()
        cleanup.install()
        cleanup.register(temporary)
        do {
            file = try BufferedFileWriter(path: temporary, flags: O_CREAT | O_EXCL | O_NOFOLLOW)
        } catch {
            cleanup.unregister(temporary)
            for folder in madeParents.reversed() { rmdir(folder) }
            guard case .cannotCreateFile(let code) = error.reason else { throw error }
            throw OutputError(path: resolved, reason: .cannotCreateTemporaryFile(errno: code))
        }
        self.target = resolved
        self.temporaryFile = temporary
        self.madeParents = madeParents
        self.cleanup = cleanup
    }

    deinit { discard() }

    private static func check(_ target: String, inputs: [String], force: Bool) throws(OutputError) {
        let real = OutputPath.realPath(target) ?? target
        if let input = inputs.first(where: { $0 == real || $0 == target }) {
            throw OutputError(path: target, reason: .containsInput(input))
        }
        switch try FileSystem.kind(of: target) {
        case .missing: return
        case .folder: throw OutputError(path: target, reason: .isAFolder)
        case .symbolicLink: throw OutputError(path: target, reason: .isSymbolicLink)
        case .other: throw OutputError(path: target, reason: .notARegularFile)
        case .file:
            guard !force else { return }
            let head = try FileSystem.readFile(target, limit: markSearchLength)
            guard head.firstRange(of: Array(generatorMark.utf8)) != nil else {
                throw OutputError(path: target, reason: .foreignFile)
            }
        }
    }

    /// Closes the temporary file and renames it over the target. On error the target is left as
    /// it was and the temporary file is removed.
    public func commit() throws(OutputError) {
        guard !isFinished else { throw OutputError(path: target, reason: .alreadyFinished) }
        do {
            try file.close()
            if let mode = FileSystem.permissions(of: target) { chmod(temporaryFile, mode) }
            try cleanup.critical { pending throws(OutputError) in
                try FileSystem.move(temporaryFile, to: target)
                pending.removeAll { $0 == temporaryFile }
            }
            isFinished = true
        } catch {
            discard()
            throw error
        }
    }

    /// Removes the temporary file (and folders created above it); the target is untouched.
    public func discard() {
        guard !isFinished else { return }
        isFinished = true
        try? file.close()
        unlink(temporaryFile)
        cleanup.unregister(temporaryFile)
        for folder in madeParents.reversed() { rmdir(folder) }
    }
}
