extension BadInput {
    /// A templates case: `files` below t/, run with `--templates t`.
    private static func templates(_ name: String, _ files: [String: String], _ fragments: [String]) -> BadInput {
        BadInput(
            name, ["--templates", "t", "--iterations", "2"], 1, fragments,
            steps: files.sorted { $0.key < $1.key }.map { .text("t/" + $0.key, $0.value) })
    }

    /// 40 partials, each including the next twice: 2⁴⁰ inclusions.
    private static let doublingPartials: [String: String] = {
        var files = ["index.mustache": "{{> p0}}", "p40.mustache": "x"]
        for level in 0..<40 { files["p\(level).mustache"] = "{{> p\(level + 1)}}{{> p\(level + 1)}}x" }
        return files
    }()

    /// A CSV of `features` columns and 2 samples.
    private static func wideCSV(_ features: Int) -> String {
        let header = (0..<features).map { "f\($0)" }.joined(separator: ",") + ",y\n"
        let row = Array(repeating: "1", count: features).joined(separator: ",")
        return header + row + ",1\n" + row + ",0\n"
    }

    /// `--templates DIR` (README): parse and render errors name the file, line and column; pages
    /// keep nnreport's policy; rendering that multiplies without bound stops with the template named.
    static let templates: [BadInput] = [
        templates(
            "a layout without a head", ["layout.mustache": "<p>{{{body}}}</p>"],
            ["t/layout.mustache: The pages this layout makes do not begin with <!DOCTYPE html>, <html> and <head>"]),
        templates(
            "a layout with a meta refresh",
            [
                "layout.mustache":
                    "<!DOCTYPE html><html><head><meta http-equiv=\"refresh\" content=\"0;url=https://example.org/\">"
                    + "</head><body>{{{body}}}</body></html>"
            ],
            [
                "t/layout.mustache: The pages this layout makes carry <meta http-equiv=\"refresh\"",
                "a page may set no http-equiv",
            ]),
        templates(
            "a layout with a second policy",
            [
                "layout.mustache":
                    "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src *\">"
                    + "</head><body>{{{body}}}</body></html>"
            ],
            ["t/layout.mustache: The pages this layout makes carry <meta http-equiv=\"Content-Security-Policy\""]),
        templates(
            "40 partials each including the next twice", doublingPartials,
            ["t/p", ".mustache:1:", "Rendering stopped here: the page passed 64 MiB or 10000000 steps"]),
        BadInput(
            "10 nested sections over the samples", ["--templates", "t", "--dataset", "d.csv", "--iterations", "2"], 1,
            ["t/index.mustache:1:", "Rendering stopped here"],
            steps: [
                .text("d.csv", "a,b,y\n" + String(repeating: "0,0,0\n1,1,1\n", count: 4)),
                .text(
                    "t/index.mustache",
                    String(repeating: "{{#data.samples}}", count: 10) + "x"
                        + String(repeating: "{{/data.samples}}", count: 10)),
            ]),
        BadInput(
            "3 nested feature names with 1,000 features",
            ["--templates", "t", "--dataset", "d.csv", "--iterations", "2"], 1,
            ["t/index.mustache:1:", "Rendering stopped here"],
            steps: [
                .text("d.csv", wideCSV(1000)),
                .text(
                    "t/index.mustache",
                    "{{#data.featureNames}}{{#data.featureNames}}{{#data.featureNames}}{{.}} "
                        + "{{/data.featureNames}}{{/data.featureNames}}{{/data.featureNames}}"),
            ]),
        BadInput(
            "a missing templates folder", ["--templates", "none"], 1,
            ["/none: This cannot be read: there is no readable folder at this path"]),
        BadInput(
            "a file as templates folder", ["--templates", "t.txt"], 1, ["/t.txt: This cannot be read"],
            steps: [.text("t.txt", "")]),
        templates(
            "an unclosed section", ["index.mustache": "<p>\n{{#summary}}\n"],
            ["t/index.mustache:2:1: The section \"summary\" opened here is never closed. Add {{/summary}}"]),
        templates(
            "a mismatched section", ["layout.mustache": "a\n{{#a}}x{{/b}}"],
            [
                "t/layout.mustache:2:8: The closing tag {{/b}} does not match the open section \"a\" (opened at line 2, column 1)"
            ]),
        templates(
            "a closing tag without a section", ["walkthrough/summary.mustache": "ok\n  {{/a}}"],
            ["t/walkthrough/summary.mustache:2:3: The closing tag {{/a}} has no open section"]),
        templates(
            "a missing partial", ["index.mustache": "{{> walkthrough/nothere}}"],
            ["t/index.mustache:1:1: There is no partial named \"walkthrough/nothere\""]),
        templates(
            "an unclosed tag", ["404.mustache": "<h1>{{title</h1>"],
            ["t/404.mustache:1:5: This tag is never closed: no \"}}\" follows it"]),
        templates(
            "an unknown name in strict rendering", ["history/pager.mustache": "<nav>{{nmber}}</nav>"],
            ["t/history/pager.mustache:1:6: The name \"nmber\" is not defined here"]),
        templates(
            "an invalid name", ["index.mustache": "{{ a b }}"], ["t/index.mustache:1:1: \"a b\" is not a valid name"]),
        templates(
            "an unused file with a syntax error", ["extra.mustache": "{{#x}}"],
            ["t/extra.mustache:1:1: The section \"x\" opened here is never closed"]),
        BadInput(
            "a template that is not UTF-8", ["--templates", "t"], 1,
            ["t/index.mustache: This file is not valid UTF-8 text"],
            steps: [.file("t/index.mustache", [0x3C, 0x70, 0x3E, 0xE9, 0x0A])]),
        BadInput(
            "a template that is UTF-16", ["--templates", "t"], 1, ["t/layout.mustache: This file is not valid UTF-8"],
            steps: [.file("t/layout.mustache", [0xFF, 0xFE, 0x7B, 0x00, 0xD8, 0x00])]),
        BadInput(
            "a template that is a link to an endless device", ["--templates", "t"], 1,
            [
                "t/index.mustache: This is a symbolic link; nnreport reads only regular files inside the templates folder"
            ],
            steps: [.folder("t"), .link("t/index.mustache", to: "/dev/zero")]),
        BadInput(
            "an asset that is a link to the process environment", ["--templates", "t"], 1,
            ["t/assets/history.js: This is a symbolic link"],
            steps: [.folder("t/assets"), .link("t/assets/history.js", to: "/proc/self/environ")]),
        BadInput(
            "a stylesheet that is a link to a secret", ["--templates", "t"], 1,
            ["t/assets/style.css: This is a symbolic link"],
            steps: [
                .text("secret.txt", "token"), .folder("t/assets"), .link("t/assets/style.css", to: "../../secret.txt"),
            ]),
        BadInput(
            "a page template that is a link to a secret", ["--templates", "t"], 1,
            ["t/404.mustache: This is a symbolic link"],
            steps: [.text("secret.txt", "token"), .link("t/404.mustache", to: "../secret.txt")]),
        BadInput(
            "a template that is a named pipe", ["--templates", "t"], 1,
            ["t/index.mustache: This is not a regular file but a device, pipe or socket"],
            steps: [.folder("t"), .fifo("t/index.mustache")]),
        BadInput(
            "a template of 100 MB", ["--templates", "t"], 1,
            ["t/index.mustache: This file has 100000000 bytes; templates and assets may have at most"],
            steps: [.sparse("t/index.mustache", bytes: 100_000_000)], memoryLimitKB: 60_000),
    ]
}
