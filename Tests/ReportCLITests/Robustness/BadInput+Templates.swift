extension BadInput {
    /// A templates case: `files` below t/, run with `--templates t`.
    private static func templates(_ name: String, _ files: [String: String], _ fragments: [String]) -> BadInput {
        BadInput(
            name, ["--templates", "t", "--iterations", "2"], 1, fragments,
            steps: files.sorted { $0.key < $1.key }.map { .text("t/" + $0.key, $0.value) })
    }

    /// `--templates DIR` (README): parse and render errors name the file, line and column.
    static let templates: [BadInput] = [
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
