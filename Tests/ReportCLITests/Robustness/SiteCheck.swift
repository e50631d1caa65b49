import Foundation

@testable import Site

/// Checks a written site as a whole: one run's files, each as its manifest says.
enum SiteCheck {
    /// What is wrong with the site at `folder`: an empty list for a site whose manifest is
    /// nnreport's, whose every listed file has its listed size and SHA-256, and where no file of
    /// the kinds nnreport generates is missing from the manifest (no page of another run).
    static func problems(at folder: String) -> [String] {
        guard case .manifest(let manifest, let ignored)? = try? SiteManifest.read(in: folder) else {
            return ["no manifest of nnreport's in \(folder)"]
        }
        var problems: [String] = ignored > 0 ? ["\(ignored) manifest lines ignored"] : []
        let (ours, _) = manifest.check(in: folder)
        problems += manifest.paths.filter { !ours.contains($0) }.map { "\($0) does not match the manifest" }
        let listed = Set(manifest.paths)
        for entry in (try? FileManager.default.subpathsOfDirectory(atPath: folder)) ?? [] {
            var info = stat()
            guard lstat(folder + "/" + entry, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
            if looksGenerated(entry), !listed.contains(entry) { problems.append("\(entry) is not listed") }
        }
        return problems
    }

    /// True for the paths of files nnreport generates (not the user's notes below `history/`).
    static func looksGenerated(_ path: String) -> Bool {
        [
            "index.html", "404.html", "favicon.png", "sitemap.xml", "history/index.html", "data/history.csv",
            "data/history.json",
        ].contains(path)
            || (path.hasPrefix("history/page-") && path.hasSuffix(".html"))
            || (path.hasPrefix("images/") && (path.hasSuffix(".png") || path.hasSuffix(".gif")))
    }

    /// The `<title>` of the page at `path`, or nil.
    static func title(of path: String) -> String? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8),
            let start = text.range(of: "<title>"),
            let end = text.range(of: "</title>", range: start.upperBound..<text.endIndex)
        else { return nil }
        return String(text[start.upperBound..<end.lowerBound])
    }
}
