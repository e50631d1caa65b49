/// The list of files nnreport wrote into a site folder, each with its size and XXH3-128 hash,
/// kept in the folder as `.nnreport-manifest`:
///
///     # nnreport manifest 3: the files nnreport wrote, with their size and XXH3-128 hash. …
///     3f0a…e1 5123 index.html
///
/// It is how a later run tells its own files (replaced) from the user's (`.git`, `CNAME`, notes:
/// kept). A file counts as nnreport's only while it still has the listed size and hash, so an
/// edited manifest can never make nnreport delete a file it did not write. Manifest 2, written
/// by earlier versions, lists SHA-256 hashes instead; it is still read.
struct SiteManifest: Equatable {
    /// The manifest's file name in the site folder.
    static let fileName = ".nnreport-manifest"
    /// The first line of the manifests this version writes.
    static let header =
        "# nnreport manifest 3: the files nnreport wrote, with their size and XXH3-128 hash. "
        + "Files not listed here, or changed since, are yours and are kept by the next run."
    /// The first line of the manifests of earlier versions (SHA-256); a manifest without one of
    /// the two was not written by nnreport.
    static let earlierHeader =
        "# nnreport manifest 2: the files nnreport wrote, with their size and SHA-256. "
        + "Files not listed here, or changed since, are yours and are kept by the next run."
    /// The largest manifest read, in bytes: 10,000,000 iterations make about 10,000 lines of
    /// 100 bytes, so a larger one was not written by nnreport.
    static let maximumBytes = 16 << 20

    /// The fingerprint of each file, by relative path.
    let files: [String: FileFingerprint]
    /// The hash of every fingerprint: XXH3-128, or SHA-256 in a manifest of an earlier version.
    let hash: FileFingerprint.Hash

    /// A manifest of `files`, each fingerprinted with `hash`.
    init(files: [String: FileFingerprint], hash: FileFingerprint.Hash = .xxh3) {
        self.files = files
        self.hash = hash
    }

    /// The relative paths, sorted.
    var paths: [String] { files.keys.sorted() }

    /// The manifest's text: the header, then one line per file in sorted order of the paths.
    var text: String {
        var lines = [hash == .xxh3 ? Self.header : Self.earlierHeader]
        for path in paths {
            guard let file = files[path], file.hash == hash else { continue }
            lines.append("\(SHA256.hex(file.digest)) \(file.size) \(path)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// True for "a/b.html": not empty, not absolute, no empty, "." or ".." part, no line break
    /// or NUL, not starting with "#" (the manifest's comment mark).
    static func isValidRelativePath(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.hasPrefix("#") else { return false }
        guard !path.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\0" }) else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy {
            !$0.isEmpty && $0 != "." && $0 != ".."
        }
    }

    /// The report's own layout: the top-level files and the folders below which it writes.
    private static let layoutFiles: Set<String> = ["index.html", "404.html", "favicon.png", "sitemap.xml", ".nojekyll"]
    private static let layoutFolders: Set<String> = ["history", "images", "data", "assets", "runs", "compare"]

    /// True for a path of the report's layout: `index.html`, `404.html`, `favicon.png`,
    /// `sitemap.xml`, `.nojekyll`, or a file below `history/`, `images/`, `data/`, `assets/`, or (a
    /// comparison's) `runs/` and `compare/`.
    /// Only there (or at a path the new report writes) can a listed file count as nnreport's,
    /// so a manifest line with the right hash of `thesis.tex` still cannot claim it.
    static func isLayoutPath(_ path: String) -> Bool {
        guard isSitePath(path) else { return false }
        if layoutFiles.contains(path) { return true }
        guard let slash = path.firstIndex(of: "/") else { return false }
        return layoutFolders.contains(String(path[..<slash]))
    }

    /// True for a path nnreport may write: valid, and no part hidden (starting with ".") except
    /// `.nojekyll` at the top. So a manifest line can never claim `.git/config`.
    static func isSitePath(_ path: String) -> Bool {
        guard isValidRelativePath(path) else { return false }
        return path == ".nojekyll" || !path.split(separator: "/").contains { $0.hasPrefix(".") }
    }
}
