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
    static func files(below folder: URL) throws(TemplateError) -> [String: String] {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue,
            let walker = manager.enumerator(atPath: folder.path)
        else {
            throw TemplateError(file: folder.path, .unreadable("there is no readable folder at this path"))
        }
        var files: [String: String] = [:]
        while let relative = walker.nextObject() as? String {
            let url = folder.appending(path: relative)
            guard !url.lastPathComponent.hasPrefix(".") else {
                walker.skipDescendants()
                continue
            }
            guard manager.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else {
                continue
            }
            // A mistyped path such as ~ would otherwise read a whole home folder.
            guard files.count < maximumFiles else {
                throw TemplateError(
                    file: folder.path,
                    .unreadable("holds more than \(maximumFiles) files; give a folder that holds only templates"))
            }
            files[relative] = try text(of: url)
        }
        return files
    }

    /// The most files a templates folder may hold.
    public static let maximumFiles = 500

    /// The largest template or asset file read, in bytes; a larger one is refused before it is read.
    public static let maximumFileBytes = 10_000_000

    /// The contents of the file at `url`, which must be a regular UTF-8 file of at most
    /// `maximumFileBytes` (a device such as /dev/zero would otherwise be read without end).
    private static func text(of url: URL) throws(TemplateError) -> String {
        var status = stat()
        guard stat(url.path, &status) == 0 else {
            throw TemplateError(file: url.path, .unreadable(String(cString: strerror(errno)).lowercased()))
        }
        guard status.st_mode & S_IFMT == S_IFREG else { throw TemplateError(file: url.path, .notARegularFile) }
        guard status.st_size <= maximumFileBytes else {
            throw TemplateError(file: url.path, .fileTooLarge(bytes: Int(status.st_size)))
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw TemplateError(file: url.path, .unreadable(error.localizedDescription))
        }
        // The file may have grown since stat.
        guard data.count <= maximumFileBytes else {
            throw TemplateError(file: url.path, .fileTooLarge(bytes: data.count))
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw TemplateError(file: url.path, .notUTF8)
        }
        return text
    }
}
