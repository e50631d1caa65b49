/// One piece of a template as the scanner reads it: a run of text or a tag.
enum TemplateToken: Equatable {
    /// What a tag does, from the character after its opening delimiter.
    enum TagKind: Equatable {
        /// `{{name}}`, printed escaped.
        case variable
        /// `{{{name}}}` or `{{&name}}`, printed as-is.
        case unescaped
        /// `{{#name}}`, opening a section.
        case section
        /// `{{^name}}`, opening an inverted section.
        case invertedSection
        /// `{{/name}}`, closing a section.
        case closing
        /// `{{! text }}`, printing nothing.
        case comment
        /// `{{>name}}`, including another template.
        case partial
        /// `{{=<% %>=}}`, changing the delimiters.
        case setDelimiters

        /// Whether a tag of this kind, alone on its line, removes the whole line from the output.
        var canStandAlone: Bool {
            switch self {
            case .variable, .unescaped: false
            case .section, .invertedSection, .closing, .comment, .partial, .setDelimiters: true
            }
        }
    }

    /// Template text, as a byte range of the source.
    case text(Range<Int>)
    /// A tag: its kind, its trimmed content, the offset of its opening delimiter, and, when only
    /// spaces and tabs precede it on its line, how many bytes of them there are.
    case tag(TagKind, content: String, offset: Int, leadingBlanks: Int?)
}
