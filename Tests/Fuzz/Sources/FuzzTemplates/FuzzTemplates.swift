import Site

/// The data the fuzzed templates render: every kind of value, lists and nesting.
let context: TemplateValue = [
    "title": "A <b>title</b> & more", "count": 3, "rate": 0.1, "yes": true, "no": false, "nothing": .null,
    "list": [1, "two", ["name": "three"]], "empty": [], "object": ["name": "inner", "deep": ["x": "y"]],
]

/// The fuzz target: the bytes as a set of templates — split at NUL bytes into `index`, `a`, `b`,
/// … — parsed by `TemplateLibrary(files:origin:)` and rendered both leniently and strictly.
/// Every error must name its file; nothing may crash or hang.
func fuzzTemplates(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let parts = UnsafeBufferPointer(start: data, count: size).split(separator: 0, omittingEmptySubsequences: false)
    var files: [String: String] = [:]
    for (index, part) in parts.prefix(4).enumerated() {
        let name = index == 0 ? "index" : String(UnicodeScalar(UInt8(ascii: "a") + UInt8(index - 1)))
        files[name + ".mustache"] = String(decoding: part, as: UTF8.self)
    }
    do {
        let library = try TemplateLibrary(files: files, origin: "fuzz")
        for strict in [false, true] {
            do {
                _ = try library.render("index", context, strict: strict)
            } catch {
                guard error.description.hasPrefix("fuzz/") else { fatalError("unplaced error: \(error)") }
                // Lenient rendering fails only on a partial that includes itself without end.
                if !strict {
                    guard case .partialsTooDeep = error.reason else { fatalError("lenient rendering failed: \(error)") }
                }
            }
        }
    } catch {
        guard error.description.hasPrefix("fuzz/") else { fatalError("unplaced error: \(error)") }
    }
    return 0
}
