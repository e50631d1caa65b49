/// A set of parsed templates and the asset files beside them, ready to render pages.
///
/// Built from the built-in `templates/` folder embedded in the binary, or from a user's
/// `--templates DIR`. Every template is parsed when the library is made, so a syntax error in
/// any of them is reported before a single page is written.
public struct TemplateLibrary: Sendable {
    /// The file name ending that marks a template; other files are assets.
    static let templateExtension = ".mustache"

    /// Parsed templates by name (path without the extension).
    let templates: [String: Template]
    /// Asset contents by path.
    let assets: [String: String]
    /// The folder the files came from, as errors name it.
    let origin: String
    /// What its pages may still render (shared by copies: one library serves one run).
    let budget = RenderBudget()

    /// A library of `files`, keyed by path below the templates folder (`partials/summary.mustache`).
    ///
    /// Files ending in `.mustache` are templates, named without the extension
    /// (`partials/summary`); every other file is an asset kept as it is. `origin` names the
    /// folder in error messages, such as `templates` or the user's folder. A UTF-8 byte order
    /// mark at the start of a template is dropped, so it cannot leak into the pages.
    /// - Throws: The first parse error, in path order.
    public init(files: [String: String], origin: String) throws(TemplateError) {
        var templates: [String: Template] = [:]
        var assets: [String: String] = [:]
        for (path, contents) in files.sorted(by: { $0.key < $1.key }) {
            guard path.hasSuffix(Self.templateExtension) else {
                assets[path] = contents
                continue
            }
            let name = String(path.dropLast(Self.templateExtension.count))
            let file = Self.file(path, in: origin)
            let source = contents.hasPrefix("\u{FEFF}") ? String(contents.unicodeScalars.dropFirst()) : contents
            templates[name] = try TemplateParser.parse(source, name: name, file: file)
        }
        self.templates = templates
        self.assets = assets
        self.origin = origin
    }

    /// The names of the templates, sorted.
    public var templateNames: [String] { templates.keys.sorted() }

    /// The paths of the asset files, sorted.
    public var assetPaths: [String] { assets.keys.sorted() }

    /// The contents of the asset at `path` (such as `assets/style.css`), or nil.
    public func asset(_ path: String) -> String? { assets[path] }

    /// The template `name` rendered with `context`.
    ///
    /// Strict rendering (the default, for the built-in templates) makes any name, section or
    /// partial that cannot be resolved an error naming the template, line and column, so a typo
    /// can never silently print nothing. Non-strict rendering follows the Mustache spec:
    /// whatever is missing renders as nothing.
    /// - Throws: `.unknownTemplate`, strict-mode lookup errors, or `.partialsTooDeep`.
    public func render(_ name: String, _ context: TemplateValue, strict: Bool = true) throws(TemplateError) -> String {
        guard let template = templates[name] else {
            let file = Self.file(name + Self.templateExtension, in: origin)
            throw TemplateError(file: file, .unknownTemplate(name, known: templateNames))
        }
        // Twice the source is a first guess at the page size; the buffer doubles as it needs.
        var renderer = TemplateRenderer(
            templates: templates, strict: strict, context: context, capacity: template.source.count * 2,
            allowance: budget.allowance)
        defer { budget.spend(bytes: renderer.output.count, steps: renderer.steps) }
        try renderer.render(template.nodes, of: template, indent: [])
        return String(decoding: renderer.output, as: UTF8.self)
    }

    /// `path` below `origin`, as error messages show it.
    private static func file(_ path: String, in origin: String) -> String {
        origin.isEmpty ? path : "\(origin)/\(path)"
    }
}
