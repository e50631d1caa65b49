/// The markup of an HTML page as the HTML5 tokenizer sees it: tags with their attributes,
/// comments and doctypes, in order; text is left out.
///
/// The states that decide where markup starts follow the WHATWG tokenizer: a tag opens only at
/// "<" followed by an ASCII letter (or "/" and a letter); attribute values end at their own
/// quote; `script` and `style` hold raw text until their end tag, `title` and `textarea`
/// character data until theirs; comments run to "-->" and other "<!" or "<?" constructs to
/// ">". That is enough to tell whether text from a user ever became markup, by comparing a
/// page with a payload against the same page with harmless text.
struct HTMLMarkup: Equatable {
    /// One piece of markup.
    enum Token: Equatable, CustomStringConvertible {
        case start(String, [Attribute])
        case end(String)
        case comment(String)
        case declaration(String)

        var description: String {
            switch self {
            case .start(let name, let attributes): "<\(name)\(attributes.map { " \($0.name)" }.joined())>"
            case .end(let name): "</\(name)>"
            case .comment: "<!--…-->"
            case .declaration(let text): "<!\(text)>"
            }
        }
    }

    /// An attribute, its name lowercased, its value as written (character references kept).
    struct Attribute: Equatable {
        let name: String
        let value: String
    }

    /// The tokens, in order.
    let tokens: [Token]
    /// The raw text inside `script` and `style` elements, in order.
    let rawText: [String]

    /// The names of the attributes that hold URLs: their values must never come from a user.
    static let urlAttributes: Set<String> = [
        "href", "src", "action", "formaction", "poster", "data", "srcset", "background", "xlink:href", "manifest",
        "cite", "longdesc", "usemap", "ping",
    ]

    init(_ html: String) {
        var scanner = Scanner(bytes: Array(html.utf8))
        var tokens: [Token] = []
        var rawText: [String] = []
        while let token = scanner.next() {
            tokens.append(token)
            if case .start(let name, _) = token, ["script", "style", "title", "textarea"].contains(name) {
                let text = scanner.skip(untilEndTag: name)
                if name == "script" || name == "style" { rawText.append(text) }
            }
        }
        self.tokens = tokens
        self.rawText = rawText
    }
}
