import Formats
import Foundation
import Training

/// Reads a JSON config file (SPEC §3) into `ConfigSettings`, naming the key path, line and
/// column of anything wrong.
///
/// Keys: title, dataset, weights, bias, learningRate, iterations, rule, threshold, baseURL.
/// `dataset` is a built-in name, `{"csv": "path"}` (relative to the config file), or
/// `{"features": [[…], …], "labels": […], "featureNames": […]}` with one row per feature.
/// A `null` value is refused: leave the key out to get the default.
enum ConfigFile {
    /// The largest config file read, in bytes; anything bigger is refused before it is read.
    static let maximumBytes = 10_000_000

    static func load(_ path: String) throws -> ConfigSettings {
        let bytes = try read(path)
        do {
            let root = try JSONNode(parsing: bytes, file: path)
            try root.checkKeys(allowed: ConfigSettings.keys)
            return try settings(from: root, path: path)
        } catch let error as JSONError {
            throw ReportError.config(.json(error))
        }
    }

    /// The file's bytes, after checking that it exists, is a regular file and is not too large.
    private static func read(_ path: String) throws -> [UInt8] {
        var status = stat()
        guard stat(path, &status) == 0 else {
            let problem =
                errno == ENOENT
                ? "does not exist; check the path given to -c/--config."
                : "cannot be read (\(String(cString: strerror(errno))))."
            throw ReportError.config(.file(path: path, problem: problem))
        }
        if (status.st_mode & S_IFMT) == S_IFDIR {
            throw ReportError.config(.file(path: path, problem: "is a folder; give the path of a JSON file."))
        }
        guard Int(status.st_size) <= maximumBytes else {
            throw ReportError.config(
                .file(
                    path: path,
                    problem: "is \(status.st_size) bytes; config files may have at most \(maximumBytes) bytes."))
        }
        let data: Data
        do {
            guard let handle = FileHandle(forReadingAtPath: path) else { throw CocoaError(.fileReadNoPermission) }
            // An empty file reads as nil; the JSON parser then says it is empty.
            data = try handle.read(upToCount: maximumBytes + 1) ?? Data()
        } catch {
            throw ReportError.config(.file(path: path, problem: "cannot be read; check its permissions."))
        }
        guard data.count <= maximumBytes else {
            throw ReportError.config(.file(path: path, problem: "is larger than \(maximumBytes) bytes."))
        }
        return Array(data)
    }

    private static func settings(from root: JSONNode, path: String) throws -> ConfigSettings {
        var config = ConfigSettings()
        for (key, node) in try root.members() {
            if node.isNull {
                throw ReportError.config(
                    .json(node.error("is null; give a value, or leave the key out to use the default.")))
            }
            let source = SettingSource.config(file: path, keyPath: node.path, line: node.line)
            func located<Value>(_ value: Value) -> Located<Value> { Located(value: value, source: source) }
            switch key {
            case "title": config.title = located(try ValueParser.title(try node.string(), source))
            case "dataset": config.dataset = located(try dataset(node, source: source, configPath: path))
            case "weights": config.weights = located(try node.doubles())
            case "bias": config.bias = located(try node.double())
            case "learningRate": config.learningRate = located(try node.double())
            case "iterations": config.iterations = located(try iterations(node, source))
            case "rule": config.rule = located(try ValueParser.choice(try node.string(), source, as: UpdateRule.self))
            case "threshold": config.threshold = located(try node.double())
            case "baseURL": config.baseURL = located(try ValueParser.baseURL(try node.string(), source))
            default: break  // checkKeys has refused every other key
            }
        }
        return config
    }

    private static func iterations(_ node: JSONNode, _ source: SettingSource) throws -> Int {
        let count = try node.int()
        guard count >= 1, count <= TrainingSettings.maximumIterations else {
            throw ReportError.config(
                .json(node.error("must be between 1 and \(TrainingSettings.maximumIterations), but it is \(count).")))
        }
        return count
    }

    /// A built-in name, `{"csv": path}` or inline features and labels.
    private static func dataset(_ node: JSONNode, source: SettingSource, configPath: String) throws -> DatasetSource {
        if case .string(let name) = node.value {
            let choice = try ValueParser.dataset(name, source)
            if case .csv(let file) = choice { return .csv(path: relative(file, to: configPath)) }
            return choice
        }
        guard case .object = node.value else {
            throw ReportError.config(
                .json(node.error("must be a built-in name, {\"csv\": \"path\"}, or {\"features\": …, \"labels\": …}.")))
        }
        if let csv = try node.member("csv") {
            try node.checkKeys(allowed: ["csv"])
            return .csv(path: relative(try csv.string(), to: configPath))
        }
        try node.checkKeys(allowed: ["features", "labels", "featureNames"])
        let features = try node.requiredMember("features").elements().map { row throws(JSONError) in try row.doubles() }
        let labels = try node.requiredMember("labels").doubles()
        let names = try node.member("featureNames")?.elements().map { name throws(JSONError) in try name.string() }
        do {
            return .inline(try Dataset(name: "inline data", featureNames: names, features: features, labels: labels))
        } catch {
            throw ReportError.dataset(source: source, error)
        }
    }

    /// `file` as seen from the current folder, when it was written relative to the config file.
    private static func relative(_ file: String, to configPath: String) -> String {
        guard !file.hasPrefix("/") else { return file }
        let folder = (configPath as NSString).deletingLastPathComponent
        return folder.isEmpty ? file : (folder as NSString).appendingPathComponent(file)
    }
}
