/// One element of a parsed template tree.
///
/// Everything the renderer needs is decided at parse time: text runs with the standalone-line
/// whitespace already removed and neighbours merged, names split into keys, partial indentation.
enum TemplateNode: Sendable {
    /// Bytes copied to the output as they are.
    case text([UInt8])
    /// `{{name}}` (escaped) or `{{{name}}}` (not); `offset` locates the tag for errors.
    case variable(TemplateName, escaped: Bool, offset: Int)
    /// `{{#name}}…{{/name}}` or, when inverted, `{{^name}}…{{/name}}`.
    case section(TemplateName, inverted: Bool, body: [TemplateNode], offset: Int)
    /// `{{>name}}`; `indent` is the whitespace before a standalone tag, put before each of the
    /// partial's lines, and nil for a tag that shares its line with other content.
    case partial(String, indent: [UInt8]?, offset: Int)
}
