/// A name in a tag, split into its keys at parse time so rendering never splits strings.
///
/// `"."` is the implicit iterator, the current item itself, and has no keys.
struct TemplateName: Sendable, Equatable {
    /// The name as written in the template.
    let text: String
    /// The keys, in lookup order: `run.title` is `["run", "title"]`.
    let keys: [String]

    /// The name `text`, or nil when it has an empty key (`a..b`, `.a`) or whitespace inside.
    init?(_ text: String) {
        guard !text.utf8.contains(where: TemplateScanner.isWhitespace) else { return nil }
        self.text = text
        if text == "." {
            self.keys = []
            return
        }
        let keys = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !keys.contains(where: \.isEmpty) else { return nil }
        self.keys = keys
    }
}
