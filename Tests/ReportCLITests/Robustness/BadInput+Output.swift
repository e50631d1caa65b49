extension BadInput {
    /// A small dataset and config that the output cases read.
    private static let inputs: [Step] = [
        .text("data/d.csv", "a,y\n1,1\n0,0\n"), .text("cfg/c.json", "{\"iterations\": 2}"),
        .text("tpl/404.mustache", "{{{content}}}"),
    ]

    /// Output folders (README "Safe writing"): refused or failed without losing or changing a
    /// byte on disk; the previous report in site/ stays as it was.
    static let output: [BadInput] = [
        BadInput("the current folder", ["-o", "."], 1, ["the current folder"]),
        BadInput("the current folder, spelled ./", ["-o", "./"], 1, ["the current folder"]),
        BadInput("an empty output path", ["-o", ""], 1, ["the current folder"]),
        BadInput("the filesystem root", ["-o", "/"], 1, ["Refusing to write the report to /, the filesystem root"]),
        BadInput("the home folder", ["-o", "~"], 1, ["your home folder"]),
        BadInput("the parent folder", ["-o", ".."], 1, ["it contains the current folder"]),
        BadInput("a parent through a subfolder", ["-o", "site/../.."], 1, ["it contains the current folder"]),
        BadInput(
            "the templates folder", ["--templates", "tpl", "-o", "tpl"], 1, ["/tpl, which this run reads"],
            steps: inputs),
        BadInput(
            "the folder of the input CSV", ["--dataset", "data/d.csv", "-o", "data"], 1,
            ["/data/d.csv, which this run reads"], steps: inputs),
        BadInput(
            "the input CSV itself", ["--dataset", "data/d.csv", "-o", "data/d.csv"], 1, ["which this run reads"],
            steps: inputs),
        BadInput(
            "the folder of the config", ["-c", "cfg/c.json", "-o", "cfg"], 1, ["/cfg/c.json, which this run reads"],
            steps: inputs),
        BadInput(
            "the log over the input CSV", ["train", "--dataset", "data/d.csv", "--log", "data/d.csv"], 1,
            ["which this run reads"], steps: inputs),
        BadInput(
            "an output folder inside the templates folder", ["--templates", "tpl", "-o", "tpl/out"], 1,
            ["/tpl/out: it is inside", "/tpl, which this run reads"], steps: inputs),
        BadInput(
            "a hand-written manifest in someone else's folder", ["-o", "thesis"], 1,
            ["/thesis: its .nnreport-manifest does not start with nnreport's first line", "--force"],
            steps: [
                .text("thesis/thesis.tex", "\\documentclass"), .text("thesis/sub/data.csv", "1,2"),
                .text("thesis/.nnreport-manifest", "thesis.tex\nsub/data.csv\n"),
            ]),
        BadInput(
            "a manifest of 4 GB", ["-o", "site"], 1,
            ["/site: its .nnreport-manifest is larger than any nnreport writes"],
            steps: [.sparse("site/.nnreport-manifest", bytes: 4 << 30)], memoryLimitKB: 100_000),
        BadInput(
            "an edited page of the previous report", ["-o", "site"], 1,
            ["Refusing to replace", "/site/index.html: nnreport wrote it, but it was changed since", "--force"],
            steps: [.text("site/index.html", "<p>my own edits</p>")]),
        BadInput(
            "a symbolic link to the previous report", ["-o", "link"], 1, ["/link: it is a symbolic link"],
            steps: [.link("link", to: "site")]),
        BadInput(
            "a folder of someone else's files", ["-o", "theirs"], 1, ["/theirs: the folder is not empty", "--force"],
            steps: [.text("theirs/notes.txt", "mine")]),
        BadInput(
            "a file inside the previous report", ["-o", "site/index.html"], 1, ["/site/index.html: it is a file"]),
        BadInput(
            "a folder as the single file", ["--single-file", "-o", "site"], 1, ["/site: it is a folder"]),
        BadInput(
            "someone else's file as the single file", ["--single-file", "-o", "notes.html"], 1,
            ["/notes.html: nnreport did not write it", "--force"], steps: [.text("notes.html", "<p>mine</p>")]),
        BadInput(
            "a device as the single file", ["--single-file", "--force", "-o", "/dev/null"], 1,
            ["/dev/null: it is not a regular file"]),
        BadInput(
            "a folder as the log", ["train", "--log", "fo"], 1,
            ["Refusing to write the log to", "/fo: it is a folder. Name a file with --log"], steps: [.folder("fo")]),
        BadInput(
            "a symbolic link as the log", ["train", "--log", "l.csv"], 1,
            ["Refusing to write the log to", "/l.csv: it is a symbolic link", "Pass the file it points to with --log"],
            steps: [.link("l.csv", to: "elsewhere.csv")]),
        BadInput("a device as the log", ["train", "--log", "/dev/null"], 1, ["/dev/null: it is not a regular file"]),
        BadInput(
            "a file as a parent folder", ["-o", "afile/site"], 1, ["/afile/site", "Not a directory"],
            steps: [.text("afile", "x")]),
        BadInput("a folder below /proc", ["-o", "/proc/nnreport-site"], 1, ["/proc/nnreport-site"]),
        BadInput(
            "a folder name of 300 characters", ["-o", String(repeating: "n", count: 300)], 1,
            ["Could not look at", "File name too long."]),
        BadInput(
            "a path of 5,000 characters",
            ["-o", Array(repeating: String(repeating: "p", count: 200), count: 25).joined(separator: "/")],
            1, ["Could not look at", "File name too long."]),
        BadInput(
            "an immutable parent folder", ["-o", "locked/site"], 1, ["/locked/site", "Operation not permitted"],
            steps: [.folder("locked"), .immutable("locked")]),
        BadInput(
            "an immutable file of the user's in the previous report", ["-o", "site", "--iterations", "2"], 1,
            ["Could not move", "/site/NOTES", "Operation not permitted"],
            steps: [.text("site/NOTES", "keep"), .immutable("site/NOTES")]),
        BadInput(
            "an immutable previous report", ["-o", "site", "--iterations", "2"], 1,
            ["/site", "Operation not permitted"],
            steps: [.immutable("site")]),
    ]
}
