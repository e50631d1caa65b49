import Foundation
import TestSupport
import Testing

/// What a user's templates may do: change any markup and add partials and files, but every page
/// still carries nnreport's Content-Security-Policy first in its head, and the notes about extra
/// files say what really happened to them.
@Suite struct TemplateSafetyTests {
    @Test func aLayoutWithoutThePolicyGetsItFirstInEveryPage() throws {
        let workspace = try Workspace(previousSite: false)
        try workspace.apply(
            .text(
                "t/layout.mustache",
                "<!DOCTYPE html>\n<html><head><title>{{pageTitle}}</title><script>alert(1)</script></head>"
                    + "<body>{{> extra}}{{{body}}}</body></html>\n"))
        try workspace.apply(.text("t/extra.mustache", "<p>extra</p>"))
        try workspace.apply(.text("t/unused.mustache", "<p>never</p>"))
        try workspace.apply(.text("t/evil.js", "alert(1)"))
        let run = try SpawnedRun.run(["--templates", "t", "-o", "site", "--iterations", "1500"], in: workspace.path)
        #expect(run.exitCode == 0, "\(run.summary)")
        // 404.html carries its own style and icon (it is served at any depth), so its policy allows
        // those instead of the site's files; every page's policy starts the same way.
        let policy =
            "<head>\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; img-src "
        for page in [
            "index.html", "404.html", "history/index.html", "history/page-0001.html", "history/page-0002.html",
        ] {
            let html = try String(contentsOfFile: workspace.at("site/" + page), encoding: .utf8)
            #expect(html.contains(policy), "\(page)")
            #expect(html.components(separatedBy: "Content-Security-Policy").count == 2, "\(page)")
        }
        #expect(
            run.stderr.contains(
                "t/extra.mustache is not a built-in template's name; it is rendered where layout.mustache includes it.")
        )
        #expect(
            run.stderr.contains(
                "t/unused.mustache is not a built-in template's name and no template includes it, so it is not used."))
        #expect(
            run.stderr.contains("t/evil.js is not one of the built-in files; it is copied into the site as evil.js."))
        #expect(FileManager.default.fileExists(atPath: workspace.at("site/evil.js")))
    }
}
