/// The list of files nnreport wrote into a site folder, kept in the folder as
/// `.nnreport-manifest`: one relative path per line, sorted, after a comment line.
///
/// It is how a later run tells its own files (replaced) from the user's (`.git`, `CNAME`, notes:
/// kept). A folder without it that is not empty holds someone else's files.
struct SiteManifest: Equatable {
    /// The manifest's file name in the site folder.
    static let fileName = ".nnreport-manifest"
    private static let header =
        "# Files written by nnreport. Files not listed here are yours and are kept by the next run."

    /// The relative paths, sorted.
    let paths: [String]

    init(paths: some Sequence<String>) {
        self.paths = paths.sorted()
    }

    /// The manifest's text.
    var text: String {
        ([Self.header] + paths).joined(separator: "\n") + "\n"
    }

    /// Reads the manifest of `folder`; nil when there is none. Lines that are not valid relative
    /// paths are ignored, so the files they might name count as the user's and are kept.
    static func read(in folder: String) throws(OutputError) -> SiteManifest? {
        let path = folder + "/" + fileName
        guard try FileSystem.kind(of: path) == .file else { return nil }
        let bytes = try FileSystem.readFile(path)
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
        return SiteManifest(paths: lines.filter { !$0.hasPrefix("#") && isValidRelativePath($0) })
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
}
