/// Why the report could not be written, or why nnreport refused to write it, and where.
///
/// `path` is the file or folder concerned, as resolved (absolute). Every case renders as one or
/// two whole sentences: what went wrong, where, and what to do (see `description`).
public struct OutputError: Error, Sendable, Equatable {
    /// What went wrong; system-call failures carry the `errno` they saw.
    public enum Reason: Sendable, Equatable {
        /// open(2) failed.
        case cannotCreateFile(errno: Int32)
        /// write(2) failed (a full disk is `ENOSPC`).
        case cannotWrite(errno: Int32)
        /// close(2) reported a delayed write error.
        case cannotClose(errno: Int32)
        /// read(2) failed.
        case cannotRead(errno: Int32)
        /// mkdir(2) failed.
        case cannotCreateFolder(errno: Int32)
        /// mkdir(2) of the temporary folder beside the destination `path` failed.
        case cannotCreateTemporaryFolder(errno: Int32)
        /// open(2) of the temporary file beside the single-file target `path` failed.
        case cannotCreateTemporaryFile(errno: Int32)
        /// lstat(2) or realpath(3) failed on an existing path.
        case cannotInspect(errno: Int32)
        /// rename(2) of `path` to `destination` failed.
        case cannotMove(destination: String, errno: Int32)
        /// The file was written to after `close()`.
        case writerClosed
        /// The site or single file was written to after `commit()` or `discard()`.
        case alreadyFinished
        /// A relative path inside the site is empty, absolute, or has "." or ".." parts.
        case invalidRelativePath
        /// The same relative path was written twice.
        case duplicatePath
        /// open(2) of the lock file beside the destination `path` failed.
        case cannotCreateLockFile(errno: Int32)
        /// flock(2) of the lock file `path` failed.
        case cannotLock(errno: Int32)
        /// The journal `path` of an interrupted run cannot be read or makes no sense.
        case unreadableJournal(String)
        /// Recovering from an interrupted run would put `entry` back where something already is;
        /// both are kept, the run's temporary folder `path` too.
        case recoveryConflict(entry: String, destination: String)

        // MARK: Refusals

        /// The destination is the filesystem root.
        case isFilesystemRoot
        /// The destination is the user's home folder.
        case isHomeFolder
        /// The destination contains the user's home folder.
        case containsHomeFolder
        /// The destination is the current folder.
        case isCurrentFolder
        /// The destination contains the current folder.
        case containsCurrentFolder
        /// The destination is or contains an input of this run (CSV, config, templates).
        case containsInput(String)
        /// The destination is a symbolic link.
        case isSymbolicLink
        /// A site destination exists and is not a folder.
        case notAFolder
        /// A single-file destination is a folder.
        case isAFolder
        /// The folder is not empty and has no manifest: someone else's files (without `force`).
        case foreignFolder
        /// The single file exists and was not written by nnreport (without `force`).
        case foreignFile
        /// The single file's path names a device, pipe or socket, which is never replaced.
        case notARegularFile
        /// A file nnreport did not write sits where the new report puts one (without `force`);
        /// `more` such files follow it.
        case foreignFileInTheWay(more: Int)
        /// A file nnreport wrote was changed since, and the new report puts a file there
        /// (without `force`); `more` such files follow it.
        case changedSinceWritten(more: Int)
        /// The destination's `.nnreport-manifest` is not a regular file (without `force`).
        case manifestNotAFile
        /// The destination's `.nnreport-manifest` is larger than any nnreport writes (without `force`).
        case manifestTooLarge(limit: Int)
        /// The destination's `.nnreport-manifest` lacks nnreport's first line (without `force`).
        case manifestNotNnreports
        /// The destination is a mount point, which rename(2) cannot replace.
        case isMountPoint
        /// The current folder was deleted, so relative paths lead nowhere; `path` is its last known name.
        case currentFolderMissing
        /// The current folder's path is not UTF-8, so paths relative to it cannot be named exactly.
        case currentFolderNotUTF8
        /// The destination lies inside the folder of an input of this run, such as the templates.
        case insideInput(String)
    }

    /// The file or folder concerned.
    public let path: String
    /// What went wrong.
    public let reason: Reason
    /// The option that named the path, which the advice refers to: `-o`, or `--log` for the log.
    public var option = "-o"

    /// An error about `path`.
    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }
}
