#if canImport(Glibc)
    import Glibc
#endif

/// Writes a report site without ever leaving a half-written or mixed-up folder, or losing a file
/// of the user's.
///
/// One run at a time per destination (`SiteLock`, waited for). The site is built in a temporary
/// folder beside the destination (`.<name>.nnreport-tmp-<random>`, same file system) and swapped
/// into place by `commit()` only when every file is written; a failed or interrupted run removes
/// the temporary folder and leaves the previous site byte-identical, and a killed one is undone
/// or finished by the next run (`SiteJournal`). The destination keeps a manifest of nnreport's
/// files with their size and XXH3-128 hash (`.nnreport-manifest`): a file is nnreport's only while it
/// still matches, and anything else in the folder (`.git`, `CNAME`, the user's notes, an edited
/// page) is moved into the new site unchanged.
///
///     let site = try SiteWriter(destination: "output", protectedPaths: [csvPath, templatesPath])
///     try site.write(html, to: "index.html")
///     let csv = try site.openFile("data/history.csv")
///     try HistoryCSV.write(log, to: csv)
///     try site.commit()
///
/// Refused always, even with `force`: the filesystem root, the home folder (or a folder above
/// it), the current folder (or a folder above it), a folder that is or holds a protected input
/// path or lies inside the templates folder, a symbolic link, a file, a mount point. Refused
/// unless `force`: a non-empty folder without nnreport's manifest, and a file of the user's (or
/// one of nnreport's edited since) where the new report puts one; with `force` such a file is
/// replaced (deleted with the old site) and every other file of the user's is kept.
public final class SiteWriter {
    /// The destination folder, as an absolute path.
    public let destination: String
    /// The folder the site is built in until `commit()`.
    public let temporaryFolder: String
    let force: Bool
    /// nnreport's files in the destination from the previous run, still as it wrote them.
    let previousFiles: Set<String>
    /// Files the previous manifest lists that were changed since nnreport wrote them.
    let changedFiles: Set<String>
    /// The relative paths written so far, with the fingerprint of each as it is written.
    private(set) var writtenFiles: Set<String> = []
    private(set) var fingerprints: [String: ContentHash] = [:]
    private var madeFolders: Set<String> = [""]
    private let madeParents: [String]
    private var openWriters: [BufferedFileWriter] = []
    private(set) var isFinished = false
    /// Set when a user's file could not be moved back after a failed swap: `discard()` then keeps
    /// the temporary folder and the journal, and the next run puts the file back.
    private var keepsTemporaryFolder = false
    let cleanup: InterruptCleanup
    let lock: SiteLock
    var journal: SiteJournal
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

    /// Checks `destination`, takes its lock, recovers from a killed run, and starts a temporary
    /// folder beside it.
    ///
    /// - Parameters:
    ///   - destination: the site folder; created with any missing folders above it.
    ///   - protectedPaths: the run's inputs (CSV file, config file, templates folder); the
    ///     destination may neither be nor contain any of them.
    ///   - insideForbidden: folders the destination may not lie inside (the templates folder).
    ///   - force: allow a non-empty folder nnreport did not write (see the type's notes).
    ///   - notify: told when the run waits for another, or recovered from a killed one.
    public convenience init(
        destination: String, protectedPaths: [String] = [], insideForbidden: [String] = [], force: Bool = false,
        notify: (SiteNotice) -> Void = { _ in }
    ) throws(OutputError) {
        try self.init(
            destination: destination, protectedPaths: protectedPaths, insideForbidden: insideForbidden, force: force,
            paths: try .process(), cleanup: .shared, notify: notify)
    }

