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
            files[relative] = try text(of: url)
        }
        return files
    }

    /// The contents of the file at `url`, which must be UTF-8.
    private static func text(of url: URL) throws(TemplateError) -> String {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw TemplateError(file: url.path, .unreadable(error.localizedDescription))
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw TemplateError(file: url.path, .notUTF8)
        }
        return text
    }
}
