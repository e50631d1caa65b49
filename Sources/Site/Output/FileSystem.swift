#if canImport(Glibc)
    import Glibc
#endif

/// The few system calls the site writer needs, each checked and turned into an `OutputError`.
enum FileSystem {
    /// What a path names, without following a final symbolic link.
    enum Kind: Equatable {
        case missing, folder, file, symbolicLink, other
    }

    /// lstat(2): what `path` is.
    static func kind(of path: String) throws(OutputError) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            // ENOTDIR: a folder above is a file, so nothing can exist here (creating it will say why).
            if errno == ENOENT || errno == ENOTDIR { return .missing }
            throw OutputError(path: path, reason: .cannotInspect(errno: errno))
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFREG: return .file
        case S_IFLNK: return .symbolicLink
        default: return .other
        }
    }

    /// The permission bits of `path` (lstat(2)), or nil if it cannot be read.
    static func permissions(of path: String) -> mode_t? {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & 0o7777 : nil
    }

    /// Creates `path` and any missing folders above it; returns those it created, outermost
    /// first. If one cannot be created, those already made are removed again.
    static func makeFolders(_ path: String) throws(OutputError) -> [String] {
        var missing: [String] = []
        var current = path
        while !current.isEmpty, current != "/", try kind(of: current) == .missing {
            missing.append(current)
            current = parent(of: current)
        }
        var made: [String] = []
        for folder in missing.reversed() {
            if mkdir(folder, 0o755) != 0, errno != EEXIST {
                let error = OutputError(path: folder, reason: .cannotCreateFolder(errno: errno))
                for madeFolder in made.reversed() { rmdir(madeFolder) }
                throw error
            }
            made.append(folder)
        }
        return made
    }

    /// rename(2) of `source` to `destination`.
    static func move(_ source: String, to destination: String) throws(OutputError) {
        guard rename(source, destination) == 0 else {
            throw OutputError(path: source, reason: .cannotMove(destination: destination, errno: errno))
        }
    }

    /// The names inside the folder `path`, sorted, without "." and "..".
    static func names(in path: String) throws(OutputError) -> [String] {
        guard let folder = opendir(path) else { throw OutputError(path: path, reason: .cannotRead(errno: errno)) }
        defer { closedir(folder) }
        var names: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// The first `limit` bytes of the file at `path` (all of it by default).
    static func readFile(_ path: String, limit: Int = .max) throws(OutputError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw OutputError(path: path, reason: .cannotRead(errno: errno)) }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: min(limit, 1 << 16))
        while bytes.count < limit {
            let count = chunk.withUnsafeMutableBytes {
                read(descriptor, $0.baseAddress, min($0.count, limit - bytes.count))
            }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw OutputError(path: path, reason: .cannotRead(errno: errno)) }
            if count == 0 { break }
            bytes += chunk[0..<count]
        }
        return bytes
    }

    /// Removes `path` and everything below it, never following symbolic links; true when
    /// nothing is left. Failures are not thrown: this is cleanup of nnreport's own files.
    @discardableResult
    static func removeTree(_ path: String) -> Bool {
        if (try? kind(of: path)) == .folder, let names = try? names(in: path) {
            for name in names { removeTree(path + "/" + name) }
            return rmdir(path) == 0 || errno == ENOENT
        }
        return unlink(path) == 0 || errno == ENOENT
    }

    /// The folder above `path` ("/" above "/x").
    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The last component of `path`.
    static func name(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
    }

    /// A random suffix for temporary names: 16 hex digits.
    static func randomSuffix() -> String {
        let value = UInt64.random(in: .min ... .max)
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
