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
        try kind(of: BytePath(path))
    }

    /// lstat(2): what `path` is.
    static func kind(of path: BytePath) throws(OutputError) -> Kind {
        var info = stat()
        guard path.withCString({ lstat($0, &info) }) == 0 else {
            // ENOTDIR: a folder above is a file, so nothing can exist here (creating it will say why).
            if errno == ENOENT || errno == ENOTDIR { return .missing }
            throw OutputError(path: path.description, reason: .cannotInspect(errno: errno))
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFREG: return .file
        case S_IFLNK: return .symbolicLink
        default: return .other
        }
    }

    /// Throws `.isMountPoint` when the folder `path` lies on another file system than the folder
    /// above it: rename(2) cannot replace a mount point (EBUSY).
    static func refuseMountPoint(_ path: String) throws(OutputError) {
        var own = stat()
        var above = stat()
        guard lstat(path, &own) == 0, own.st_mode & S_IFMT == S_IFDIR, stat(parent(of: path), &above) == 0 else {
            return
        }
        if own.st_dev != above.st_dev { throw OutputError(path: path, reason: .isMountPoint) }
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
        try move(BytePath(source), to: BytePath(destination))
    }

    /// rename(2) of `source` to `destination`.
    static func move(_ source: BytePath, to destination: BytePath) throws(OutputError) {
        let moved = source.withCString { from in destination.withCString { to in rename(from, to) } }
        guard moved == 0 else {
            throw OutputError(
                path: source.description, reason: .cannotMove(destination: destination.description, errno: errno))
        }
    }

    /// The names inside the folder `path`, sorted, without "." and "..".
    static func names(in path: String) throws(OutputError) -> [String] {
        try names(in: BytePath(path)).map { String(decoding: $0.bytes, as: UTF8.self) }
    }

    /// The names inside the folder `path` as the bytes they are, sorted, without "." and "..".
    static func names(in path: BytePath) throws(OutputError) -> [BytePath] {
        guard let folder = path.withCString({ opendir($0) }) else {
            throw OutputError(path: path.description, reason: .cannotRead(errno: errno))
        }
        defer { closedir(folder) }
        var names: [BytePath] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in BytePath(bytes: raw.prefix { $0 != 0 }) }
            if name.bytes != [0x2E], name.bytes != [0x2E, 0x2E] { names.append(name) }
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
        removeTree(BytePath(path))
    }

    /// Removes `path` and everything below it, byte names included; true when nothing is left.
    @discardableResult
    static func removeTree(_ path: BytePath) -> Bool {
        if (try? kind(of: path)) == .folder, let names = try? names(in: path) {
            for name in names { removeTree(path.appending(name)) }
            return path.withCString { rmdir($0) } == 0 || errno == ENOENT
        }
        return path.withCString { unlink($0) } == 0 || errno == ENOENT
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

    /// The longest suffix nnreport puts after a destination's name beside it, in bytes:
    /// ".nnreport-tmp-" + 16 hex digits + ".removing".
    static let longestSideSuffix = 39

    /// A hidden path beside `destination`, in the same folder: "." + its name + `suffix`, such
    /// as `.site.nnreport-lock`. The name counts in bytes (NAME_MAX is 255): one too long to fit
    /// with any of nnreport's suffixes is cut at a character boundary and ended with "~" and 8
    /// hex digits of its SHA-256, so that two long names sharing their start stay apart.
    static func sidePath(of destination: String, _ suffix: String) -> String {
        let name = self.name(of: destination)
        let room = 255 - 1 - longestSideSuffix
        var short = name
        if name.utf8.count > room {
            var cut = ""
            for scalar in name.unicodeScalars {
                guard cut.utf8.count + String(scalar).utf8.count <= room - 9 else { break }
                cut.unicodeScalars.append(scalar)
            }
            short = cut + "~" + SHA256.hex(SHA256.digest(Array(name.utf8))).prefix(8)
        }
        return parent(of: destination) + "/." + short + suffix
    }

    /// A random suffix for temporary names: 16 hex digits.
    static func randomSuffix() -> String {
        let value = UInt64.random(in: .min ... .max)
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
