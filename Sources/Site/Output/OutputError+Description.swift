#if canImport(Glibc)
    import Glibc
#endif

extension OutputError: CustomStringConvertible {
    /// What went wrong, where, and what to do, in whole sentences.
    public var description: String {
        switch reason {
        case .cannotCreateFile(let code): systemFailure("Could not create the file \(path)", code)
        case .cannotWrite(let code) where path == "standard output":
            "Could not write to standard output: \(String(cString: strerror(code)))." + streamAdvice(code)
        case .cannotWrite(let code): systemFailure("Could not write the file \(path)", code)
        case .cannotClose(let code): systemFailure("Could not finish writing the file \(path)", code)
        case .cannotRead(let code): systemFailure("Could not read \(path)", code)
        case .cannotCreateFolder(let code): systemFailure("Could not create the folder \(path)", code)
        case .cannotCreateTemporaryFolder(let code):
            systemFailure(
                "Could not create a temporary folder beside \(path), where the report is built before it replaces the destination",
                code, otherwise: " Choose a folder you can write to with -o.")
        case .cannotCreateTemporaryFile(let code):
            systemFailure(
                "Could not create a temporary file beside \(path), where \(subject) is written before it replaces the file",
                code, otherwise: " Choose a folder you can write to with \(option).")
        case .cannotInspect(let code): systemFailure("Could not look at \(path)", code)
        case .cannotMove(let destination, let code): systemFailure("Could not move \(path) to \(destination)", code)
        case .writerClosed:
            "Could not write \(path): the file was already closed. This is a bug in nnreport; please report it."
        case .alreadyFinished:
            "Could not add to the report at \(path): it was already finished. This is a bug in nnreport; please report it."
        case .invalidRelativePath:
            "nnreport tried to write a file at the invalid relative path \"\(path)\". This is a bug in nnreport; please report it."
        case .duplicatePath:
            "nnreport tried to write \(path) twice. This is a bug in nnreport; please report it."
        case .cannotCreateLockFile(let code):
            systemFailure(
                "Could not create the lock file beside \(path) that keeps two nnreport runs from writing it at once",
                code, otherwise: " Choose a folder you can write to with -o.")
        case .cannotLock(let code):
            systemFailure(
                "Could not lock \(path), which keeps two nnreport runs from writing one folder at once", code)
        case .unreadableJournal(let detail):
            "Could not finish what an interrupted nnreport run left in \(path): \(detail). Nothing was changed; "
                + "look at the folders beside it whose names contain .nnreport-, move back any file of yours, "
                + "then remove them and \(FileSystem.name(of: path))."
        case .recoveryConflict(let entry, let destination):
            "An interrupted nnreport run left \(entry) in its temporary folder \(path), but \(destination) "
                + "holds a file or folder of that name again, so nothing was moved or removed. Keep the one you want, "
                + "remove \(path), and run nnreport again."
        default: refusal
        }
    }