    init(
        destination: String, protectedPaths: [String], insideForbidden: [String] = [], force: Bool,
        paths: OutputPath, cleanup: InterruptCleanup, notify: (SiteNotice) -> Void = { _ in }
    ) throws(OutputError) {
        let resolved = paths.resolve(destination)
        try paths.refuseUnsafe(resolved, inputs: protectedPaths.map(paths.resolveInput))
        try paths.refuseInside(resolved, folders: insideForbidden.map(paths.resolveInput))
        let parent = FileSystem.parent(of: resolved)
        let madeParents = try FileSystem.makeFolders(parent)
        cleanup.install()
        let suffix = FileSystem.randomSuffix()
        let temporary = FileSystem.sidePath(of: resolved, ".nnreport-tmp-" + suffix)
        let journal = SiteJournal(
            path: SiteJournal.path(for: resolved), temporary: FileSystem.name(of: temporary),
            aside: FileSystem.name(of: FileSystem.sidePath(of: resolved, ".nnreport-old-" + suffix)))
        var lock: SiteLock?
        do throws(OutputError) {
            let taken = try SiteLock(destination: resolved) { notify(.waiting(destination: resolved)) }
            lock = taken
            cleanup.register(taken.path)
            if let recovery = try SiteJournal.recover(destination: resolved) {
                notify(.recovered(destination: resolved, recovery))
            }
            try FileSystem.refuseMountPoint(resolved)
            (previousFiles, changedFiles) = try Self.previousFiles(in: resolved, force: force)
            cleanup.register(journal.path)
            try journal.write()
            KillPoint.reach("journal")
            cleanup.register(temporary)
            guard mkdir(temporary, 0o755) == 0 else {
                throw OutputError(path: resolved, reason: .cannotCreateTemporaryFolder(errno: errno))
            }
            self.lock = taken
        } catch {
            Self.undo(temporary: temporary, journal: journal, lock: lock, madeParents: madeParents, cleanup: cleanup)
            throw error
        }
        self.destination = resolved
        self.force = force
        self.cleanup = cleanup
        self.madeParents = madeParents
        self.journal = journal
        temporaryFolder = temporary
    }

    deinit { discard() }

    /// nnreport's files in an existing destination, and those of its files that were changed
    /// since; throws if it is not a folder, or holds someone else's files and `force` is off.
    ///
    /// Hidden entries alone (`.gitkeep`, `.gitignore`, `.git`) do not make a folder someone
    /// else's: they are carried over into the new site like every file of the user's. A
    /// manifest that is not nnreport's counts as none, and refuses the folder unless `force`.
    private static func previousFiles(in destination: String, force: Bool) throws(OutputError) -> (
        Set<String>, Set<String>
    ) {
        switch try FileSystem.kind(of: destination) {
        case .missing: return ([], [])
        case .folder: break
        default: throw OutputError(path: destination, reason: .notAFolder)
        }
        switch try SiteManifest.read(in: destination) {
        case .manifest(let manifest, _):
            return manifest.check(in: destination)
        case .unrecognized(let reason):
            guard force else { throw OutputError(path: destination, reason: reason) }
            return ([], [])
        case .missing:
            let onlyHidden = try FileSystem.names(in: destination).allSatisfy { $0.hasPrefix(".") }
            guard force || onlyHidden else {
                throw OutputError(path: destination, reason: .foreignFolder)
            }
            return ([], [])
        }
    }

    /// Removes what a failed `init` made: the temporary folder, the journal, the lock, the
    /// folders above the destination.
    private static func undo(
        temporary: String, journal: SiteJournal, lock: SiteLock?, madeParents: [String], cleanup: InterruptCleanup
    ) {
        FileSystem.removeTree(temporary)
        cleanup.unregister(temporary)
        if lock != nil { journal.remove() }
        cleanup.unregister(journal.path)
        if let lock {
            lock.release()
            cleanup.unregister(lock.path)
        }
        for folder in madeParents.reversed() { rmdir(folder) }
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
        guard SiteManifest.isSitePath(relativePath) else {
            throw OutputError(path: relativePath, reason: .invalidRelativePath)
        }
        guard !writtenFiles.contains(relativePath) else {
            throw OutputError(path: destination + "/" + relativePath, reason: .duplicatePath)
        }
        try makeFolders(FileSystem.parent(of: relativePath))
        let fingerprint = ContentHash()
        let file = try BufferedFileWriter(
            path: temporaryFolder + "/" + relativePath, flags: O_CREAT | O_EXCL | O_NOFOLLOW,
            bufferCapacity: bufferCapacity, fingerprint: fingerprint)
        writtenFiles.insert(relativePath)
        fingerprints[relativePath] = fingerprint
        KillPoint.reach("file")
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

    /// Keeps the temporary folder and the journal on `discard()` (see `keepsTemporaryFolder`).
    func keepForRecovery() {
        keepsTemporaryFolder = true
    }

    /// Records that the site is in place: nothing more may be written, nothing is discarded.
    func markFinished() {
        isFinished = true
    }

    /// Removes the temporary folder, the journal, the lock and any folders `init` created above
    /// the destination; the destination is left as it was. Called by `deinit` and by a failing
    /// `commit()`.
    public func discard() {
        guard !isFinished else { return }
        isFinished = true
        for writer in openWriters { try? writer.close() }
        openWriters.removeAll()
        if keepsTemporaryFolder {
            cleanup.unregister(temporaryFolder)
            cleanup.unregister(journal.path)
            lock.release()
            cleanup.unregister(lock.path)
            return
        }
        Self.undo(
            temporary: temporaryFolder, journal: journal, lock: lock, madeParents: madeParents, cleanup: cleanup)
    }
}
