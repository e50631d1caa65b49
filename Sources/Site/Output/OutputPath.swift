#if canImport(Glibc)
    import Glibc
#endif

/// Destination paths made absolute and compared by their real location, and the places the
/// report must never be written to (nothing already on disk may be lost).
public struct OutputPath {
    /// The current folder (real path) against which relative paths are resolved.
    let currentFolder: String
    /// The user's home folder, for `~` and for the refusal of the home folder.
    let homeFolder: String

    /// The process's current folder and home folder; throws when the current folder was deleted.
    static func process() throws(OutputError) -> OutputPath {
        guard let folder = getcwd(nil, 0) else {
            throw OutputError(path: lastKnownCurrentFolder, reason: .currentFolderMissing)
        }
        defer { free(folder) }
        // A path that is not UTF-8 would turn into another name (with U+FFFD) and be created.
        guard let current = String(validatingCString: folder) else {
            throw OutputError(path: String(cString: folder), reason: .currentFolderNotUTF8)
        }
        return OutputPath(currentFolder: current, homeFolder: processHomeFolder())
    }

    /// Throws `.currentFolderMissing` when the process's current folder no longer exists.
    public static func refuseMissingCurrentFolder() throws(OutputError) {
        _ = try process()
    }

    /// `$PWD`, the shell's name for the current folder, to name a deleted one; "" without it.
    private static var lastKnownCurrentFolder: String {
        getenv("PWD").map { String(cString: $0) } ?? ""
    }

    /// `path` as an absolute path: a leading `~` expanded, relative to the current folder, "."
    /// and ".." applied, trailing slashes dropped, and symbolic links in the folders above it
    /// resolved. The last component is kept as it is, so that a link there can be refused.
    func resolve(_ path: String) -> String {
        var expanded = path
        if path == "~" || path.hasPrefix("~/") { expanded = homeFolder + path.dropFirst() }
        if !expanded.hasPrefix("/") { expanded = currentFolder + "/" + expanded }
        let components = expanded.split(separator: "/").filter { $0 != "." }
        var current = "/"
        for (index, component) in components.enumerated() {
            if component == ".." {
                current = FileSystem.parent(of: current)
                continue
            }
            let next = (current == "/" ? "" : current) + "/" + component
            let isLast = index == components.count - 1
            // An existing folder above the destination is replaced by its real path, so that
            // ".." after it and the comparisons below see where it really is.
            current = isLast ? next : Self.realPath(next) ?? next
        }
        return current
    }

    /// The real path of an existing `path` (realpath(3)), or nil.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The real path of an input the report must not touch, or its resolved form if missing.
    func resolveInput(_ path: String) -> String {
        let resolved = resolve(path)
        return Self.realPath(resolved) ?? resolved
    }

    /// The home folder: `$HOME`, else the password database's entry for this user.
    static func processHomeFolder() -> String {
        if let home = getenv("HOME"), home.pointee != 0 { return String(cString: home) }
        if let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir { return String(cString: directory) }
        return "/"
    }

    /// Throws if `destination` (resolved) is a place no report may be written to, whatever
    /// `--force` says: the filesystem root, the home folder or a folder above it, the current
    /// folder or a folder above it, a folder that is or holds one of `inputs` (resolved real
    /// paths), or a symbolic link.
    func refuseUnsafe(_ destination: String, inputs: [String]) throws(OutputError) {
        func refuse(_ reason: OutputError.Reason) -> OutputError { OutputError(path: destination, reason: reason) }
        guard destination != "/" else { throw refuse(.isFilesystemRoot) }
        let real = Self.realPath(destination) ?? destination
        let home = Self.realPath(homeFolder) ?? homeFolder
        if real == home { throw refuse(.isHomeFolder) }
        if Self.contains(real, home) { throw refuse(.containsHomeFolder) }
        let current = Self.realPath(currentFolder) ?? currentFolder
        if real == current { throw refuse(.isCurrentFolder) }
        if Self.contains(real, current) { throw refuse(.containsCurrentFolder) }
        for input in inputs where input == real || Self.contains(real, input) || input == destination {
            throw refuse(.containsInput(input))
        }
        if try FileSystem.kind(of: destination) == .symbolicLink { throw refuse(.isSymbolicLink) }
    }

    /// Throws `.insideInput` if `destination` (resolved) is or lies inside one of `folders`
    /// (resolved real paths), such as the templates folder: its files would be read next time.
    func refuseInside(_ destination: String, folders: [String]) throws(OutputError) {
        let real = Self.realPath(destination) ?? destination
        for folder in folders where Self.contains(folder, real) || Self.contains(folder, destination) {
            throw OutputError(path: destination, reason: .insideInput(folder))
        }
    }

    /// True when `inner` lies strictly inside the folder `outer`.
    static func contains(_ outer: String, _ inner: String) -> Bool {
        outer == "/" ? inner != "/" : inner.hasPrefix(outer + "/")
    }
}