    private var refusal: String {
        switch reason {
        case .isFilesystemRoot:
            "Refusing to write the report to \(path), the filesystem root. Choose a new or empty folder with -o, for example -o output."
        case .isHomeFolder:
            "Refusing to write the report to \(path), your home folder. Choose a new folder inside it with -o, for example -o \(path)/report."
        case .containsHomeFolder:
            "Refusing to write the report to \(path): it contains your home folder. Choose a new or empty folder with -o, for example -o output."
        case .isCurrentFolder:
            "Refusing to write the report to \(path), the current folder, where it would mix with your files. Choose a subfolder with -o, for example -o output."
        case .containsCurrentFolder:
            "Refusing to write the report to \(path): it contains the current folder. Choose a subfolder with -o, for example -o output."
        case .containsInput(let input):
            "Refusing to write \(subject) to \(path): it is or contains \(input), which this run reads. Choose a \(place) with \(option) that holds none of the input files."
        case .isSymbolicLink:
            "Refusing to write \(subject) to \(path): it is a symbolic link, and nnreport replaces files and folders only where they are, never through a link. Pass the \(place) it points to with \(option), or remove the link."
        case .notAFolder:
            "Refusing to write the report to \(path): it is a file, not a folder. Choose a folder with -o, or pass --single-file to write one HTML file."
        case .isAFolder:
            option == "-o"
                ? "Refusing to write the single-file report to \(path): it is a folder. Name an HTML file with -o, for example -o \(path)/report.html."
                : "Refusing to write \(subject) to \(path): it is a folder. Name a file with \(option), for example \(option) \(path)/log.csv."
        case .foreignFolder:
            "Refusing to write the report into \(path): the folder is not empty and nnreport did not write it (it has no .nnreport-manifest). Choose a new or empty folder with -o, or pass --force to add the report to it (your files are kept; any at the report's own paths are replaced)."
        case .foreignFile:
            "Refusing to overwrite \(path): nnreport did not write it. Choose another file name with -o, or pass --force to replace it."
        case .notARegularFile:
            "Refusing to write to \(path): it is not a regular file but a device, pipe or socket, which nnreport never replaces (not even with --force). Name a regular file instead."
        case .foreignFileInTheWay(let more):
            "Refusing to replace \(path)\(andMore(more)): nnreport did not write it, but the new report puts a file there. Move it elsewhere, or pass --force to replace it."
        case .changedSinceWritten(let more):
            "Refusing to replace \(path)\(andMore(more)): nnreport wrote it, but it was changed since (its size or hash no longer matches .nnreport-manifest), so it may hold your edits. Move it elsewhere to keep it, or pass --force to replace it."
        case .manifestNotAFile, .manifestTooLarge, .manifestNotNnreports:
            "Refusing to write the report into \(path): its .nnreport-manifest \(manifestProblem), so nnreport cannot tell its own files from yours. Choose a new or empty folder with -o, or pass --force to add the report to this one (your files are kept; any at the report's own paths are replaced)."
        case .isMountPoint:
            "Refusing to write the report to \(path): it is a mount point, which cannot be swapped for the new site. Write the report into a folder inside it, for example -o \(path)/report."
        case .currentFolderMissing:
            "Refusing to write anything: the current folder\(path.isEmpty ? "" : " " + path) no longer exists (it was deleted or moved), so the paths you gave lead nowhere. Change into an existing folder and run nnreport again."
        case .currentFolderNotUTF8:
            "Refusing to write anything: the path of the current folder (\(path)) is not UTF-8 text, so nnreport cannot name the paths you gave exactly. Change into a folder whose path is UTF-8 and run nnreport again."
        case .insideInput(let input):
            "Refusing to write the report to \(path): it is inside \(input), which this run reads (the report's files would be read as templates next time). Choose a folder with -o outside it."
        default: "Could not write \(path)."
        }
    }

    /// What is written: the log for `--log`, else the report.
    private var subject: String { option == "--log" ? "the log" : "the report" }

    /// What the option names: a file for `--log`, else a folder.
    private var place: String { option == "--log" ? "file" : "folder" }

    /// " and 3 more like it" for a refusal that names one of several files.
    private func andMore(_ count: Int) -> String {
        count == 0 ? "" : " and \(count) more file\(count == 1 ? "" : "s") like it"
    }

    /// What is wrong with a manifest that is not nnreport's.
    private var manifestProblem: String {
        switch reason {
        case .manifestNotAFile: "is not a regular file"
        case .manifestTooLarge(let limit):
            "is larger than any nnreport writes (\(limit / (1 << 20)) MiB at most), so nnreport did not write it"
        default: "does not start with nnreport's first line, so nnreport did not write it (or not this version)"
        }
    }

    /// Advice for a standard output that is closed, full, or whose reader went away.
    private func streamAdvice(_ code: Int32) -> String {
        switch code {
        case EBADF: " It was closed when nnreport started (>&-); run nnreport with standard output open."
        case EPIPE: " The program reading it stopped before the end, as head does; nothing more was written."
        case ENOSPC: " The file or device it goes to is full."
        default: ""
        }
    }

    /// "What: the system's reason." plus advice for the usual causes.
    private func systemFailure(_ what: String, _ code: Int32, otherwise: String = "") -> String {
        let advice: String =
            switch code {
            case ENOSPC, EDQUOT:
                " The disk is full: free some space, or choose a folder on another disk with \(option)."
            case EACCES, EPERM, EROFS: " Choose a folder you can write to with \(option)."
            case ENOTDIR: " A part of the path is a file, not a folder: choose another path with \(option)."
            case EBUSY: " It is in use, probably a mount point: write the report into a folder inside it with -o."
            case EFBIG: " A file grew past the file size limit (ulimit -f): raise the limit, or run fewer iterations."
            case EIO: " The disk reported an input/output error: check it, then run nnreport again."
            default: otherwise
            }
        return "\(what): \(String(cString: strerror(code)))." + advice
    }
}
