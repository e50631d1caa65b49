import Foundation

// MARK: - Loading a user's templates folder

extension TemplateLibrary {
    /// A library of every file below `directory`, as `init(files:origin:)` reads them.
    ///
    /// Hidden files and folders (names starting with ".") are skipped, so editor and system
    /// files such as `.DS_Store` do not count.
    /// - Throws: `.unreadable` for a missing folder or an unreadable file, `.notUTF8` naming a
    ///   file that is not UTF-8 text, or the first parse error.
    public init(directory: URL) throws(TemplateError) {
        try self.init(files: Self.files(below: directory), origin: directory.path)
    }

    /// The text of every regular file below `folder`, keyed by its path relative to `folder`.
    ///
    /// Entries are looked at with lstat(2) and opened with O_NOFOLLOW: a symbolic link (to
    /// /proc/self/environ, to a secret) is refused by name, never followed, so nothing outside
    /// the folder is ever read into a site.
    static func files(below folder: URL) throws(TemplateError) -> [String: String] {
        var status = stat()
        guard stat(folder.path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else {
            throw TemplateError(file: folder.path, .unreadable("there is no readable folder at this path"))
        }
        var files: [String: String] = [:]
        var pending = [""]
        while let relative = pending.popLast() {
            let path = relative.isEmpty ? folder.path : folder.path + "/" + relative
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
            } catch {
                throw TemplateError(file: path, .unreadable(error.localizedDescription))
            }
            // Hidden files and folders (.DS_Store, .git) are not templates.
            for name in names where !name.hasPrefix(".") {
                let entry = relative.isEmpty ? name : relative + "/" + name
                let full = folder.path + "/" + entry
                guard lstat(full, &status) == 0 else {
                    throw TemplateError(file: full, .unreadable(String(cString: strerror(errno)).lowercased()))
                }
                switch status.st_mode & S_IFMT {
                case S_IFDIR:
                    pending.append(entry)
                    continue
                case S_IFLNK: throw TemplateError(file: full, .symbolicLink)
                case S_IFREG: break
                default: throw TemplateError(file: full, .notARegularFile)
                }
                // A mistyped path such as ~ would otherwise read a whole home folder.
                guard files.count < maximumFiles else {
                    throw TemplateError(
                        file: folder.path,
                        .unreadable("holds more than \(maximumFiles) files; give a folder that holds only templates"))
                }
                files[entry] = try text(of: full)
            }
        }
        return files
    }

    /// The most files a templates folder may hold.
    public static let maximumFiles = 500

    /// The largest template or asset file read, in bytes; a larger one is refused before it is read.
    public static let maximumFileBytes = 10_000_000

    /// The contents of the regular file at `path`, opened without following a symbolic link,
    /// of at most `maximumFileBytes` (a device such as /dev/zero would otherwise be read
    /// without end), as UTF-8 text.
    private static func text(of path: String) throws(TemplateError) -> String {
        let file = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard file >= 0 else {
            if errno == ELOOP { throw TemplateError(file: path, .symbolicLink) }
            throw TemplateError(file: path, .unreadable(String(cString: strerror(errno)).lowercased()))
        }
        defer { close(file) }
        var status = stat()
        guard fstat(file, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            throw TemplateError(file: path, .notARegularFile)
        }
        guard status.st_size <= maximumFileBytes else {
            throw TemplateError(file: path, .fileTooLarge(bytes: Int(status.st_size)))
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(file, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else {
                throw TemplateError(file: path, .unreadable(String(cString: strerror(errno)).lowercased()))
            }
            if count == 0 { break }
            bytes += chunk[0..<count]
            // The file may have grown since fstat.
            guard bytes.count <= maximumFileBytes else {
                throw TemplateError(file: path, .fileTooLarge(bytes: bytes.count))
            }
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw TemplateError(file: path, .notUTF8)
        }
        return text
    }
}
