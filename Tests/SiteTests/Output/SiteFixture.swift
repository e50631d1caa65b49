import Foundation
import TestSupport

@testable import Site

/// A sandbox for site-writer tests: a temporary folder with a pretend current folder
/// (`work/project`) and home folder (`home`), and an interrupt registry of its own.
final class SiteFixture {
    let folder: TemporaryFolder
    let paths: OutputPath
    let cleanup = InterruptCleanup(signals: []) { _ in }

    init() throws {
        folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.at("work/project"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder.at("home"), withIntermediateDirectories: true)
        paths = OutputPath(currentFolder: folder.at("work/project"), homeFolder: folder.at("home"))
    }

    /// A writer for `destination` (relative paths are below the pretend current folder).
    func writer(
        _ destination: String, protecting: [String] = [], force: Bool = false, swap: SiteWriter.SwapMethod = .exchange
    )
        throws(OutputError) -> SiteWriter
    {
        let site = try SiteWriter(
            destination: destination, protectedPaths: protecting, force: force, paths: paths, cleanup: cleanup)
        site.swapMethod = swap
        return site
    }

    /// Builds and commits a site of `files` (relative path → text) at `destination`.
    func build(
        _ destination: String, _ files: [String: String], force: Bool = false, swap: SiteWriter.SwapMethod = .exchange
    )
        throws(OutputError)
    {
        let site = try writer(destination, force: force, swap: swap)
        try site.write(files: files.mapValues { Array($0.utf8) })
        try site.commit()
    }

    /// The names beside `path` that look like nnreport's temporary or set-aside folders, its
    /// lock file or its journal.
    func leftovers(beside path: String) throws -> [String] {
        let parent = (path as NSString).deletingLastPathComponent
        return try FileManager.default.contentsOfDirectory(atPath: parent).filter {
            $0.contains(".nnreport-tmp-") || $0.contains(".nnreport-old-") || $0.hasSuffix(".removing")
                || $0.contains(".nnreport-lock") || $0.contains(".nnreport-journal")
        }
    }

    /// The first version of a report, as the tests' "previous site".
    static let firstReport = [
        "index.html": "<p>first</p>", "history/index.html": "h1", "history/page-0001.html": "p1",
        "history/page-0002.html": "p2", "images/weights.png": "png1", ".nojekyll": "",
    ]

    /// The second version: page 2 is gone, a 404 page is new.
    static let secondReport = [
        "index.html": "<p>second</p>", "history/index.html": "h2", "history/page-0001.html": "p1b",
        "images/weights.png": "png2", ".nojekyll": "", "404.html": "missing",
    ]
}
