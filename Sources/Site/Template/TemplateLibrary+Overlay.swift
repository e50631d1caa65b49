// MARK: - A user's templates over the built-in set

extension TemplateLibrary {
    /// A library of already parsed templates.
    init(templates: [String: Template], assets: [String: String], origin: String) {
        self.templates = templates
        self.assets = assets
        self.origin = origin
    }

    /// The same templates with a render budget of their own: each run of a comparison may
    /// render as much as a run alone.
    public func withOwnBudget() -> TemplateLibrary {
        TemplateLibrary(templates: templates, assets: assets, origin: origin)
    }

    /// This library with `overrides` laid over it: a template or asset of `overrides` replaces the
    /// one of the same name, and everything `overrides` lacks comes from this library. So a
    /// `--templates` folder needs only the files it changes.
    public func overlaid(with overrides: TemplateLibrary) -> TemplateLibrary {
        TemplateLibrary(
            templates: templates.merging(overrides.templates) { _, user in user },
            assets: assets.merging(overrides.assets) { _, user in user },
            origin: overrides.origin)
    }

    /// The files of `overrides` whose names match nothing in this library, and what becomes of
    /// each in a site folder (`singleFile` false) or a single file.
    public func extraFiles(in overrides: TemplateLibrary, singleFile: Bool) -> [ExtraTemplateFile] {
        let combined = overlaid(with: overrides)
        let includers = combined.includers()
        let origin = overrides.origin.isEmpty ? "" : overrides.origin + "/"
        var extras: [ExtraTemplateFile] = []
        for name in overrides.templates.keys.sorted() where templates[name] == nil {
            let file = origin + name + Self.templateExtension
            let users = includers[name, default: []].sorted().map { $0 + Self.templateExtension }
            extras.append(.init(file: file, path: "", use: users.isEmpty ? .notIncluded : .includedBy(users)))
        }
        for path in overrides.assets.keys.sorted() where assets[path] == nil {
            extras.append(.init(file: origin + path, path: path, use: singleFile ? .notCopied : .copied))
        }
        return extras
    }

    /// For each partial, the templates that include it and are themselves rendered: the
    /// built-in page templates and, from them, whatever they include, transitively.
    private func includers() -> [String: Set<String>] {
        var result: [String: Set<String>] = [:]
        var rendered = Set(SiteGenerator.pageTemplates + ComparisonGenerator.pageTemplates)
        var pending = Array(rendered)
        while let name = pending.popLast() {
            guard let template = templates[name] else { continue }
            for partial in Self.partials(in: template.nodes) {
                result[partial, default: []].insert(name)
                if rendered.insert(partial).inserted { pending.append(partial) }
            }
        }
        return result
    }

    /// The names of the partials `nodes` include, sections' bodies included.
    private static func partials(in nodes: [TemplateNode]) -> [String] {
        nodes.flatMap { node -> [String] in
            switch node {
            case .partial(let name, _, _): [name]
            case .section(_, _, let body, _): partials(in: body)
            case .text, .variable: []
            }
        }
    }
}
