import Foundation

/// A fresh folder under the system's temporary directory, removed with everything in it when
/// the value is released; with helpers to write, read and snapshot files below it.
public final class TemporaryFolder {
    /// The folder's absolute path, symlinks resolved.
    public let path: String

    public init() throws {
        let base = FileManager.default.temporaryDirectory.resolvingSymlinksInPath().path
        path = base + "/nnreport-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// The folder as a file URL.
    public var url: URL { URL(fileURLWithPath: path) }

    /// Writes each text file at its relative path, creating folders as needed.
    public func write(_ files: [String: String]) throws {
        for (relative, text) in files { try write(text, to: relative) }
    }

    /// Writes `bytes` to `relative`, creating its folders.
    public func write(_ relative: String, bytes: [UInt8]) throws {
        let file = URL(fileURLWithPath: at(relative))
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
    }

    /// `path` + "/" + `relative`.
    public func at(_ relative: String) -> String { path + "/" + relative }

    /// Writes `text` to `relative`, creating its folders.
    public func write(_ text: String, to relative: String) throws {
        let url = URL(fileURLWithPath: at(relative))
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Writes `text` to `name` inside the folder (creating folders) and returns its path.
    @discardableResult
    public func write(_ name: String, _ text: String) throws -> String {
        try write(text, to: name)
        return at(name)
    }

    /// The text of the file at `relative`, or nil when there is none.
    public func read(_ relative: String) -> String? {
        FileManager.default.contents(atPath: at(relative)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Every entry below `relative` (recursively) by relative path: file bytes, "dir" for a
    /// folder, "-> target" for a symbolic link.
    public func snapshot(_ relative: String = "") throws -> [String: Data] {
        let root = relative.isEmpty ? path : at(relative)
        var result: [String: Data] = [:]
        let manager = FileManager.default
        for entry in try manager.subpathsOfDirectory(atPath: root) {
            let full = root + "/" + entry
            let attributes = try manager.attributesOfItem(atPath: full)
            switch attributes[.type] as? FileAttributeType {
            case .typeDirectory?: result[entry] = Data("dir".utf8)
            case .typeSymbolicLink?:
                result[entry] = Data(("-> " + (try manager.destinationOfSymbolicLink(atPath: full))).utf8)
            default: result[entry] = try Data(contentsOf: URL(fileURLWithPath: full))
            }
        }
        return result
    }

    /// The names directly inside the folder (or inside `relative`), sorted.
    public func names(_ relative: String = "") throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: relative.isEmpty ? path : at(relative)).sorted()
    }
}
