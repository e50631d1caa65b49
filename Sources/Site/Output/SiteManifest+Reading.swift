import Dispatch
import Synchronization

// Reading a destination's manifest, and checking which of its files are still nnreport's.
extension SiteManifest {
    /// What a destination's `.nnreport-manifest` turned out to be.
    enum Reading: Equatable {
        /// There is none.
        case missing
        /// There is one, but not nnreport's (the reason says why): it proves nothing.
        case unrecognized(OutputError.Reason)
        /// nnreport's manifest; lines that are not a valid entry were left out (`ignoredLines`),
        /// so the files they name count as the user's.
        case manifest(SiteManifest, ignoredLines: Int)
    }

    /// Reads the manifest of `folder`, at most `maximumBytes` of it: a larger one, one that is
    /// not a regular file, or one without the first line of this version's manifests or of the
    /// earlier ones is `.unrecognized`. Line ends may be CRLF (a checkout with git's core.autocrlf).
    static func read(in folder: String) throws(OutputError) -> Reading {
        let path = folder + "/" + fileName
        switch try FileSystem.kind(of: path) {
        case .missing: return .missing
        case .file: break
        default: return .unrecognized(.manifestNotAFile)
        }
        let bytes = try FileSystem.readFile(path, limit: maximumBytes + 1)
        guard bytes.count <= maximumBytes else { return .unrecognized(.manifestTooLarge(limit: maximumBytes)) }
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map {
            $0.last == UInt8(ascii: "\r") ? $0.dropLast() : $0
        }
        if lines.last?.isEmpty == true { lines.removeLast() }
        let hash: FileFingerprint.Hash
        switch lines.first {
        case let first? where first.elementsEqual(header.utf8): hash = .xxh3
        case let first? where first.elementsEqual(earlierHeader.utf8): hash = .sha256
        default: return .unrecognized(.manifestNotNnreports)
        }
        var files: [String: FileFingerprint] = [:]
        var ignored = 0
        for line in lines.dropFirst() {
            guard let (path, fingerprint) = entry(line, hash: hash), files[path] == nil else {
                ignored += 1
                continue
            }
            files[path] = fingerprint
        }
        return .manifest(SiteManifest(files: files, hash: hash), ignoredLines: ignored)
    }

    /// "<hash in hex digits> <size> <path>" (32 digits for XXH3-128, 64 for SHA-256), or nil when
    /// the line is anything else or names a path nnreport never writes (see `isSitePath`).
    private static func entry(_ line: ArraySlice<UInt8>, hash: FileFingerprint.Hash) -> (String, FileFingerprint)? {
        let parts = line.split(separator: UInt8(ascii: " "), maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 2 * hash.digestCount, (1...18).contains(parts[1].count) else {
            return nil
        }
        var digest: [UInt8] = []
        var pending: UInt8 = 0
        for (index, character) in parts[0].enumerated() {
            guard let value = hexValue(character) else { return nil }
            if index % 2 == 0 { pending = value << 4 } else { digest.append(pending | value) }
        }
        guard parts[1].allSatisfy({ (0x30...0x39).contains($0) }),
            let size = Int(String(decoding: parts[1], as: UTF8.self)),
            let path = String(validating: parts[2], as: UTF8.self), isSitePath(path)
        else { return nil }
        return (path, FileFingerprint(size: size, hash: hash, digest: digest))
    }

    private static func hexValue(_ character: UInt8) -> UInt8? {
        switch character {
        case 0x30...0x39: character - 0x30
        case 0x61...0x66: character - 0x61 + 10
        default: nil
        }
    }

    /// Which listed files in `folder` still have their size and hash (nnreport's, `ours`), and
    /// which are regular files that no longer do (`changed`: edited since). Hashed on every core.
    func check(in folder: String) -> (ours: Set<String>, changed: Set<String>) {
        let entries = files.sorted { $0.key < $1.key }
        let results = Mutex<(ours: Set<String>, changed: Set<String>)>(([], []))
        let root = BytePath(folder)
        DispatchQueue.concurrentPerform(iterations: entries.count) { index in
            let (path, expected) = entries[index]
            let full = root.appending(BytePath(path))
            let found = FileFingerprint.ofFile(full, hash: expected.hash, expectedSize: expected.size)
            if found == expected {
                results.withLock { _ = $0.ours.insert(path) }
            } else if (try? FileSystem.kind(of: full)) == .file {
                results.withLock { _ = $0.changed.insert(path) }
            }
        }
        return results.withLock { $0 }
    }
}
