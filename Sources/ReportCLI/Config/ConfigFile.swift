import Formats
import Foundation
import Training

/// Reads a JSON config file: an object whose keys are the settings' config keys
/// (`SettingsTable.keys`), each value read later by its setting. Anything wrong is named with
/// the key path, line and column. A `null` value is refused: leave the key out to get the default.
enum ConfigFile {
    /// The largest config file read, in bytes; anything bigger is refused before it is read.
    static let maximumBytes = 10_000_000

    /// The values the file gives, by config key, each with where it is written.
    static func load(_ path: String) throws(ConfigError) -> [String: GivenValue] {
        let bytes = try read(path)
        let root: JSONNode
        let members: [(key: String, node: JSONNode)]
        do {
            root = try JSONNode(parsing: bytes, file: path)
            try root.checkKeys(allowed: SettingsTable.keys)
            members = try root.members()
        } catch {
            throw .json(error)
        }
        var values: [String: GivenValue] = [:]
        for (key, node) in members {
            if node.isNull {
                throw .json(node.error("is null; give a value, or leave the key out to use the default."))
            }
            let source = SettingSource.config(file: path, keyPath: node.path, line: node.line)
            values[key] = GivenValue(form: .json(node), source: source, configFile: path)
        }
        return values
    }

    /// The file's bytes, after checking that it exists, is a regular file and is not too large.
    private static func read(_ path: String) throws(ConfigError) -> [UInt8] {
        var status = stat()
        guard stat(path, &status) == 0 else {
            let problem =
                errno == ENOENT
                ? "does not exist; check the path given to -c/--config."
                : "cannot be read (\(String(cString: strerror(errno))))."
            throw .file(path: path, problem: problem)
        }
        if (status.st_mode & S_IFMT) == S_IFDIR {
            throw .file(path: path, problem: "is a folder; give the path of a JSON file.")
        }
        guard Int(status.st_size) <= maximumBytes else {
            throw .file(
                path: path, problem: "is \(status.st_size) bytes; config files may have at most \(maximumBytes) bytes.")
        }
        let data: Data
        do {
            guard let handle = FileHandle(forReadingAtPath: path) else { throw CocoaError(.fileReadNoPermission) }
            // An empty file reads as nil; the JSON parser then says it is empty.
            data = try handle.read(upToCount: maximumBytes + 1) ?? Data()
        } catch {
            throw .file(path: path, problem: "cannot be read; check its permissions.")
        }
        guard data.count <= maximumBytes else {
            throw .file(path: path, problem: "is larger than \(maximumBytes) bytes.")
        }
        return Array(data)
    }
}
