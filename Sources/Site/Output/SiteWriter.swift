#if canImport(Glibc)
    import Glibc
#endif

/// Writes a report site without ever leaving a half-written or mixed-up folder (SPEC §5, §8).
///
/// The site is built in a temporary folder beside the destination (`.<name>.nnreport-tmp-<random>`,
/// same file system) and swapped into place by `commit()` only when every file is written;
/// a failed or interrupted run removes the temporary folder and leaves the previous site
/// byte-identical. The destination keeps a manifest of nnreport's files (`.nnreport-manifest`):
/// anything else in it (`.git`, `CNAME`, the user's notes) is moved into the new site unchanged.
///
///     let site = try SiteWriter(destination: "output", protectedPaths: [csvPath, templatesPath])
///     try site.write(html, to: "index.html")
///     let csv = try site.openFile("data/history.csv")
///     try HistoryCSV.write(log, to: csv)
///     try site.commit()
///
/// Refused always, even with `force`: the filesystem root, the home folder (or a folder above
/// it), the current folder (or a folder above it), a folder that is or holds a protected input
/// path, a symbolic link, a file. Refused unless `force`: a non-empty folder without a manifest,
/// and a file of the user's where the new report puts one; with `force` such a file is replaced
/// (deleted with the old site) and every other file of the user's is kept.
public final class SiteWriter {
    /// The destination folder, as an absolute path.
    public let destination: String
    /// The folder the site is built in until `commit()`.
    public let temporaryFolder: String
    let force: Bool
    /// nnreport's files in the destination from the previous run; empty when there was none.
    let previousFiles: Set<String>
    /// The relative paths written so far.
    private(set) var writtenFiles: Set<String> = []
    private var madeFolders: Set<String> = [""]
    private let madeParents: [String]
    private var openWriters: [BufferedFileWriter] = []
    private(set) var isFinished = false
    let cleanup: InterruptCleanup
    /// How `commit()` swaps the new site into place; tests choose the fallback or a failure.
    var swapMethod = SwapMethod.exchange

    /// The ways of swapping the finished site into place.
    enum SwapMethod: Equatable {
        /// renameat2 with RENAME_EXCHANGE, or two renames where the file system cannot exchange.
        case exchange
        /// Always two renames, as on a file system without RENAME_EXCHANGE.
        case twoRenames
        /// A swap that fails with this `errno`, as a busy or odd destination would make it.
        case failing(Int32)
    }

    /// Checks `destination` and starts a temporary folder beside it.
    ///
    /// - Parameters:
    ///   - destination: the site folder; created with any missing folders above it.
    ///   - protectedPaths: the run's inputs (CSV file, config file, templates folder); the
    ///     destination may neither be nor contain any of them.
    ///   - force: allow a non-empty folder nnreport did not write (see the type's notes).
    public convenience init(destination: String, protectedPaths: [String] = [], force: Bool = false)
        throws(OutputError)
    {
        try self.init(
            destination: destination, protectedPaths: protectedPaths, force: force, paths: .process, cleanup: .shared)
    }

    init(
        destination: String, protectedPaths: [String], force: Bool, paths: OutputPath, cleanup: InterruptCleanup
    ) throws(OutputError) {
        let resolved = paths.resolve(destination)
        try paths.refuseUnsafe(resolved, inputs: protectedPaths.map(paths.resolveInput))
        previousFiles = try Self.previousFiles(in: resolved, force: force)
        self.destination = resolved
        self.force = force
        self.cleanup = cleanup
        let parent = FileSystem.parent(of: resolved)
        madeParents = try FileSystem.makeFolders(parent)
        temporaryFolder =
            parent + "/." + FileSystem.name(of: resolved).prefix(100) + ".nnreport-tmp-" + FileSystem.randomSuffix()
        cleanup.install()
        cleanup.register(temporaryFolder)
        guard mkdir(temporaryFolder, 0o755) == 0 else {
            let error = OutputError(path: resolved, reason: .cannotCreateTemporaryFolder(errno: errno))
            discard()
            throw error
        }
    }

    deinit { discard() }

