// MARK: - A user's templates over the built-in set

extension TemplateLibrary {
    /// A library of already parsed templates.
    init(templates: [String: Template], assets: [String: String], origin: String) {
        self.templates = templates
        self.assets = assets
        self.origin = origin
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

    /// Names of `overrides`' files that match nothing in this library, so they would never be used.
    public func unusedNames(in overrides: TemplateLibrary) -> [String] {
        let templateNames = overrides.templates.keys.filter { templates[$0] == nil }.map { $0 + Self.templateExtension }
        let assetNames = overrides.assets.keys.filter { assets[$0] == nil }
        return (templateNames + assetNames).sorted()
    }
}
