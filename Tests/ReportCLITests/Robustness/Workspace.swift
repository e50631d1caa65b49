import Foundation
import TestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// A fresh folder holding a previous report in `site/`, for one run of the binary; removed,
/// with anything made immutable unlocked first, when released.
final class Workspace {
    let path: String
    private var immutable: [String] = []

    /// A report made once per test run by the binary itself, copied into each workspace.
    static let previousSite: Result<String, any Error> = Result {
        let prefix = "nnreport-robustness-site-"
        // Kept for the whole test run, so removed by the next run (unless its process still runs).
        for name in (try? FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory())) ?? []
        where name.hasPrefix(prefix) {
            if let pid = Int32(name.dropFirst(prefix.count)), pid != getpid(), kill(pid, 0) == 0 { continue }
            try? FileManager.default.removeItem(atPath: NSTemporaryDirectory() + name)
        }
        let folder = NSTemporaryDirectory() + prefix + "\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let run = try SpawnedRun.run(["-o", "site", "--iterations", "3", "-q"], in: folder, timeout: 120)
        guard run.exitCode == 0 else { throw SetupError(message: "the previous site failed: \(run.summary)") }
        return folder + "/site"
    }

    init(previousSite: Bool = true) throws {
        path = NSTemporaryDirectory() + "nnreport-robustness-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        if previousSite { try FileManager.default.copyItem(atPath: try Self.previousSite.get(), toPath: at("site")) }
    }

    deinit {
        for entry in immutable { _ = try? Self.chattr("-i", entry) }
        try? FileManager.default.removeItem(atPath: path)
    }

    /// `path` + "/" + `relative`.
    func at(_ relative: String) -> String { path + "/" + relative }

    /// Puts one step of a case on disk.
    func apply(_ step: BadInput.Step) throws {
        let manager = FileManager.default
        switch step {
        case .file(let relative, let bytes):
            try makeParent(of: relative)
            try Data(bytes).write(to: URL(fileURLWithPath: at(relative)))
        case .folder(let relative):
            try manager.createDirectory(atPath: at(relative), withIntermediateDirectories: true)
        case .link(let relative, let target):
            try makeParent(of: relative)
            try manager.createSymbolicLink(atPath: at(relative), withDestinationPath: target)
        case .sparse(let relative, let bytes):
            try makeParent(of: relative)
            manager.createFile(atPath: at(relative), contents: nil)
            guard truncate(at(relative), off_t(bytes)) == 0 else { throw SetupError(message: "truncate failed") }
        case .fifo(let relative):
            try makeParent(of: relative)
            guard mkfifo(at(relative), 0o644) == 0 else { throw SetupError(message: "mkfifo failed") }
        case .immutable(let relative):
            try Self.chattr("+i", at(relative))
            immutable.append(at(relative))
        }
    }

    private func makeParent(of relative: String) throws {
        let parent = (at(relative) as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
    }

    /// Runs chattr(1); a file system without attributes fails the test rather than skip it.
    private static func chattr(_ flag: String, _ path: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
        process.arguments = [flag, path]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw SetupError(message: "chattr \(flag) \(path) failed") }
    }

    /// Every entry below the folder: mode and contents for files up to 1 MB, size and identity
    /// for larger ones (sparse inputs), the target for links, the mode for folders.
    func snapshot() throws -> [String: Data] {
        var result: [String: Data] = [:]
        let manager = FileManager.default
        for entry in try manager.subpathsOfDirectory(atPath: path) {
            var info = stat()
            guard lstat(at(entry), &info) == 0 else { continue }
            let mode = "\(info.st_mode) "
            switch info.st_mode & S_IFMT {
            case S_IFLNK: result[entry] = Data((mode + (try manager.destinationOfSymbolicLink(atPath: at(entry)))).utf8)
            case S_IFREG where info.st_size > 1_000_000:
                result[entry] = Data((mode + "\(info.st_size) \(info.st_ino) \(info.st_mtim.tv_nsec)").utf8)
            case S_IFREG: result[entry] = Data(mode.utf8) + (manager.contents(atPath: at(entry)) ?? Data())
            default: result[entry] = Data(mode.utf8)
            }
        }
        return result
    }

    /// Temporary folders or files, lock files or journals of nnreport's left by a run of this workspace: in it, beside
    /// it, and in "/" and /proc for the cases that aim there (`-o ~`, `-o ..`, `/proc/…`). Other
    /// processes' temporary folders in /tmp are not this run's.
    func leftovers() -> [String] {
        let parent = (path as NSString).deletingLastPathComponent
        let ours = "." + (path as NSString).lastPathComponent
        let places: [(String, [String])] = [
            (path, [""]), (parent, [ours]), ("/", [".root.", ".tmp.", ".proc."]), ("/proc", [""]),
        ]
        return places.flatMap { place, prefixes in
            ((try? FileManager.default.contentsOfDirectory(atPath: place)) ?? [])
                .filter { name in Self.isLeftover(name) && prefixes.contains { name.hasPrefix($0) } }
                .map { place + "/" + $0 }
        }
    }

    /// True for the names of nnreport's temporary and set-aside folders, lock files and journals.
    static func isLeftover(_ name: String) -> Bool {
        [".nnreport-tmp-", ".nnreport-old-", ".nnreport-lock", ".nnreport-journal"].contains { name.contains($0) }
    }

    /// A workspace that could not be set up.
    struct SetupError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}