    /// nnreport's files in an existing destination; throws if it is not a folder, or holds
    /// someone else's files and `force` is off.
    ///
    /// Hidden entries alone (`.gitkeep`, `.gitignore`, `.git`) do not make a folder someone
    /// else's: they are carried over into the new site like every file of the user's.
    private static func previousFiles(in destination: String, force: Bool) throws(OutputError) -> Set<String> {
        switch try FileSystem.kind(of: destination) {
        case .missing: return []
        case .folder: break
        default: throw OutputError(path: destination, reason: .notAFolder)
        }
        if let manifest = try SiteManifest.read(in: destination) { return Set(manifest.paths) }
        let onlyHidden = try FileSystem.names(in: destination).allSatisfy { $0.hasPrefix(".") }
        guard force || onlyHidden else {
            throw OutputError(path: destination, reason: .foreignFolder)
        }
        return []
    }

    // MARK: - Writing files

    /// Writes `bytes` as the file at `relativePath` (e.g. "history/page-0001.html").
    public func write(_ bytes: [UInt8], to relativePath: String) throws(OutputError) {
        let file = try createFile(relativePath, bufferCapacity: 0)
        try file.write(bytes)
        try file.close()
    }

    /// Writes `text` as UTF-8 to the file at `relativePath`.
    public func write(_ text: String, to relativePath: String) throws(OutputError) {
        let file = try createFile(relativePath, bufferCapacity: 0)
        try file.write(text)
        try file.close()
    }

    /// Writes every file of `files` (relative path → bytes), in sorted order of their paths.
    public func write(files: [String: [UInt8]]) throws(OutputError) {
        for path in files.keys.sorted() {
            try write(files[path] ?? [], to: path)
        }
    }

    /// Opens a new file at `relativePath` for streaming, e.g. a large export. Close it when
    /// done; `commit()` closes any still open.
    public func openFile(_ relativePath: String) throws(OutputError) -> BufferedFileWriter {
        let file = try createFile(relativePath, bufferCapacity: BufferedFileWriter.bufferCapacity)
        // Closed writers are let go, so that streaming many files does not keep their buffers.
        openWriters.removeAll { $0.isClosed }
        openWriters.append(file)
        return file
    }

    /// Creates the new file `relativePath` in the temporary folder, with its folders.
    private func createFile(_ relativePath: String, bufferCapacity: Int) throws(OutputError) -> BufferedFileWriter {
        guard !isFinished else { throw OutputError(path: destination, reason: .alreadyFinished) }
        guard SiteManifest.isValidRelativePath(relativePath), relativePath != SiteManifest.fileName else {
            throw OutputError(path: relativePath, reason: .invalidRelativePath)
        }
        guard !writtenFiles.contains(relativePath) else {
            throw OutputError(path: destination + "/" + relativePath, reason: .duplicatePath)
        }
        try makeFolders(FileSystem.parent(of: relativePath))
        let file = try BufferedFileWriter(
            path: temporaryFolder + "/" + relativePath, flags: O_CREAT | O_EXCL | O_NOFOLLOW,
            bufferCapacity: bufferCapacity)
        writtenFiles.insert(relativePath)
        return file
    }

    /// Creates the folder `relative` (and those above it) inside the temporary folder, never the
    /// temporary folder itself: if an interrupt removed it, writing fails instead of recreating it.
    func makeFolders(_ relative: String) throws(OutputError) {
        let relative = relative == "." ? "" : relative
        guard !madeFolders.contains(relative) else { return }
        try makeFolders(FileSystem.parent(of: relative))
        let path = temporaryFolder + "/" + relative
        if mkdir(path, 0o755) != 0, errno != EEXIST {
            throw OutputError(path: path, reason: .cannotCreateFolder(errno: errno))
        }
        madeFolders.insert(relative)
    }

    // MARK: - Finishing

    /// Closes the files opened with `openFile` that are still open.
    func closeOpenWriters() throws(OutputError) {
        for writer in openWriters { try writer.close() }
        openWriters.removeAll()
    }

    /// Records that the site is in place: nothing more may be written, nothing is discarded.
    func markFinished() {
        isFinished = true
    }

    /// Removes the temporary folder and any folders `init` created above the destination; the
    /// destination is left as it was. Called by `deinit` and by a failing `commit()`.
    public func discard() {
        guard !isFinished else { return }
        isFinished = true
        for writer in openWriters { try? writer.close() }
        openWriters.removeAll()
        FileSystem.removeTree(temporaryFolder)
        cleanup.unregister(temporaryFolder)
        for folder in madeParents.reversed() { rmdir(folder) }
    }
}
