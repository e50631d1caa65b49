import Formats

/// A parsed template: its tree, and its source for quoting lines in errors.
struct Template: Sendable {
    /// The name partials and `render` use, such as `partials/summary`.
    let name: String
    /// The file name shown in errors, such as `templates/partials/summary.mustache`.
    let file: String
    /// The source bytes, kept so an error found while rendering can quote its line.
    let source: [UInt8]
    /// The top-level nodes.
    let nodes: [TemplateNode]

    /// An error at byte `offset` of this template.
    func error(_ reason: TemplateError.Reason, at offset: Int) -> TemplateError {
        TemplateError(file: file, location: SourceLocation(offset: offset, in: source), reason)
    }
}
